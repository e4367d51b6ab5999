// Small operations on Polygon / MultiPolygon coordinates that the district build's steps share.
import * as turf from '@turf/turf';
import type { MultiPolygon, Polygon, Position } from 'geojson';

export type Areal = Polygon | MultiPolygon;

/** The polygons of a geometry (a Polygon is one). */
export const polygonsOf = (g: Areal): Position[][][] => (g.type === 'Polygon' ? [g.coordinates] : g.coordinates);

/** One polygon → Polygon, several → MultiPolygon. */
export const fromPolygons = (polys: Position[][][]): Areal =>
  polys.length === 1 ? { type: 'Polygon', coordinates: polys[0]! } : { type: 'MultiPolygon', coordinates: polys };

/** Twice the signed area of a closed ring, in squared degrees: > 0 counter-clockwise. */
export function signedArea2(ring: Position[]): number {
  let s = 0;
  for (let i = 0; i + 1 < ring.length; i++) s += ring[i]![0]! * ring[i + 1]![1]! - ring[i + 1]![0]! * ring[i]![1]!;
  return s;
}

export const samePosition = (a: Position, b: Position) => a[0] === b[0] && a[1] === b[1];

/** A closed ring's area in km² (geodesic, turf). */
export const ringKm2 = (ring: Position[]) => turf.area(turf.polygon([ring])) / 1e6;

/**
 * The polygons united with turf union (polyclip), which also drops collinear vertices and leaves no
 * ring crossing or touching itself; a single polygon is united with itself to be normalised alike.
 */
export function unite(polys: Position[][][]): Areal | null {
  if (polys.length === 0) return null;
  const inputs = polys.length === 1 ? [polys[0]!, polys[0]!] : polys;
  return turf.union(turf.featureCollection(inputs.map((c) => turf.polygon(c))))?.geometry ?? null;
}

/** Points where a ring crosses or touches itself (turf kinks, ring by ring). Must be 0. */
export function selfKinks(g: Areal): number {
  return polygonsOf(g).reduce((n, poly) => n + poly.reduce((m, ring) => m + turf.kinks(turf.polygon([ring])).features.length, 0), 0);
}

/** Points where two different rings (parts, holes) meet: after the polyclip union these are single-vertex touches. */
export function ringTouches(g: Areal): number {
  return new Set(turf.kinks(turf.feature(g)).features.map((p) => p.geometry.coordinates.join(','))).size;
}

/** The geometry's bounding box as the build log prints it: "w, s, e, n" to 4 decimals. */
export const bboxText = (g: Areal): string =>
  turf
    .bbox(g)
    .map((v) => v.toFixed(4))
    .join(', ');
