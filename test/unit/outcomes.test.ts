import { describe, it, expect } from 'vitest';
import { validateOutcomes } from '../../src/data/outcomeSchema.ts';
import { validatePlan } from '../../src/data/validatePlan.ts';
import { formatProblem } from '../../src/data/problem.ts';
import { loadSeed, readText } from '../../scripts/lib/repoData.ts';

const plan = validatePlan(JSON.parse(readText('data/plan.json')), loadSeed()).plan!;
const real = JSON.parse(readText('data/outcomes.json'));
const messages = (raw: unknown) => validateOutcomes(raw, plan).map(formatProblem).join('\n');
const broken = (f: (o: Record<string, any>) => void) => {
  const copy = structuredClone(real);
  f(copy.outcomes[0]);
  return messages(copy);
};

describe('data/outcomes.json', () => {
  it('validates: every figure stands in its quote and answers a real target', () => {
    expect(messages(real)).toBe('');
    expect(real.outcomes.length).toBeGreaterThan(10);
  });
  it('keeps a figure of another metric apart (not comparable)', () => {
    const other = real.outcomes.filter((o: { comparable: boolean }) => !o.comparable);
    expect(other.map((o: { target: string; unit: string }) => [o.target, o.unit])).toEqual([['A6-T1', '% of GDP']]);
  });
  it('converts 12099家 to 1.2099 万家 and says so', () => {
    const o = real.outcomes.find((x: { target: string; year: number; qualifier: string }) => x.target === 'A4-T1' && x.year === 2019);
    expect(o).toMatchObject({ value: 1.2099, unit: '万家', quoted: { number: '12099', unit: '家', factor: 10000 } });
  });
  it('catches a figure not in its quote, a wrong conversion, a dangling target, a unit mismatch', () => {
    expect(broken((o) => { o.quoted.number = '9.99'; o.value = 9.99; })).toMatch(/O01: quoted\.number: expected 9\.99 to stand in the quote/);
    expect(broken((o) => { o.value = 3; })).toMatch(/O01: value: .* is not 3/);
    expect(broken((o) => { o.target = 'A8-T9'; })).toMatch(/O01: target: no plan target "A8-T9"/);
    expect(broken((o) => { o.unit = '亿元'; })).toMatch(/O01: unit: a comparable figure must be in the target's unit "%"/);
    expect(broken((o) => { o.year = 2018; })).toMatch(/data\/outcomes\.json: O01: outcomes\.0\.year: /);
  });
});
