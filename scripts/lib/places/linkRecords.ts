// Links every record to the plan by the phrases that name it (plan_terms): where they stand, and
// the tasks and actions whose lines hold them (src/data/placeLinks.ts does the finding).
import type { PlanTasks } from '../../../src/data/placeLinks.ts';
import { containingNames, linkPlaces } from '../../../src/data/placeLinks.ts';
import { flatRange, type SeedText } from '../../../src/data/seedText.ts';
import type { GazRecord, PlaceTerms } from './placeSeeds.ts';

type Named = Pick<GazRecord, 'id' | 'kind' | 'name_zh'>;

/** The phrases of the plan that name the record: 十三节点 for a node, the terms table's, else its name_zh. */
export const termsOf = (r: Named, terms: PlaceTerms): string[] => (r.kind === 'node' ? terms.nodes : (terms.places[r.id]?.terms ?? [r.name_zh]));

export function linkRecords(records: readonly Named[], terms: PlaceTerms, plan: PlanTasks, seed: SeedText) {
  const inputs = records.map((r) => ({ id: r.id, name_zh: r.name_zh, plan_terms: termsOf(r, terms) }));
  // A hit inside another place's name does not count (广州大学 in 广州大学城). Context cities are
  // named by corridor phrases inside compound words on purpose (广佛 in 广佛科技创新产业示范区), so not for them.
  const contained = containingNames(inputs);
  const exclusions: Record<string, string[]> = Object.fromEntries(records.map((r) => [r.id, r.kind === 'context-city' ? [] : (contained[r.id] ?? [])]));
  const { links, taskPlaces } = linkPlaces(
    plan,
    seed,
    inputs.map((p) => ({ id: p.id, plan_terms: p.plan_terms, exclude: exclusions[p.id] })),
  );
  return { links, taskPlaces, exclusions };
}

/** Does the name itself stand in the plan within one of the line ranges where the place is named? */
export function nameStandsIn(seed: SeedText, lines: ReadonlyArray<readonly [number, number]>, name: string): boolean {
  return lines.some(([a, b]) => flatRange(seed, a, b).includes(name));
}
