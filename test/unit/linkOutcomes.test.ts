// build:outcomes' logic (scripts/lib/outcomes): figures linked to their targets, on file fixtures.
import { describe, it, expect } from 'vitest';
import { fixtureTest } from './fixtures.ts';
import { linkOutcomes, quotedForm, targetUnits } from '../../scripts/lib/outcomes/linkOutcomes.ts';
import { SeedOutcome } from '../../scripts/lib/outcomes/outcomeSeeds.ts';

interface In {
  seeds: unknown[];
  targets: Record<string, string>;
  units: Record<string, string>;
}
fixtureTest<In>('linkOutcomes', ({ seeds, targets, units }) =>
  linkOutcomes(seeds.map((s) => SeedOutcome.parse(s)), targets, new Map(Object.entries(units))),
);

describe('linkOutcomes', () => {
  const seed = { plan_target_key: 'k', year: 2020, value: 850, unit: '亿元', quote: '达到850亿元' };
  it('fails naming the key when no target is given for it, and the figure when its quote lacks it', () => {
    const s = SeedOutcome.parse({ ...seed, indicator_zh: 'x', value_qualifier: '=', source_title: 't', source_url_or_publisher: 'p', source_date: 'd', confidence: 'high' });
    expect(() => linkOutcomes([s], {}, new Map())).toThrow(/no target for plan_target_key "k"/);
    expect(() => quotedForm({ ...seed, quote: '达到800亿元' })).toThrow(/k 2020: value 850 not found in its quote/);
  });
  it('reads the unit of every goal and action target', () => {
    const units = targetUnits({ goals: [{ targets: [{ id: 'G1-T1', unit: '%' }] }], actions: [{ targets: [{ id: 'A1-T1', unit: '家' }] }] });
    expect([...units]).toEqual([['G1-T1', '%'], ['A1-T1', '家']]);
  });
});
