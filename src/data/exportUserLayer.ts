// Export of a user layer with what the map knows added to each point: its district (or "outside
// Guangzhou") and the nearest of the 三城一区 and of the 十三节点 with the distance in km — where the
// user's companies sit in the plan's layout. CSV (BOM, CRLF, formulas neutralised) and GeoJSON with
// provenance. Pure: no DOM.
import { distance } from '@turf/turf';
import type { Feature, FeatureCollection, Point } from 'geojson';
import { BOM, csvLine, type Provenance } from './exportPlaces.ts';

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
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
  rows: ArrayLike<number>;
  districts: ReadonlyArray<string | null>;
  attrKeys: readonly string[];
  attrs: ReadonlyArray<readonly string[]>;
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
  headers: { name: string; lon: string; lat: string; district: string; city: string; cityKm: string; node: string; nodeKm: string; row: string };
}

interface Enriched {
  district: string;
  city: ReturnType<typeof nearest>;
  node: ReturnType<typeof nearest>;
}

function enrich(l: LayerForExport, i: number, cities: readonly Anchor[], nodes: readonly Anchor[], labels: ExportLabels): Enriched {
  const d = l.districts[i];
  return { district: d ? labels.districtName?.(d) ?? d : labels.outside, city: nearest(l.lon[i]!, l.lat[i]!, cities), node: nearest(l.lon[i]!, l.lat[i]!, nodes) };
}

export function userLayerCsv(l: LayerForExport, cities: readonly Anchor[], nodes: readonly Anchor[], labels: ExportLabels): string {
  const h = labels.headers;
  const lines = [csvLine([h.name, h.lon, h.lat, h.district, h.city, h.cityKm, h.node, h.nodeKm, h.row, ...l.attrKeys])];
  for (let i = 0; i < l.names.length; i++) {
    const e = enrich(l, i, cities, nodes, labels);
    lines.push(csvLine([
      l.names[i] ?? '', round(l.lon[i]!, 6), round(l.lat[i]!, 6), e.district,
      e.city?.anchor.name ?? '', e.city?.km ?? '', e.node?.anchor.name ?? '', e.node?.km ?? '', l.rows[i]!,
      ...l.attrKeys.map((_, k) => l.attrs[k]?.[i] ?? ''),
    ]));
  }
  return BOM + lines.map((x) => x + '\r\n').join('');
}

export function userLayerGeoJson(l: LayerForExport, cities: readonly Anchor[], nodes: readonly Anchor[], labels: ExportLabels, provenance: Provenance): string {
  const features: Array<Feature<Point, Record<string, string | number | null>>> = [];
  for (let i = 0; i < l.names.length; i++) {
    const e = enrich(l, i, cities, nodes, labels);
    const attrs: Record<string, string> = {};
    l.attrKeys.forEach((k, j) => { attrs[k] = l.attrs[j]?.[i] ?? ''; });
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [round(l.lon[i]!, 7), round(l.lat[i]!, 7)] },
      properties: {
        ...attrs,
        name: l.names[i] ?? '', row: l.rows[i]!, district: l.districts[i] ?? null,
        nearest_three_cities_one_zone: e.city?.anchor.id ?? null, nearest_three_cities_one_zone_km: e.city?.km ?? null,
        nearest_thirteen_nodes: e.node?.anchor.id ?? null, nearest_thirteen_nodes_km: e.node?.km ?? null,
      },
    });
  }
  const fc: FeatureCollection<Point> & { name: string; provenance: Provenance } = { type: 'FeatureCollection', name: l.name, provenance, features };
  return JSON.stringify(fc) + '\n';
}
