import { describe, it, expect } from 'vitest';
import { scoreRows, coverage, countStatuses, actionMark, rowsOf, unitTasks, partnersOf, actionSummary } from '../../src/plan/scorecard.ts';
import { ruleText, actionSummaryText } from '../../src/plan/statusText.ts';
import { validatePlan } from '../../src/data/validatePlan.ts';
import { loadSeed, readText } from '../../scripts/lib/repoData.ts';

const plan = validatePlan(JSON.parse(readText('data/plan.json')), loadSeed()).plan!;
const { outcomes } = JSON.parse(readText('data/outcomes.json'));
const rows = scoreRows(plan, outcomes);
const row = (id: string, year: number) => rows.find((r) => r.target.id === id && r.year === year)!;

describe('the scorecard on the real data', () => {
  it('has one row per yearly value of the plan: 64 of the actions and 2 of goal G1', () => {
    expect(rows.length).toBe(66);
    expect(rows.filter((r) => r.parent === 'G1').length).toBe(2);
  });
  it('states its coverage honestly', () => {
    const c = coverage(rows);
    expect(c.targetsTotal).toBe(25);
    expect(c.valuesTotal).toBe(66);
    // Each covered value has a comparable figure in its year; nothing is counted twice.
    expect(c.values).toBe(rows.filter((r) => r.outcomes.some((o) => o.comparable)).length);
    expect(c.targets).toBeLessThanOrEqual(c.targetsTotal);
  });
  it('gives the statuses the figures support', () => {
    expect(row('A3-T1', 2021).result.status).toBe('met');
    expect(row('A2-T1', 2021).result.status).toBe('not-met');
    // ≈1.2 万家 alone could not say, but a source says “over 1.2 万家”: over 1.17 万家, met.
    expect(row('A4-T1', 2020).result.status).toBe('met');
    expect(row('A6-T1', 2021).result.status).toBe('not-comparable');
    expect(row('A7-T1', 2021).result.status).toBe('no-figure');
    const counts = countStatuses(rows);
    expect(counts.met + counts['not-met'] + counts['no-figure'] + counts['not-comparable']).toBe(66);
  });
  it('writes the rule in words, in both languages', () => {
    expect(ruleText(row('A3-T1', 2021), 'zh')).toBe('目标：突破1200亿元；实际：2413.11亿元（gtxh.com）；已达成');
    expect(ruleText(row('A3-T1', 2021), 'en')).toBe('target: over CNY 120 billion; reported CNY 241.31 billion (gtxh.com); met');
    expect(ruleText(row('A7-T1', 2021), 'en')).toBe('target: 25; no public figure found');
  });
  it('marks an action by how its targets stand', () => {
    expect(actionMark(rowsOf(rows, 'A3', 2021))).toBe('all');
    expect(actionMark(rowsOf(rows, 'A7', 2021))).toBe('unknown');
    expect(actionMark(rowsOf(rows, 'A2', 2021))).toBe('none');
  });
  it('sums up an action in a year, in words: met of all, and how many no figure settles', () => {
    const a3 = actionSummary(rows, 'A3', 2021);
    // One met, the other without a comparable figure: every target that can be judged is met.
    expect(a3).toEqual({ n: 2, met: 1, notMet: 0, unsettled: 1, mark: 'all' });
    expect(actionSummaryText(a3, 2021, 'en')).toBe('2021: 1 of 2 targets met; 1 without a comparable figure');
    expect(actionSummaryText(a3, 2021, 'zh')).toBe('2021年：2 项目标中 1 项已达成；1 项无可比数据');
    expect(actionSummaryText(actionSummary(rows, 'A2', 2021), 2021, 'en')).toMatch(/^2021: 0 of \d targets met/);
    const a1 = actionSummary(rows, 'A1', 2021);
    expect(a1.n).toBe(a1.met + a1.notMet + a1.unsettled);
    expect(actionSummaryText(a1, 2021, 'en')).toBe(`2021: ${a1.met} of ${a1.n} targets met; ${a1.unsettled} without a comparable figure`);
    expect(actionSummaryText(actionSummary(rows, 'A9', 2021), 2021, 'en')).toBe('2021: no yearly targets');
  });
  it("gives a unit's tasks (the unit named first leads) and the units it shares them with", () => {
    const tasks = unitTasks(plan, 'gz-stb');
    expect(tasks.length).toBeGreaterThan(10);
    expect(tasks.some((x) => x.lead)).toBe(true);
    const partners = partnersOf(plan, 'gz-stb');
    expect(partners[0]!.tasks).toBeGreaterThanOrEqual(partners.at(-1)!.tasks);
    expect(partners.some((p) => p.unit === 'gz-stb')).toBe(false);
  });
});
