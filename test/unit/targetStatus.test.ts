import { describe, it, expect } from 'vitest';
import { statusOf, thresholdOf, intervalOf, yearlyFigures, type Reported } from '../../src/plan/targetStatus.ts';

const exact = (value: number): Reported => ({ value, qualifier: '=', comparable: true });
const rounded = (value: number, printed?: string): Reported => ({ value, qualifier: 'about (rounded)', printed, comparable: true });
const over = (value: number): Reported => ({ value, qualifier: '> (突破)', comparable: true });

describe('thresholdOf: every qualifier the plan uses', () => {
  it('reads 达, 不少于, 以上, 力争, 争取, 争创, 累计 and no word as "at least"', () => {
    for (const q of [['达'], ['不少于'], ['以上'], ['力争'], ['争取'], ['争创'], ['累计'], []])
      expect(thresholdOf(10, q), q.join()).toEqual({ op: '>=', x: 10 });
  });
  it('reads 突破 and 超过 as "more than", 不超过 as "at most", 左右 as "about"', () => {
    expect(thresholdOf(1200, ['突破'])).toEqual({ op: '>', x: 1200 });
    expect(thresholdOf(1.2, ['超过'])).toEqual({ op: '>', x: 1.2 });
    expect(thresholdOf(1000, ['不超过'])).toEqual({ op: '<=', x: 1000 });
    expect(thresholdOf(65, ['达', '左右'])).toEqual({ op: 'about', x: 65 });
  });
  it('reads a range 1～2 as at least its low end, and 零的突破 as more than 0', () => {
    expect(thresholdOf([1, 2], ['争创'])).toEqual({ op: '>=', x: 1 });
    expect(thresholdOf(0, ['突破'])).toEqual({ op: '>', x: 0 });
  });
});

describe('statusOf', () => {
  it('met and not met against an exact figure', () => {
    expect(statusOf(1200, ['突破'], [exact(2413.11)]).status).toBe('met');
    expect(statusOf(14, ['达'], [exact(13.6)]).status).toBe('not-met');
    expect(statusOf(14, ['达'], [exact(14)]).status).toBe('met');
    // 突破 X: X itself is not over X.
    expect(statusOf(1200, ['突破'], [exact(1200)]).status).toBe('not-met');
    expect(statusOf(60, ['以上'], [exact(60)]).status).toBe('met');
    expect(statusOf(1000, ['不超过'], [exact(999)]).status).toBe('met');
    expect(statusOf(1000, ['不超过'], [exact(1001)]).status).toBe('not-met');
  });
  it('about X (左右): at least 95 % of X', () => {
    expect(statusOf(65, ['达', '左右'], [exact(62)]).status).toBe('met');
    expect(statusOf(65, ['达', '左右'], [exact(61)]).status).toBe('not-met');
  });
  it('a range and the first one (零的突破)', () => {
    expect(statusOf([1, 2], ['争创'], [exact(1)]).status).toBe('met');
    expect(statusOf([1, 2], ['争创'], [exact(0)]).status).toBe('not-met');
    expect(statusOf(0, ['突破'], [exact(1)]).status).toBe('met');
    expect(statusOf(0, ['突破'], [exact(0)]).status).toBe('not-met');
  });
  it('力争 / 争取 are judged on the same threshold', () => {
    expect(statusOf(3, ['力争'], [exact(4)]).status).toBe('met');
    expect(statusOf(1, ['争取'], [exact(0)]).status).toBe('not-met');
  });
  it('a rounded figure settles it only when every figure it may stand for does', () => {
    // ≈1.2 万家 (1.15–1.25) against over 1.17: cannot say.
    const r = statusOf(1.17, ['超过'], [rounded(1.2, '1.2')]);
    expect(r).toMatchObject({ status: 'not-comparable', why: 'rounded' });
    // ≈1.2 万家 against over 1.14: every figure in 1.15–1.25 is over it.
    expect(statusOf(1.14, ['超过'], [rounded(1.2, '1.2')]).status).toBe('met');
    expect(intervalOf(rounded(2256, '2256'))).toEqual({ lo: 2255.5, hi: 2256.5, loOpen: false });
  });
  it('"over N" settles it when N already meets the threshold', () => {
    expect(statusOf(1000, ['突破'], [over(2000)]).status).toBe('met');
    expect(statusOf(2500, ['突破'], [over(2000)])).toMatchObject({ status: 'not-comparable', why: 'over-only' });
  });
  it('no figure, another metric, and sources that disagree', () => {
    expect(statusOf(10, ['达'], [])).toMatchObject({ status: 'no-figure', why: 'no-figure' });
    expect(statusOf(4500, ['达'], [{ value: 30, qualifier: '> (突破)', comparable: false }])).toMatchObject({ status: 'not-comparable', why: 'other-metric' });
    expect(statusOf(10, ['达'], [exact(11), exact(9)])).toMatchObject({ status: 'not-comparable', why: 'disagree' });
  });
  it('rests on the exact figure when a rounded one of the same year agrees', () => {
    const r = statusOf(1000, ['突破'], [rounded(2256, '2256'), exact(2256.53)]);
    expect(r.status).toBe('met');
    expect(r.used?.value).toBe(2256.53);
  });
});

describe('yearlyFigures', () => {
  it('lists the years the plan sets a figure for, with their words', () => {
    expect(yearlyFigures({ values: { '2020': 1, '2021': [1, 2] }, qualifiers: { '2020': ['力争'] } })).toEqual([
      { year: 2020, value: 1, qualifiers: ['力争'] },
      { year: 2021, value: [1, 2], qualifiers: [] },
    ]);
  });
});
