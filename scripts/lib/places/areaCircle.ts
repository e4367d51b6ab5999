// An area whose boundary is unknown is drawn at its officially stated size: a circle of that area,
// r = sqrt(A/π), around the gazetteer point (which stays the place's anchor).
import { circle } from '@turf/turf';
import type { LonLat } from '../../../src/data/placeSchema.ts';

export const CIRCLE_STEPS = 64;
const round6 = (x: number) => Math.round(x * 1e6) / 1e6;

/** The closed ring (CIRCLE_STEPS vertices, rounded to 6 decimals) and its radius in km. */
export function areaCircle(centre: LonLat, areaKm2: number): { ring: LonLat[]; rKm: number } {
  const rKm = Math.sqrt(areaKm2 / Math.PI);
  const ring = circle(centre, rKm, { steps: CIRCLE_STEPS, units: 'kilometers' }).geometry.coordinates[0]!.map((c) => [round6(c[0]!), round6(c[1]!)] as LonLat);
  // closed exactly, whatever the rounding did to the last vertex
  ring[ring.length - 1] = [ring[0]![0], ring[0]![1]];
  return { ring, rKm };
}
