// The tour's results chapters (src/plan/resultsTour.ts, src/plan/tour.ts): per action, its 2021 targets
// beside what was reported, with the scorecard's statuses (never judged again here), and its places'
// marks; appended after the close so links to earlier chapters keep their numbers.
import { describe, it, expect } from 'vitest';
import { actionResults, placesLine, resultLines } from '../../src/plan/resultsTour.ts';
import { scoreRows } from '../../src/plan/scorecard.ts';
import { ruleText } from '../../src/plan/statusText.ts';
import { buildTour } from '../../src/plan/tour.ts';
import type { Plan } from '../../src/data/planSchema.ts';
import type { Outcome } from '../../src/data/outcomeSchema.ts';
import type { PlaceFeature } from '../../src/data/appData.ts';
import { realAppData } from '../realData.ts';

const target = (id: string, unit: string, values: Record<string, number>, q: Record<string, string[]> = {}) => ({
  id,
  indicator: { zh: `指标${id}`, en: `Indicator ${id}` },
  unit,
  values,
  qualifiers: q,
  yearLines: Object.fromEntries(Object.keys(values).map((y, i) => [y, [100 + i, 100 + i]])),
  lines: [99, 103] as [number, number],
});
const plan = {
  goals: [],
  actions: [
    {
      id: 'A1',
      numeral: '一',
      title: { zh: '行动一', en: 'Action to Build' },
      targets: [
        target('A1-T1', '亿元', { '2020': 1000, '2021': 1200 }, { '2021': ['突破'] }),
        target('A1-T2', '家', { '2021': 3 }),
        target('A1-T3', '人', { '2021': 600 }),
        target('A1-T4', '%', { '2021': 12 }),
        target('A1-T5', '个', { '2019': 5 }),
      ],
      tasks: [],
    },
    { id: 'A2', numeral: '二', title: { zh: '行动二', en: 'Action for More' }, targets: [target('A2-T1', '%', { '2021': 14 }, { '2021': ['达'] })], tasks: [] },
  ],
} as unknown as Plan;
const outcome = (id: string, t: string, year: number, value: number, unit: string, extra: Partial<Outcome> = {}): Outcome =>
  ({
    id,
    target: t,
    year,
    value,
    unit,
    qualifier: '=',
    comparable: true,
    quoted: { number: String(value), unit, factor: 1 },
    quote: `…${value}${unit}…`,
    source: { title: `Source ${id}`, outlet: '广州市科学技术局', url: 'http://example.invalid/', date: '2022-01-18 (page date)', repost: false },
    confidence: 'high',
    ...extra,
  }) as Outcome;
const outcomes: Outcome[] = [
  outcome('O01', 'A1-T1', 2021, 2413.11, '亿元'),
  outcome('O02', 'A1-T2', 2021, 2, '家'),
  outcome('O03', 'A1-T4', 2021, 30, '% of GDP', {
    comparable: false,
    qualifier: '> (突破)',
    measures: { zh: '占GDP比重', en: 'Share of GDP' },
    comparable_why_not: { zh: '口径不同', en: 'another measure' },
    source: { title: 'T', outlet: '广州市统计局', url: 'http://example.invalid/', date: 'not shown', repost: false },
  }),
  outcome('O04', 'A2-T1', 2021, 13.6, '%'),
];
const rows = scoreRows(plan, outcomes);
const linked = [
  { id: 'p1', actions: ['A1'] },
  { id: 'p2', actions: ['A1', 'A2'] },
  { id: 'p3', actions: ['A2'] },
  { id: 'p4', actions: [] },
];

