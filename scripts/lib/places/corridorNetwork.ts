// The Guangzhou section's route, which the plan does not give: a spine through the places on the
// east-bound Pearl River belt, west to east, and branches joining the places off it, nearest first.
import { distance } from '@turf/turf';
import type { LonLat } from '../../../src/data/placeSchema.ts';

export interface Member {
  id: string;
  /** Where segments end: the place's point or anchor. */
  at: LonLat;
}

/**
 * Segments [from, to]: the spine (members not off the belt, by longitude, ties by id), then, one at a
 * time, the off-belt member nearest to the network joined to its nearest network member (great-circle
 * km; ties broken by "to|from" so the result never depends on input order of equals).
 * @example corridorNetwork([{ id: 'w', at: [113.2, 23.1] }, { id: 'e', at: [113.5, 23.1] }, { id: 'n', at: [113.45, 23.4] }], ['n'])
 * // → [['w', 'e'], ['e', 'n']]
 */
export function corridorNetwork(members: readonly Member[], offBelt: readonly string[]): Array<[string, string]> {
  const at = new Map(members.map((m) => [m.id, m.at]));
  const km = (a: string, b: string) => distance(at.get(a)!, at.get(b)!, { units: 'kilometers' });
  const spine = members
    .map((m) => m.id)
    .filter((id) => !offBelt.includes(id))
    .sort((a, b) => at.get(a)![0] - at.get(b)![0] || a.localeCompare(b));
  const segments: Array<[string, string]> = [];
  for (let i = 1; i < spine.length; i++) segments.push([spine[i - 1]!, spine[i]!]);
  const network = new Set(spine);
  let rest = members.map((m) => m.id).filter((id) => !network.has(id));
  while (rest.length > 0) {
    let best: { from: string; to: string; d: number } | null = null;
    for (const to of rest) {
      for (const from of network) {
        const d = km(from, to);
        if (!best || d < best.d - 1e-9 || (Math.abs(d - best.d) <= 1e-9 && `${to}|${from}` < `${best.to}|${best.from}`)) best = { from, to, d };
      }
    }
    segments.push([best!.from, best!.to]);
    network.add(best!.to);
    rest = rest.filter((id) => id !== best!.to);
  }
  return segments;
}
