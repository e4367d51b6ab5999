// Export of a user layer with what the map knows added to each point: its district (or "outside
// Guangzhou") and the nearest of the 三城一区 and of the 十三节点 with the distance in km — where the
// user's companies sit in the plan's layout. CSV (BOM, CRLF, formulas neutralised) and GeoJSON with
// provenance. Pure: no DOM.
import { distance } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { BOM, csvLine, isNumericText, type Provenance } from './exportPlaces.ts';
import { fromWgs84, type Datum } from '../geo/datum.ts';
import type { SourceColumns } from './importPipeline.ts';

/** A place of the plan's layout that points are measured to. */
export interface Anchor {
  id: string;
  name: string;
  lon: number;
  lat: number;
}

export interface LayerForExport {
  name: string;
  names: readonly string[];
  /** WGS-84. */
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
  rows: ArrayLike<number>;
  districts: ReadonlyArray<string | null>;
  attrKeys: readonly string[];
  attrs: ReadonlyArray<readonly string[]>;
  /** The datum the file's coordinates came in (absent: WGS-84). */
  datum?: Datum;
  /** Absent for GeoJSON imports and for layers stored before the columns were kept. */
  columns?: SourceColumns;
}

/** How a datum is written in exports (the same in both languages). */
export const DATUM_NAME: Record<Datum, string> = { wgs84: 'WGS-84', gcj02: 'GCJ-02', bd09: 'BD-09' };

/**
 * A column a GeoJSON export writes as numbers: every non-empty value is a plain decimal that reads back
 * the same (no leading zeros as in 0755, at most 15 significant digits as in an 18-digit company code),
 * and at least one value is there.
 */
export function isNumericColumn(values: readonly string[]): boolean {
  let any = false;
  for (const raw of values) {
    const v = raw.trim();
    if (v === '') continue;
    if (
      !isNumericText(v) ||
      /^[+-]?0\d/.test(v) ||
      v
        .replace(/[eE].*$/, '')
        .replace(/\D/g, '')
        .replace(/^0+/, '').length > 15
    )
      return false;
    if (!Number.isFinite(Number(v))) return false;
    any = true;
  }
  return any;
}

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;

/** The nearest anchor and its great-circle distance in km (1 decimal); null when there is none. */
export function nearest(lon: number, lat: number, anchors: readonly Anchor[]): { anchor: Anchor; km: number } | null {
  let best: { anchor: Anchor; km: number } | null = null;
  for (const a of anchors) {
    const km = distance([lon, lat], [a.lon, a.lat], { units: 'kilometers' });
    if (!best || km < best.km) best = { anchor: a, km };
  }
  return best && { anchor: best.anchor, km: round(best.km, 1) };
}

export interface ExportLabels {
  /** How "outside Guangzhou" is written. */
  outside: string;
  /** A district's name in the UI language (given its zh name); the zh name when absent. */
  districtName?: (zh: string) => string;
  /** Column headers in the UI language. */
  headers: { name: string; lon: string; lat: string; datum: string; district: string; city: string; cityKm: string; node: string; nodeKm: string; row: string };
}

interface Enriched {
  district: string;
  city: ReturnType<typeof nearest>;
  node: ReturnType<typeof nearest>;
}

function enrich(l: LayerForExport, i: number, cities: readonly Anchor[], nodes: readonly Anchor[], labels: ExportLabels): Enriched {
  const d = l.districts[i];
  return {
    district: d ? (labels.districtName?.(d) ?? d) : labels.outside,
    city: nearest(l.lon[i]!, l.lat[i]!, cities),
    node: nearest(l.lon[i]!, l.lat[i]!, nodes),
  };
}

/** Point i's coordinates in `datum`, to 6 decimals (~0.1 m). */
function coordsIn(l: LayerForExport, i: number, datum: Datum): [number, number] {
  const [x, y] = fromWgs84(datum, [l.lon[i]!, l.lat[i]!]);
  return [round(x, 6), round(y, 6)];
}

/**
 * The user's columns of point i in the file's order: the name and coordinates where they stood (the
 * coordinates in `datum`), the other columns as attributes. Without the file's columns: name, lon, lat first.
 */
function userCells<T>(l: LayerForExport, i: number, datum: Datum, attr: (k: number) => T, labels: ExportLabels): Array<[string, string | number | T]> {
  const [x, y] = coordsIn(l, i, datum);
  const c = l.columns;
  if (!c)
    return [[labels.headers.name, l.names[i] ?? ''], [labels.headers.lon, x], [labels.headers.lat, y], ...l.attrKeys.map((k, j): [string, T] => [k, attr(j)])];
  let k = 0;
  return c.header.map((h, j): [string, string | number | T] =>
    j === c.name ? [h, l.names[i] ?? ''] : j === c.lon ? [h, x] : j === c.lat ? [h, y] : [h, attr(k++)],
  );
}

