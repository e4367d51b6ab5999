// Export of the places shown on the Districts screen: CSV that Excel opens correctly with Chinese text
// (UTF-8 with a BOM, CRLF, RFC 4180 quoting, formula-injection guard) and GeoJSON. Pure: no DOM.
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import type { PlaceFeature } from './appData.ts';
import type { Source } from './placeSchema.ts';

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
  /** The responsible units of the tasks that name the place (names in the UI language). */
  units: string[];
  /** Where the plan names it: line ranges of seeds/plan-2019-2021.txt. */
  plan_lines: string[];
  /** Where the place's location and facts come from. */
  sources: string[];
}

export const CSV_COLUMNS = [
  'id',
  'name_zh',
  'name_en',
  'kind',
  'district',
  'confidence',
  'lon',
  'lat',
  'actions',
  'tasks',
  'units',
  'plan_lines',
  'sources',
] as const;

/** What the map knows beyond the place itself: names in the UI language, the responsible units. */
export interface RowContext {
  kindName(kind: string): string;
  unitsOf(placeId: string): string[];
  /** The language of the source titles. */
  lang: 'zh' | 'en';
  /** A place's sources (data/place-sources.json, loaded when the export is asked for). */
  sourcesOf?(placeId: string): readonly Source[];
}

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

/**
 * @param ctx names in the reader's language and the responsible units (the CSV, for people); a bare
 *   function names the kind only; without it, the kind code (GeoJSON for machines).
 */
export function placeRow(f: Pick<PlaceFeature, 'geometry' | 'properties'>, ctx?: RowContext | ((kind: string) => string)): ExportRow {
  const p = f.properties;
  const site = siteOf(f);
  const c: Partial<RowContext> = typeof ctx === 'function' ? { kindName: ctx } : (ctx ?? {});
  const lang = c.lang ?? 'en';
  return {
    id: p.id,
    name_zh: p.name_zh,
    name_en: p.name_en,
    kind: c.kindName ? c.kindName(p.kind) : p.kind,
    district: p.district,
    confidence: p.confidence,
    lon: site ? site[0] : null,
    lat: site ? site[1] : null,
    actions: [...p.actions],
    tasks: [...p.tasks],
    units: c.unitsOf?.(p.id) ?? [],
    plan_lines: p.lines.map(([a, b]) => (a === b ? `L${a}` : `L${a}-${b}`)),
    sources: (c.sourcesOf?.(p.id) ?? []).map((s) => (s.url ? `${s.title[lang]} <${s.url}>` : s.title[lang])),
  };
}

export const BOM = '\uFEFF';

/** A plain decimal as a spreadsheet reads it (-5.2, +800, 1e3, .5): a value, never a formula. */
const NUMERIC = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;
export const isNumericText = (s: string): boolean => NUMERIC.test(s);

/**
 * A text cell that a spreadsheet would take as a formula gets a leading single quote (OWASP "CSV
 * injection"): one starting with = + - @, a tab or a CR — also after leading spaces, and for the
 * full-width ＝ ＋ － ＠ that some spreadsheets read as their ASCII twins. A cell that is a plain number
 * (`-5.2`, `+800`) is left as it is: a spreadsheet reads it as that number, and a quote would turn the
 * user's value into text that sums skip.
 */
export function guardCell(s: string): string {
  if (NUMERIC.test(s)) return s;
  return /^[\t\r]|^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]/.test(s) ? `'${s}` : s;
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

/** One CSV line of cells (guarded and quoted), without its line end. */
export const csvLine = (cells: readonly Cell[]): string => cells.map(cellText).join(',');

/** CSV of the rows: a BOM, a header line, one line per row, CRLF after every line. */
export function toCsv(rows: readonly ExportRow[]): string {
  const lines = [CSV_COLUMNS.join(',')];
  for (const r of rows) lines.push(CSV_COLUMNS.map((c) => cellText(r[c])).join(','));
  return BOM + lines.map((l) => l + '\r\n').join('');
}

/** Where exported data comes from, carried in every GeoJSON export. */
export interface Provenance {
  source: string;
  exported: string;
  boundaries: string;
  boundaries_licence: string;
}

/** A FeatureCollection of the places, geometry as it is (null when no site), properties = ExportRow (+ provenance). */
export function toGeoJson(features: ReadonlyArray<Pick<PlaceFeature, 'geometry' | 'properties'>>, ctx?: RowContext, provenance?: Provenance): string {
  const fc: FeatureCollection<Geometry | null, ExportRow> & { provenance?: Provenance } = {
    type: 'FeatureCollection',
    ...(provenance ? { provenance } : {}),
    features: features.map(
      (f): Feature<Geometry | null, ExportRow> => ({
        type: 'Feature',
        id: f.properties.id,
        geometry: f.geometry,
        properties: { ...placeRow(f, ctx), ...(provenance ? { provenance } : {}) },
      }),
    ),
  };
  return JSON.stringify(fc, null, 2) + '\n';
}

/** guangzhou-hub-places-<metric>-<YYYY-MM-DD>.<ext>, with the metric reduced to safe characters. */
export function exportFileName(metric: string | undefined, date: Date, ext: 'csv' | 'geojson'): string {
  const m =
    (metric ?? 'all')
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, '-')
      .replace(/^-+|-+$/g, '') || 'all';
  const pad = (n: number) => String(n).padStart(2, '0');
  const day = `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
  return `guangzhou-hub-places-${m}-${day}.${ext}`;
}
