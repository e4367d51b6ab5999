// Context cities are drawn at district scale: the slivers and crumbs a dissolve leaves are not land.
import { dissolve } from './dissolve.ts';
import { fromPolygons, polygonsOf, ringKm2, type Areal } from './polygons.ts';

/**
 * Fills holes smaller than holeKm2 (slivers where neighbouring district borders do not coincide),
 * unites again (fragments that lay in those slivers melt into the city), then drops parts smaller
 * than partKm2 (union fragments hanging off a vertex, and islets too small to see at city scale).
 */
export function tidyCity(g: Areal, holeKm2: number, partKm2: number): { geometry: Areal; holes: number; parts: number } {
  let holes = 0;
  const filled = polygonsOf(g).map((poly) =>
    poly.filter((ring, i) => {
      const keep = i === 0 || ringKm2(ring) >= holeKm2;
      if (!keep) holes++;
      return keep;
    }),
  );
  const united = dissolve([fromPolygons(filled)]).geometry;
  const parts = polygonsOf(united);
  const kept = parts.filter((poly) => ringKm2(poly[0]!) >= partKm2);
  return { geometry: fromPolygons(kept), holes, parts: parts.length - kept.length };
}
