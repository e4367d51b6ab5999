import { describe, it, expect } from 'vitest';
import { scoreRows, unitTasks } from '../../src/plan/scorecard.ts';
import {
  filterRows,
  groupRows,
  actionsOfUnits,
  scorecardCsv,
  scorecardFileName,
  SCORECARD_COLUMNS,
  type ScorecardCsvText,
} from '../../src/plan/scorecardView.ts';
import { validatePlan } from '../../src/data/validatePlan.ts';
import { loadSeed, readText } from '../../scripts/lib/repoData.ts';

const plan = validatePlan(JSON.parse(readText('data/plan.json')), loadSeed()).plan!;
const { outcomes } = JSON.parse(readText('data/outcomes.json'));
const rows = scoreRows(plan, outcomes);
const none = { actions: [], units: [], statuses: [] };

describe('the scorecard screen’s rows', () => {
  it('shows every row without filters, and one year’s with year=', () => {
    expect(filterRows(plan, rows, none)).toHaveLength(66);
    const y2021 = filterRows(plan, rows, { ...none, year: 2021 });
    expect(y2021.length).toBeGreaterThan(0);
    expect(y2021.every((r) => r.year === 2021)).toBe(true);
    expect(y2021.length).toBe(rows.filter((r) => r.year === 2021).length);
  });
  it('filters by action and status, leaving goal G1 out of an action filter', () => {
    const a1 = filterRows(plan, rows, { ...none, year: 2021, actions: ['A1'] });
    expect(new Set(a1.map((r) => r.parent))).toEqual(new Set(['A1']));
    expect(a1.length).toBe(rows.filter((r) => r.parent === 'A1' && r.year === 2021).length);
    const met = filterRows(plan, rows, { ...none, statuses: ['met'] });
    expect(met.length).toBeGreaterThan(0);
    expect(met.every((r) => r.result.status === 'met')).toBe(true);
    const two = filterRows(plan, rows, { ...none, statuses: ['met', 'not-met'] });
    expect(two.length).toBe(rows.filter((r) => r.result.status === 'met' || r.result.status === 'not-met').length);
  });
  it('filters by responsible unit: the targets of the actions whose tasks it leads or joins', () => {
    const stb = actionsOfUnits(plan, ['gz-stb']);
    expect(stb).toEqual(new Set(unitTasks(plan, 'gz-stb').map((x) => x.action.id)));
    const r = filterRows(plan, rows, { ...none, units: ['gz-stb'] });
    expect(r.length).toBeGreaterThan(0);
    expect(r.every((x) => stb.has(x.parent))).toBe(true);
    expect(r.length).toBe(rows.filter((x) => stb.has(x.parent)).length);
    // A unit with no task leaves nothing, rather than everything.
    expect(filterRows(plan, rows, { ...none, units: ['no-such-unit'] })).toEqual([]);
  });
  it('groups rows by action in the order given', () => {
    const groups = groupRows(rows);
    expect(groups.map((g) => g.parent)).toEqual(['G1', 'A1', 'A2', 'A3', 'A4', 'A5', 'A6', 'A7', 'A8']);
    expect(groups.reduce((n, g) => n + g.rows.length, 0)).toBe(66);
  });
});

describe('the scorecard CSV', () => {
  const text: ScorecardCsvText = {
    parentTitle: (p) => `title ${p}`,
    indicator: (r) => (r.target.id === 'A3-T1' ? '=HYPERLINK("x")' : `ind ${r.target.id}`),
    target: () => 'target',
    status: (r) => r.result.status,
    rule: () => 'rule, with a comma',
  };
  const csv = scorecardCsv(filterRows(plan, rows, { ...none, year: 2021, actions: ['A3'] }), text);
  const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
  it('starts with a BOM and the column codes, one CRLF line per row', () => {
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(lines[0]).toBe(SCORECARD_COLUMNS.join(','));
    expect(lines.at(-1)).toBe('');
    expect(lines.length - 2).toBe(rows.filter((r) => r.parent === 'A3' && r.year === 2021).length);
  });
  it('neutralises formulas, quotes commas and keeps the figure and source the status rests on', () => {
    const a3 = lines.find((l) => l.startsWith('A3,title A3,A3-T1,'))!;
    expect(a3).toContain(`"'=HYPERLINK(""x"")"`);
    expect(a3).toContain('"rule, with a comma"');
    expect(a3).toContain(',2021,target,2413.11,');
    expect(a3).toContain(',met,');
    expect(a3).toMatch(/,https?:\/\//);
  });
  it('is named by year and date', () => {
    expect(scorecardFileName(2021, new Date(2026, 0, 5))).toBe('guangzhou-plan-scorecard-2021-2026-01-05.csv');
    expect(scorecardFileName(undefined, new Date(2026, 11, 25))).toBe('guangzhou-plan-scorecard-all-2026-12-25.csv');
  });
});
