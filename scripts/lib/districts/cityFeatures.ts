// The context cities: each dissolved and tidied once, then drawn at the least simplification that
// keeps the file within its size (context drawn at district scale, never read closer than zoom 12).
import * as turf from '@turf/turf';
import { cleanGeometry } from './cleanGeometry.ts';
import { ringTouches, selfKinks, type Areal } from './polygons.ts';

export interface TidyCity {
  city: { id: string; name_zh: string; name_en: string };
  geometry: Areal;
}

/** Every city simplified at `tolerance` (degrees; null: not at all), rounded and cleaned. */
export function cityFeatures(cities: readonly TidyCity[], tolerance: number | null, decimals: number) {
  let kinks = 0;
  let touches = 0;
  const features = cities.map(({ city, geometry }) => {
    const simplified = tolerance === null ? geometry : turf.simplify(turf.feature(geometry), { tolerance, highQuality: true }).geometry;
    const g = cleanGeometry(simplified, decimals);
    kinks += selfKinks(g);
    touches += ringTouches(g);
    return {
      type: 'Feature' as const,
      id: city.id,
      properties: { id: city.id, name_zh: city.name_zh, name_en: city.name_en },
      geometry: g,
    };
  });
  return { features, kinks, touches };
}

/**
 * The cities unsimplified, or at the first of `tolerances` whose features fit in `maxBytes` as
 * `size` measures them (the last one tried if none fits).
 */
export function fitCities(
  cities: readonly TidyCity[],
  opts: { maxBytes: number; tolerances: readonly number[]; decimals: number; size: (features: unknown[]) => number },
) {
  let tolerance: number | null = null;
  let built = cityFeatures(cities, null, opts.decimals);
  const unsimplifiedBytes = opts.size(built.features);
  for (const t of opts.tolerances) {
    if (opts.size(built.features) <= opts.maxBytes) break;
    tolerance = t;
    built = cityFeatures(cities, t, opts.decimals);
  }
  return { ...built, tolerance, unsimplifiedBytes };
}
