// Which Guangzhou district each point falls in (turf booleanPointInPolygon against the district
// boundaries), with a bounding-box test first so thousands of points stay fast. Pure.
import { bbox, booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export interface DistrictAssignment {
  /** Per point, in input order: the district's name_zh, or null when outside every district. */
  districts: Array<string | null>;
  /** Points per district (every district present, 0 when none). */
  counts: Map<string, number>;
  /** Points in no district (outside Guangzhou). */
  outside: number;
}

export function assignDistricts(
  points: ReadonlyArray<{ lon: number; lat: number }>,
  districts: FeatureCollection<Polygon | MultiPolygon, { name_zh: string }>,
): DistrictAssignment {
  const shapes = districts.features.map((f: Feature<Polygon | MultiPolygon, { name_zh: string }>) => ({
    name: f.properties.name_zh,
    box: bbox(f),
    feature: f,
  }));
  const counts = new Map<string, number>(shapes.map((s) => [s.name, 0]));
  let outside = 0;
  const out = points.map(({ lon, lat }) => {
    if (!Number.isFinite(lon) || !Number.isFinite(lat)) {
      outside++;
      return null;
    }
    for (const s of shapes) {
      const [w, so, e, n] = s.box;
      if (lon < w! || lon > e! || lat < so! || lat > n!) continue;
      if (booleanPointInPolygon([lon, lat], s.feature)) {
        counts.set(s.name, (counts.get(s.name) ?? 0) + 1);
        return s.name;
      }
    }
    outside++;
    return null;
  });
  return { districts: out, counts, outside };
}