describe('actionResults', () => {
  const a1 = actionResults(plan.actions[0]!, rows, linked);
  it('lists the action’s 2021 targets in the plan’s order with the scorecard’s statuses', () => {
    expect(a1.lines.map((l) => [l.target, l.status])).toEqual([
      ['A1-T1', 'met'],
      ['A1-T2', 'not-met'],
      ['A1-T3', 'no-figure'],
      ['A1-T4', 'not-comparable'],
    ]);
    // The very statuses of the scorecard's rows: nothing re-judged.
    for (const l of a1.lines) expect(l.status).toBe(rows.find((r) => r.target.id === l.target && r.year === 2021)!.result.status);
  });
  it('writes each status as a symbol and a word, the plan’s figure, the reported one and its source, in both languages', () => {
    const [met, notMet, none, other] = a1.lines;
    expect(met).toMatchObject({ symbol: '✓', word: { zh: '已达成', en: 'met' } });
    expect(met!.plan).toEqual({ zh: '突破1200亿元', en: 'over CNY 120 billion' });
    expect(met!.reported).toEqual({ zh: '2413.11亿元', en: 'CNY 241.31 billion' });
    expect(met!.source).toEqual({ outlet: '广州市科学技术局', title: 'Source O01', date: '2022-01-18' });
    expect(met!.rule.en).toBe(ruleText(rows.find((r) => r.target.id === 'A1-T1' && r.year === 2021)!, 'en'));
    expect(notMet).toMatchObject({ symbol: '✗', word: { en: 'not met' } });
    // No public figure: no reported figure, no source.
    expect(none).toMatchObject({ symbol: '–', status: 'no-figure' });
    expect(none!.reported).toBeUndefined();
    expect(none!.source).toBeUndefined();
    expect(none!.rule.en).toContain('no public figure found');
    // Not comparable: what the figure counts instead; a date that is not one is left out.
    expect(other).toMatchObject({ symbol: '≠', measures: { zh: '占GDP比重', en: 'share of GDP' } });
    expect(other!.reported!.zh).toBe('突破30%（占地区生产总值比重）');
    expect(other!.source).toEqual({ outlet: '广州市统计局', title: 'T' });
  });
  it('sums the action up and marks its places as the scorecard’s map does, this action only', () => {
    expect(a1.mark).toBe('some');
    expect(a1.markSymbol).toBe('◐');
    expect(a1.summary.en).toBe('2021: 1 of 4 targets met; 2 without a comparable figure');
    expect(a1.marks).toEqual({ p1: 'some', p2: 'some' });
    const a2 = actionResults(plan.actions[1]!, rows, linked);
    expect(a2.mark).toBe('none');
    expect(a2.marks).toEqual({ p2: 'none', p3: 'none' });
  });
  it('cites where the plan writes each 2021 figure', () => {
    expect(resultLines(plan.actions[0]!)).toEqual([
      [101, 101],
      [100, 100],
      [100, 100],
      [100, 100],
    ]);
  });
});

describe('placesLine', () => {
  const f = (id: string, sited: boolean) =>
    ({ type: 'Feature', geometry: sited ? { type: 'Point', coordinates: [113.3, 23.1] } : null, properties: { id } }) as unknown as PlaceFeature;
  it('says how many places are ringed, or why none is', () => {
    expect(placesLine([]).en).toBe('The plan names no place for this action: the map shows all of Guangzhou');
    expect(placesLine([f('a', false), f('b', false)]).en).toMatch(/^The plan names 2 places for this action, none with a known site/);
    expect(placesLine([f('a', true)]).en).toBe('The map rings this action’s 1 place by how its 2021 targets stand');
    expect(placesLine([f('a', true), f('b', true), f('c', false)]).zh).toBe('地图上本行动的 2 处地点，按2021年目标完成情况标记；另有 1 处没有已知位置');
  });
});

describe('the tour of the real data: its results chapters', () => {
  const data = realAppData();
  const tour = buildTour({ ...data, seedLines: data.seedLines });
  const results = tour.filter((c) => c.kind === 'result');
  const real = scoreRows(data.plan, data.outcomes);

  it('follows the close: one chapter per action, in the plan’s order, each with every 2021 target', () => {
    expect(tour.findIndex((c) => c.kind === 'result')).toBe(tour.findIndex((c) => c.id === 'closing') + 1);
    expect(results.map((c) => c.results!.action)).toEqual(data.plan.actions.map((a) => a.id));
    for (const c of results) {
      const expected = real.filter((row) => row.parent === c.results!.action && row.year === 2021);
      expect(c.results!.lines.map((l) => `${l.target}:${l.status}`).sort()).toEqual(expected.map((row) => `${row.target.id}:${row.result.status}`).sort());
      expect(c.cite.length).toBeGreaterThan(0);
      expect(c.title.en).toMatch(/^Action \d: /);
      expect(c.title.zh).toMatch(/^重点行动[一二三四五六七八]：/);
    }
  });
  it('writes the reported figures of the data: Action 3’s technology contracts, met', () => {
    const a3 = results.find((c) => c.results!.action === 'A3')!.results!;
    const t1 = a3.lines.find((l) => l.target === 'A3-T1')!;
    expect(t1.status).toBe('met');
    expect(t1.reported).toEqual({ zh: '2413.11亿元', en: 'CNY 241.31 billion' });
    expect(a3.lines.find((l) => l.target === 'A3-T2')!.reported).toBeUndefined();
  });
  it('lights and marks the action’s sited places, and frames them (or the city when it has none)', () => {
    const ids = new Set(data.places.filter((f) => f.geometry).map((f) => f.properties.id));
    for (const c of results) {
      for (const id of c.highlight) expect(ids.has(id), id).toBe(true);
      for (const id of c.highlight) expect(c.results!.marks[id], id).toBe(c.results!.mark);
    }
    const a1 = results.find((c) => c.results!.action === 'A1')!;
    expect(a1.highlight.length).toBeGreaterThan(10);
    const a2 = results.find((c) => c.results!.action === 'A2')!;
    expect(a2.highlight).toEqual([]);
    expect(a2.body[0]!.en).toMatch(/names no place/);
  });
});
