// Export of the places shown on the Districts screen: CSV that Excel opens correctly with Chinese text
// (UTF-8 with a BOM, CRLF, RFC 4180 quoting, formula-injection guard) and GeoJSON. Pure: no DOM.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PlaceFeature } from './appData.ts';

/** One exported place: the same fields in the CSV and in the GeoJSON properties. */
export interface ExportRow {
  id: string;
  name_zh: string;
  name_en: string;
  kind: string;
  /** A Guangzhou district, another city, or null (not located). */
  district: string | null;
  confidence: string;
  /** The site (a point's position, an area's anchor point); null when no site is known. */
  lon: number | null;
  lat: number | null;
  actions: string[];
  tasks: string[];
}

export const CSV_COLUMNS = ['id', 'name_zh', 'name_en', 'kind', 'district', 'confidence', 'lon', 'lat', 'actions', 'tasks'] as const;

/** The site of a place: a Point's position, else the anchor of an area, else the mean of its outer ring. */
export function siteOf(f: Pick<PlaceFeature, 'geometry' | 'properties'>): [number, number] | null {
  const g = f.geometry;
  if (!g) return null;
  if (g.type === 'Point') return [g.coordinates[0]!, g.coordinates[1]!];
  const anchor = f.properties.anchor;
  if (anchor) return [anchor[0], anchor[1]];
  const ring = g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0]?.[0];
  if (!ring || ring.length < 2) return null;
  const pts = ring.slice(0, -1); // the closing position repeats the first
  const mean = (i: 0 | 1) => pts.reduce((s, p) => s + (p[i] ?? 0), 0) / pts.length;
  return [round6(mean(0)), round6(mean(1))];
}

const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** @param kindName the kind as the reader's language names it (the CSV); without it, the kind code (GeoJSON). */
export function placeRow(f: Pick<PlaceFeature, 'geometry' | 'properties'>, kindName?: (kind: string) => string): ExportRow {
  const p = f.properties;
  const site = siteOf(f);
  return {
    id: p.id, name_zh: p.name_zh, name_en: p.name_en, kind: kindName ? kindName(p.kind) : p.kind, district: p.district, confidence: p.confidence,
    lon: site ? site[0] : null, lat: site ? site[1] : null, actions: [...p.actions], tasks: [...p.tasks],
  };
}

export const BOM = '\uFEFF';

/**
 * A text cell that a spreadsheet would take as a formula (= + - @, or a leading tab or CR) gets a
 * leading single quote (OWASP "CSV injection"). Numbers are written as numbers, never prefixed.
 */
export function guardCell(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

/** RFC 4180: a field with a comma, a quote, CR or LF is quoted and its quotes doubled. */
export function quoteCell(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

type Cell = string | number | null | undefined | readonly string[];

function cellText(v: Cell): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'number') return Number.isFinite(v) ? String(v) : '';
  if (typeof v === 'string') return quoteCell(guardCell(v));
  return quoteCell(guardCell(v.join(';')));
}

/** CSV of the rows: a BOM, a header line, one line per row, CRLF after every line. */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) lines.push(CSV_COLUMNS.map((c) => cellText(r[c])).join(','));
  return BOM + lines.map((l) => l + '\r\n').join('');
}

/** A FeatureCollection of the places, geometry as it is (null when no site), properties = ExportRow. */
export function toGeoJson(features: ReadonlyArray<Pick<PlaceFeature, 'geometry' | 'properties'>>): string {
  const fc: FeatureCollection<Geometry | null, ExportRow> = {
    type: 'FeatureCollection',
    features: features.map((f): Feature<Geometry | null, ExportRow> => ({
      type: 'Feature', id: f.properties.id, geometry: f.geometry, properties: placeRow(f),
    })),
  };
  return JSON.stringify(fc, null, 2) + '\n';
}

/** guangzhou-hub-places-<metric>-<YYYY-MM-DD>.<ext>, with the metric reduced to safe characters. */
export function exportFileName(metric: string | undefined, date: Date, ext: 'csv' | 'geojson'): string {
  const m = (metric ?? 'all').toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'all';
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `guangzhou-hub-places-${m}-${day}.${ext}`;
}
