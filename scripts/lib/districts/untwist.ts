// Reading a source ring by its own winding. A few source rings pass twice through a vertex: mostly
// spikes (a→b→a), but some enclose a ~100 m lobe wound the other way round. Read by signed area such
// a lobe is a hole: land the neighbouring unit's ring claims (wound the right way there). polyclip
// would fill it in both and make the two units overlap.
import * as turf from '@turf/turf';
import type { Position } from 'geojson';
import { polygonsOf, ringKm2, samePosition as same, signedArea2, unite, type Areal } from './polygons.ts';

const key = (p: Position) => `${p[0]},${p[1]}`;

/**
 * Splits a ring at every vertex it passes through twice into simple closed loops (a→b→a spikes become 2-point loops,
 * which have no area and are dropped).
 */
export function splitLoops(ring: Position[]): Position[][] {
  const open: Position[] = [];
  for (const p of ring) if (open.length === 0 || !same(open[open.length - 1]!, p)) open.push(p);
  if (open.length > 1 && same(open[0]!, open[open.length - 1]!)) open.pop();
  const loops: Position[][] = [];
  const path: Position[] = [];
  const at = new Map<string, number>();
  for (const p of open) {
    const i = at.get(key(p));
    if (i !== undefined) {
      const loop = path.splice(i + 1);
      for (const q of loop) at.delete(key(q));
      loops.push([path[i]!, ...loop]);
    } else {
      at.set(key(p), path.length);
      path.push(p);
    }
  }
  loops.push(path);
  return loops.filter((l) => l.length >= 3).map((l) => [...l, l[0]!]);
}

export interface Untwisted {
  geometry: Areal;
  /** Loops wound against their ring (taken out as holes), and their km². */
  lobes: number;
  lobeKm2: number;
}

/**
 * The geometry read by its rings' own winding: each ring split into simple loops; loops wound like their ring are
 * united, loops wound against it are subtracted.
 */
export function untwist(g: Areal): Untwisted {
  const plus: Position[][][] = [];
  const minus: Position[][][] = [];
  let lobes = 0;
  let lobeKm2 = 0;
  for (const poly of polygonsOf(g)) {
    poly.forEach((ring, r) => {
      const sign = Math.sign(signedArea2(ring));
      for (const loop of splitLoops(ring)) {
        const a = signedArea2(loop);
        if (a === 0) continue;
        const withRing = Math.sign(a) === sign;
        if (!withRing) {
          lobes++;
          lobeKm2 += ringKm2(loop);
        }
        // outer ring: loops with it add, loops against it cut; hole ring: the other way round
        (withRing === (r === 0) ? plus : minus).push([loop]);
      }
    });
  }
  const added = unite(plus);
  if (!added) throw new Error('geometry has no area');
  const cut = unite(minus);
  const geometry = cut ? turf.difference(turf.featureCollection([turf.feature(added), turf.feature(cut)]))?.geometry : added;
  if (!geometry) throw new Error('geometry vanished when its holes were cut out');
  return { geometry, lobes, lobeKm2 };
}