/** A key not yet in `taken` (the user's own column may already be called "district"). */
function freeKey(taken: Set<string>, key: string): string {
  let k = key;
  for (let n = 2; taken.has(k); n++) k = `${key} (${n})`;
  taken.add(k);
  return k;
}

/**
 * CSV for people and spreadsheets: the user's columns under their own headers, the coordinates in
 * `datum` (by default the datum the file came in, so they paste back into the same map), a column
 * naming that datum, then the district and the nearest plan places.
 */
export function userLayerCsv(
  l: LayerForExport,
  cities: readonly Anchor[],
  nodes: readonly Anchor[],
  labels: ExportLabels,
  datum: Datum = l.datum ?? 'wgs84',
): string {
  const h = labels.headers;
  const lines: string[] = [];
  for (let i = 0; i < l.names.length; i++) {
    const e = enrich(l, i, cities, nodes, labels);
    const cells = userCells(l, i, datum, (k) => l.attrs[k]?.[i] ?? '', labels);
    if (i === 0) {
      const taken = new Set<string>();
      lines.push(
        csvLine([...cells.map(([k]) => freeKey(taken, k)), ...[h.datum, h.district, h.city, h.cityKm, h.node, h.nodeKm, h.row].map((k) => freeKey(taken, k))]),
      );
    }
    lines.push(
      csvLine([
        ...cells.map(([, v]) => v),
        DATUM_NAME[datum],
        e.district,
        e.city?.anchor.name ?? '',
        e.city?.km ?? '',
        e.node?.anchor.name ?? '',
        e.node?.km ?? '',
        l.rows[i]!,
      ]),
    );
  }
  if (lines.length === 0) {
    const none = userCells({ ...l, names: [''], lon: [0], lat: [0] }, 0, datum, () => '', labels).map(([k]) => k);
    lines.push(csvLine([...none, h.datum, h.district, h.city, h.cityKm, h.node, h.nodeKm, h.row]));
  }
  return BOM + lines.map((x) => x + '\r\n').join('');
}

/** The properties a GeoJSON import takes its points' names from (importRows.ts). */
const NAME_KEYS = ['name', '名称', 'title'];

/**
 * GeoJSON for GIS: geometry in WGS-84 (RFC 7946); the user's columns under their own keys (a column whose
 * every value is a number as JSON numbers; the file's coordinate columns as they came, in the file's
 * datum, named by `source_datum`); the district and the nearest plan places by name and id.
 */
export function userLayerGeoJson(l: LayerForExport, cities: readonly Anchor[], nodes: readonly Anchor[], labels: ExportLabels, provenance: Provenance): string {
  const features: Array<Feature<Point, Record<string, string | number | null>>> = [];
  const numeric = l.attrs.map((col) => isNumericColumn(col));
  const source = l.datum ?? 'wgs84';
  for (let i = 0; i < l.names.length; i++) {
    const e = enrich(l, i, cities, nodes, labels);
    const props: Record<string, string | number | null> = {};
    const taken = new Set<string>();
    const attr = (k: number): string | number | null => {
      const v = l.attrs[k]?.[i] ?? '';
      return numeric[k] ? (v.trim() === '' ? null : Number(v)) : v;
    };
    if (l.columns) for (const [k, v] of userCells(l, i, source, attr, labels)) props[freeKey(taken, k)] = v;
    else {
      // A GeoJSON import: its properties as they came (its name among them); the coordinates are the geometry.
      l.attrKeys.forEach((k, j) => {
        props[freeKey(taken, k)] = attr(j);
      });
      if (!NAME_KEYS.some((k) => taken.has(k))) props[freeKey(taken, 'name')] = l.names[i] ?? '';
    }
    const put = (k: string, v: string | number | null) => {
      props[freeKey(taken, k)] = v;
    };
    if (l.columns) put('source_datum', DATUM_NAME[source]);
    put('row', l.rows[i]!);
    put('district', l.districts[i] ?? null);
    put('nearest_three_cities_one_zone', e.city?.anchor.name ?? null);
    put('nearest_three_cities_one_zone_id', e.city?.anchor.id ?? null);
    put('nearest_three_cities_one_zone_km', e.city?.km ?? null);
    put('nearest_thirteen_nodes', e.node?.anchor.name ?? null);
    put('nearest_thirteen_nodes_id', e.node?.anchor.id ?? null);
    put('nearest_thirteen_nodes_km', e.node?.km ?? null);
    features.push({ type: 'Feature', geometry: { type: 'Point', coordinates: [round(l.lon[i]!, 7), round(l.lat[i]!, 7)] }, properties: props });
  }
  const fc: FeatureCollection<Point> & { name: string; provenance: Provenance } = { type: 'FeatureCollection', name: l.name, provenance, features };
  return JSON.stringify(fc) + '\n';
}
