// Several source units into one (Multi)Polygon: a district from its units, a city from its districts.
import { polygonsOf, unite, type Areal } from './polygons.ts';
import { untwist, type Untwisted } from './untwist.ts';

/**
 * The geometries, each untwisted, dissolved into one (Multi)Polygon with turf union (polyclip), which also drops
 * collinear vertices and leaves no ring crossing or touching itself.
 */
export function dissolve(geoms: Areal[]): Untwisted {
  const parts = geoms.map(untwist);
  const geometry = unite(parts.flatMap((p) => polygonsOf(p.geometry)));
  if (!geometry) throw new Error('union returned nothing');
  return {
    geometry,
    lobes: parts.reduce((n, p) => n + p.lobes, 0),
    lobeKm2: parts.reduce((n, p) => n + p.lobeKm2, 0),
  };
}
