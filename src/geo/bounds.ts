// Bounding boxes for framing features on the map.
import { bbox } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';

export type Bounds = [west: number, south: number, east: number, north: number];

/** The box around every feature that has a geometry, or null when none has one. */
export function boundsOf(features: ReadonlyArray<Feature<Geometry | null>>): Bounds | null {
  let b: Bounds | null = null;
  for (const f of features) {
    if (!f.geometry) continue;
    const box = bbox(f as Feature<Geometry>) as Bounds;
    b = b ? unionBounds(b, box) : box;
  }
  return b;
}

/**
 * The smallest box holding both boxes.
 * @example unionBounds([0, 0, 1, 1], [2, -1, 3, 0.5]) // → [0, -1, 3, 1]
 */
export function unionBounds(a: Bounds, b: Bounds): Bounds {
  return [Math.min(a[0], b[0]), Math.min(a[1], b[1]), Math.max(a[2], b[2]), Math.max(a[3], b[3])];
}

/** Grows a box to at least `minDeg` on each side, so a single point is not framed at street level. */
export function atLeast(b: Bounds, minDeg: number): Bounds {
  const [w, s, e, n] = b;
  const cx = (w + e) / 2;
  const cy = (s + n) / 2;
  const hw = Math.max((e - w) / 2, minDeg / 2);
  const hh = Math.max((n - s) / 2, minDeg / 2);
  return [cx - hw, cy - hh, cx + hw, cy + hh];
}

/**
 * The box `factor` times as wide and high as `b`, around the same centre: an area framed with its
 * surroundings (its outline within the map, not filling it).
 * @example withSurroundings([0, 0, 2, 2], 3) // → [-2, -2, 4, 4]
 */
export function withSurroundings(b: Bounds, factor: number): Bounds {
  const [w, s, e, n] = b;
  const gw = ((e - w) * (factor - 1)) / 2;
  const gh = ((n - s) * (factor - 1)) / 2;
  return [w - gw, s - gh, e + gw, n + gh];
}

/** Guangzhou's 11 districts (data/districts.geojson, to about 0.03°): the view that frames the city. */
export const GUANGZHOU_BOUNDS: Bounds = [112.95, 22.55, 114.05, 23.94];
/**
 * The box check:data requires a place in Guangzhou to lie in: the city with a margin of ~0.05°
 * (~5 km) on most sides, a coarse test before the district polygons (the `district` check).
 */
export const GUANGZHOU_PLACE_LIMITS: Bounds = [112.9, 22.5, 114.1, 23.95];
