// The scorecard's marks on the map (src/plan/statusMap.ts): place → mark for a year.
import { describe, it, expect } from 'vitest';
import { combineMarks, markCodes, placeMarks, MARK_CODE } from '../../src/plan/statusMap.ts';
import { scoreRows, actionSummary, type ScoreRow, type PlanYear } from '../../src/plan/scorecard.ts';
import type { TargetStatus } from '../../src/plan/targetStatus.ts';
import { validatePlan } from '../../src/data/validatePlan.ts';
import { loadSeed, readText } from '../../scripts/lib/repoData.ts';

/** A row with only what the marks read: its action, year and status. */
const r = (parent: string, year: PlanYear, status: TargetStatus): ScoreRow => ({ parent, year, result: { status } }) as unknown as ScoreRow;
const rows: ScoreRow[] = [
  r('A1', 2020, 'met'),
  r('A1', 2020, 'met'),
  r('A1', 2021, 'met'),
  r('A1', 2021, 'not-met'),
  r('A2', 2020, 'not-met'),
  r('A2', 2020, 'no-figure'),
  r('A2', 2021, 'met'),
  r('A2', 2021, 'met'),
  r('A3', 2020, 'no-figure'),
  r('A3', 2021, 'not-comparable'),
];
const places = [
  { id: 'p-a1', actions: ['A1'] },
  { id: 'p-a2', actions: ['A2'] },
  { id: 'p-a3', actions: ['A3'] },
  { id: 'p-a1-a2', actions: ['A1', 'A2'] },
  { id: 'p-a2-a3', actions: ['A2', 'A3'] },
  { id: 'p-none', actions: [] },
];

describe('combineMarks: one mark for a place in several actions', () => {
  it('is all met only when every action is', () => {
    expect(combineMarks(['all', 'all'])).toBe('all');
    expect(combineMarks(['all', 'unknown'])).toBe('some');
    expect(combineMarks(['all', 'none'])).toBe('some');
  });
  it('is none when nothing met and something fell short, no figures when nothing can be judged', () => {
    expect(combineMarks(['none', 'unknown'])).toBe('none');
    expect(combineMarks(['unknown', 'unknown'])).toBe('unknown');
    expect(combineMarks([])).toBe('unknown');
  });
});

describe('placeMarks', () => {
  it('marks each place by its action in the year, as actionSummary does', () => {
    const m = placeMarks(places, rows, 2020);
    expect(Object.fromEntries(m)).toEqual({ 'p-a1': 'all', 'p-a2': 'none', 'p-a3': 'unknown', 'p-a1-a2': 'some', 'p-a2-a3': 'none' });
    expect(m.get('p-a1')).toBe(actionSummary(rows, 'A1', 2020).mark);
  });
  it('changes with the year', () => {
    expect(Object.fromEntries(placeMarks(places, rows, 2021))).toEqual({
      'p-a1': 'some',
      'p-a2': 'all',
      'p-a3': 'unknown',
      'p-a1-a2': 'some',
      'p-a2-a3': 'some',
    });
    // A year without rows: nothing can be judged.
    expect(placeMarks(places, rows, 2019).get('p-a1')).toBe('unknown');
  });
  it('counts only the actions a filter leaves, and leaves places of other actions unmarked', () => {
    const m = placeMarks(places, rows, 2021, new Set(['A2']));
    expect(Object.fromEntries(m)).toEqual({ 'p-a2': 'all', 'p-a1-a2': 'all', 'p-a2-a3': 'all' });
  });
  it('gives the map a feature-state code per mark, 0 being none', () => {
    expect(Object.fromEntries(markCodes(placeMarks(places, rows, 2020)))).toEqual({ 'p-a1': 1, 'p-a2': 3, 'p-a3': 4, 'p-a1-a2': 2, 'p-a2-a3': 3 });
    expect(new Set(Object.values(MARK_CODE)).size).toBe(4);
    expect(Object.values(MARK_CODE)).not.toContain(0);
  });
});

describe('placeMarks on the real data', () => {
  const plan = validatePlan(JSON.parse(readText('data/plan.json')), loadSeed()).plan!;
  const real = scoreRows(plan, JSON.parse(readText('data/outcomes.json')).outcomes);
  const placeList = (JSON.parse(readText('data/places.geojson')) as { features: Array<{ properties: { id: string; actions: string[] } }> }).features.map(
    (f) => f.properties,
  );
  it('marks every place that names an action, and the marks differ between 2019 and 2021', () => {
    const m2019 = placeMarks(placeList, real, 2019);
    const m2021 = placeMarks(placeList, real, 2021);
    expect(m2021.size).toBe(placeList.filter((p) => p.actions.length > 0).length);
    expect([...m2021].some(([id, m]) => m2019.get(id) !== m)).toBe(true);
  });
});
