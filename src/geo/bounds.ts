// Bounding boxes for framing features on the map.
import { bbox } from '@turf/turf';
import type { Feature, Geometry } from 'geojson';

export type Bounds = [west: number, south: number, east: number, north: number];

/** The box around every feature that has a geometry, or null when none has one. */
export function boundsOf(features: ReadonlyArray<Feature<Geometry | null>>): Bounds | null {
  let b: Bounds | null = null;
  for (const f of features) {
    if (!f.geometry) continue;
    const [w, s, e, n] = bbox(f as Feature<Geometry>) as [number, number, number, number];
    b = unionBounds(b, [w, s, e, n]);
  }
  return b;
}

/** The box around every given box (nulls skipped), or null when there is none. */
export function unionBounds(...boxes: ReadonlyArray<Bounds | null | undefined>): Bounds | null {
  let b: Bounds | null = null;
  for (const x of boxes) {
    if (!x) continue;
    b = b ? [Math.min(b[0], x[0]), Math.min(b[1], x[1]), Math.max(b[2], x[2]), Math.max(b[3], x[3])] : [...x];
  }
  return b;
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

/** Guangzhou's 11 districts, and the Greater Bay Area with the corridors. */
export const GUANGZHOU_BOUNDS: Bounds = [112.95, 22.55, 114.05, 23.94];
export const GBA_BOUNDS: Bounds = [112.8, 22.1, 114.4, 23.95];
