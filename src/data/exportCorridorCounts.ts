// Corridor counts as files: CSV for people and spreadsheets (BOM, CRLF, formula-like cells neutralised
// by csvLine, as every export of the app) — one row per corridor (its points each counted once) and one
// per segment — and GeoJSON for GIS (RFC 7946, WGS-84): each segment's buffer with its counts. Names and
// headers in the UI language, given. Pure: no DOM.
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { BOM, csvLine } from './exportPlaces.ts';
import type { CorridorCountResult } from '../geo/corridorBuffer.ts';

const round = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
/** A share of the layer's points in per cent, one decimal (0 for an empty layer). */
export const sharePercent = (within: number, points: number): number => (points > 0 ? round((100 * within) / points, 1) : 0);

/** How the rows are named: each segment's corridor and ends, each corridor's name. */
export interface CorridorNames {
  corridor: (corridorId: string) => string;
  /** A segment's ends, "from → to". */
  segment: (segmentId: string) => string;
  /** The segment column of a corridor's own row ("all segments"). */
  allSegments: string;
}

export function corridorCountsCsv(
  r: CorridorCountResult,
  names: CorridorNames,
  h: { corridor: string; corridorId: string; segment: string; segmentId: string; distance: string; within: string; share: string },
): string {
  const out = [csvLine([h.corridor, h.corridorId, h.segment, h.segmentId, h.distance, h.within, h.share])];
  for (const c of r.perCorridor) {
    out.push(csvLine([names.corridor(c.corridor), c.corridor, names.allSegments, '', r.bufferKm, c.within, sharePercent(c.within, r.points)]));
    for (const s of r.perSegment)
      if (s.corridor === c.corridor)
        out.push(csvLine([names.corridor(s.corridor), s.corridor, names.segment(s.id), s.id, r.bufferKm, s.within, sharePercent(s.within, r.points)]));
  }
  return BOM + out.map((x) => `${x}\r\n`).join('');
}

export interface CorridorCountProps {
  segment_id: string;
  corridor: string;
  corridor_name: string;
  segment: string;
  buffer_km: number;
  /** Points within buffer_km of the segment. */
  points_within: number;
  /** Of the layer's points (0–1). */
  share: number;
  /** Points within buffer_km of any segment of the corridor (each once). */
  corridor_points_within: number;
  points_total: number;
}

/** Each segment's buffer (`areas`, in the result's segment order) with its counts. */
export function corridorCountsGeoJson(
  r: CorridorCountResult,
  areas: ReadonlyArray<Polygon | MultiPolygon>,
  names: CorridorNames,
  meta: { layer: string; exported: string; method: string; routes: string },
): string {
  const total = new Map(r.perCorridor.map((c) => [c.corridor, c.within]));
  const fc: FeatureCollection<Polygon | MultiPolygon, CorridorCountProps> & { provenance: Record<string, string> } = {
    type: 'FeatureCollection',
    provenance: { layer: meta.layer, exported: meta.exported, method: meta.method, routes: meta.routes },
    features: r.perSegment.map(
      (s, k): Feature<Polygon | MultiPolygon, CorridorCountProps> => ({
        type: 'Feature',
        id: s.id,
        geometry: areas[k]!,
        properties: {
          segment_id: s.id,
          corridor: s.corridor,
          corridor_name: names.corridor(s.corridor),
          segment: names.segment(s.id),
          buffer_km: r.bufferKm,
          points_within: s.within,
          share: r.points > 0 ? round(s.within / r.points, 4) : 0,
          corridor_points_within: total.get(s.corridor) ?? 0,
          points_total: r.points,
        },
      }),
    ),
  };
  return `${JSON.stringify(fc, null, 2)}\n`;
}
