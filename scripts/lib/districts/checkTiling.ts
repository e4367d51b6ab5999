// The districts must tile Guangzhou: no two overlap, and together they leave no hole between them.
import * as turf from '@turf/turf';
import { polygonsOf, unite, type Areal } from './polygons.ts';

/** Overlaps of more than 1 m² ("a/b 12 m²") and the holes of the union; empty and 0 when they tile. */
export function tilingProblems(features: ReadonlyArray<{ id: string; geometry: Areal }>): { overlaps: string[]; gaps: number } {
  const overlaps: string[] = [];
  for (let i = 0; i < features.length; i++) {
    for (let j = i + 1; j < features.length; j++) {
      const a = features[i]!;
      const b = features[j]!;
      const x = turf.intersect(turf.featureCollection([turf.feature(a.geometry), turf.feature(b.geometry)]));
      if (x && turf.area(x) > 1) overlaps.push(`${a.id}/${b.id} ${turf.area(x).toFixed(0)} m²`);
    }
  }
  const whole = unite(features.flatMap((f) => polygonsOf(f.geometry)));
  const gaps = whole ? polygonsOf(whole).reduce((n, p) => n + p.length - 1, 0) : 0;
  return { overlaps, gaps };
}
