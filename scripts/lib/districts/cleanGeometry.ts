// The last steps of every boundary: round, drop repeats and spikes, close and wind the rings
// (RFC 7946: outer counter-clockwise, holes clockwise), and normalise what rounding disturbed.
import type { Position } from 'geojson';
import { fromPolygons, polygonsOf, samePosition as same, selfKinks, signedArea2, unite, type Areal } from './polygons.ts';

export const roundTo = (v: number, d: number) => {
  const f = 10 ** d;
  const r = Math.round(v * f) / f;
  return Object.is(r, -0) ? 0 : r;
};

/** Rounded, without repeats or a→b→a spikes, closed, wound as asked; null if nothing with area is left. */
export function cleanRing(ring: Position[], decimals: number, ccw: boolean): Position[] | null {
  let pts = ring.map((p) => [roundTo(p[0]!, decimals), roundTo(p[1]!, decimals)]);
  // work on the open ring
  if (pts.length > 1 && same(pts[0]!, pts[pts.length - 1]!)) pts.pop();
  let changed = true;
  while (changed && pts.length >= 3) {
    changed = false;
    const out: Position[] = [];
    for (const p of pts) {
      if (out.length > 0 && same(out[out.length - 1]!, p)) {
        changed = true;
        continue;
      }
      if (out.length > 1 && same(out[out.length - 2]!, p)) {
        out.pop(); // spike a→b→a: drop b and the second a
        changed = true;
        continue;
      }
      out.push(p);
    }
    // the same across the seam where the ring closes
    while (out.length > 1 && same(out[0]!, out[out.length - 1]!)) {
      out.pop();
      changed = true;
    }
    while (out.length > 2 && same(out[1]!, out[out.length - 1]!)) {
      out.shift();
      out.pop();
      changed = true;
    }
    pts = out;
  }
  if (pts.length < 3) return null;
  pts.push([pts[0]![0]!, pts[0]![1]!]);
  const a = signedArea2(pts);
  if (a === 0) return null;
  if (a > 0 !== ccw) pts.reverse();
  return pts;
}

function cleanPolygon(rings: Position[][], decimals: number): Position[][] | null {
  const outer = cleanRing(rings[0]!, decimals, true);
  if (!outer) return null;
  const holes = rings.slice(1).map((r) => cleanRing(r, decimals, false));
  return [outer, ...holes.filter((h): h is Position[] => h !== null)];
}

/** Every ring cleaned (cleanRing); polygons whose outer ring vanished are dropped. */
export function cleanOnce(g: Areal, decimals: number): Areal {
  const polys = polygonsOf(g)
    .map((p) => cleanPolygon(p, decimals))
    .filter((p): p is Position[][] => p !== null);
  if (polys.length === 0) throw new Error('geometry vanished while cleaning');
  return fromPolygons(polys);
}

/**
 * Rounds and cleans (cleanOnce), then normalises the rounded geometry again with turf union (polyclip) and cleans it
 * again, until no ring touches itself (at most 3 passes). The coordinates are WGS-84 converted from a GCJ-02 grid,
 * so rounding can put a vertex exactly onto its own ring where the unrounded ring only came near it, and makes runs
 * of vertices exactly collinear; the union splits such a ring at the touch (into rings meeting at a vertex) and drops
 * the collinear vertices, which changes no point set. Any new vertex (where rounding made a ring cross itself) is
 * rounded by the next cleanOnce.
 */
export function cleanGeometry(g: Areal, decimals: number): Areal {
  let out = cleanOnce(g, decimals);
  for (let pass = 0; pass < 3; pass++) {
    out = cleanOnce(unite(polygonsOf(out)) ?? out, decimals);
    if (selfKinks(out) === 0) break;
  }
  return out;
}
