import { describe, it, expect } from 'vitest';
import { validateOutcomes } from '../../src/data/outcomeSchema.ts';
import { validatePlan } from '../../src/data/validatePlan.ts';
import { formatProblem } from '../../src/data/problem.ts';
import { loadSeed, readText } from '../../scripts/lib/repoData.ts';

const plan = validatePlan(JSON.parse(readText('data/plan.json')), loadSeed()).plan!;
// The figures and, in a file of their own (read only by a panel), the searches that found none.
const real = { ...JSON.parse(readText('data/outcomes.json')), searches: JSON.parse(readText('data/searches.json')).searches };
const messages = (raw: { searches: unknown[] }) => {
  const { searches, ...outcomes } = raw;
  return validateOutcomes(outcomes, { ...JSON.parse(readText('data/searches.json')), searches }, plan)
    .map(formatProblem)
    .join('\n');
};
// biome-ignore lint/suspicious/noExplicitAny: the test breaks records at any depth on purpose
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
  it('keeps a figure of another metric apart (not comparable), saying what it measures and why', () => {
    const other = real.outcomes.filter((o: { comparable: boolean }) => !o.comparable);
    expect(other.map((o: { target: string; unit: string }) => [o.target, o.unit])).toEqual([
      ['A6-T1', '% of GDP'],
      ['A4-T3', '家'],
      ['A8-T2', '个'],
      ['A8-T2', '个'],
    ]);
    for (const o of other) expect(o.measures.zh && o.comparable_why_not.en).toBeTruthy();
  });
  it('records the searches for every yearly value without a comparable figure, and a figure after 2021 as after the plan period', () => {
    expect(real.searches.length).toBeGreaterThan(40);
    expect(real.outcomes.filter((o: { after_period?: true }) => o.after_period).map((o: { target: string; year: number }) => `${o.target} ${o.year}`)).toEqual([
      'A4-T1 2022',
    ]);
    const copy = structuredClone(real);
    copy.searches = copy.searches.filter((s: { target: string; year: number }) => !(s.target === 'A7-T1' && s.year === 2020));
    expect(messages(copy)).toMatch(/data\/searches\.json: A7-T1\|2020: searches: no comparable figure for A7-T1 in 2020, and no record of the search/);
    const twice = structuredClone(real);
    twice.searches.push({ ...twice.searches[0] });
    expect(messages(twice)).toMatch(/searched twice/);
  });
  it('converts 12099家 to 1.2099 万家 and says so', () => {
    const o = real.outcomes.find((x: { target: string; year: number; qualifier: string }) => x.target === 'A4-T1' && x.year === 2019);
    expect(o).toMatchObject({ value: 1.2099, unit: '万家', quoted: { number: '12099', unit: '家', factor: 10000 } });
  });
  it('catches a figure not in its quote, a wrong conversion, a dangling target, a unit mismatch', () => {
    expect(
      broken((o) => {
        o.quoted.number = '9.99';
        o.value = 9.99;
      }),
    ).toMatch(/O01: quoted\.number: expected 9\.99 to stand in the quote/);
    expect(
      broken((o) => {
        o.value = 3;
      }),
    ).toMatch(/O01: value: .* is not 3/);
    expect(
      broken((o) => {
        o.target = 'A8-T9';
      }),
    ).toMatch(/O01: target: no plan target "A8-T9"/);
    expect(
      broken((o) => {
        o.unit = '亿元';
      }),
    ).toMatch(/O01: unit: a comparable figure must be in the target's unit "%"/);
    expect(
      broken((o) => {
        o.year = 2018;
      }),
    ).toMatch(/data\/outcomes\.json: O01: outcomes\.0\.year: /);
  });
});
