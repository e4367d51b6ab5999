// An approximate circle may spill beyond its district; the place's note says how far (only its
// centre is checked against the district).
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { isGuangzhouDistrict, type District, type LonLat } from '../../../src/data/placeSchema.ts';

/** Where the circle's vertices fall among the districts of data/districts.geojson; '' outside Guangzhou. */
export function spillNote(vertices: readonly LonLat[], district: District | null, districts: FeatureCollection<Polygon | MultiPolygon>): string {
  if (!district || !isGuangzhouDistrict(district)) return '';
  const count = new Map<string, number>();
  for (const v of vertices) {
    const hit = districts.features.find((f) => booleanPointInPolygon(v, f as Feature<Polygon | MultiPolygon>));
    const name = hit ? String(hit.properties?.name_zh) : 'no Guangzhou district (water or a neighbouring city)';
    count.set(name, (count.get(name) ?? 0) + 1);
  }
  const home = count.get(district) ?? 0;
  if (home === vertices.length) return ` All its vertices lie in ${district} (data/districts.geojson).`;
  const others = [...count.entries()].filter(([n]) => n !== district).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  return (
    ` Of its ${vertices.length} vertices ${home} lie in ${district}, ` +
    others.map(([n, c]) => `${c} in ${n}`).join(', ') +
    ' (data/districts.geojson): the circle of the stated size spills beyond the district; only its centre is checked against it.'
  );
}
