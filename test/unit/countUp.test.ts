// A reported figure counting up in Present (src/plan/countUp.ts): from 0 to exactly the final text,
// written as the final text writes it; instant with reduced motion.
import { describe, it, expect } from 'vitest';
import { countUpProgress, countUpText, easeOut, figureToken, COUNT_UP_MS } from '../../src/plan/countUp.ts';

describe('figureToken', () => {
  it('finds the first number with its decimals and separators, and the words around it', () => {
    expect(figureToken('CNY 241.31 billion')).toEqual({ before: 'CNY ', after: ' billion', value: 241.31, decimals: 2, grouped: false });
    expect(figureToken('2413.11亿元')).toEqual({ before: '', after: '亿元', value: 2413.11, decimals: 2, grouped: false });
    expect(figureToken('over 12,000 firms')).toMatchObject({ value: 12000, decimals: 0, grouped: true, before: 'over ', after: ' firms' });
    expect(figureToken('超过30%')).toMatchObject({ before: '超过', value: 30, after: '%' });
    expect(figureToken('实现零的突破')).toBeNull();
  });
});

describe('countUpText', () => {
  it('ends on exactly the final text (at 1 and after), and starts from 0 written the same way', () => {
    for (const text of ['CNY 241.31 billion', '2413.11亿元', '4家', '13.6%', 'over 12,000 firms', '30%（占地区生产总值比重）']) {
      expect(countUpText(text, 1)).toBe(text);
      expect(countUpText(text, 7)).toBe(text);
      expect(countUpText(text, Number.POSITIVE_INFINITY)).toBe(text);
    }
    expect(countUpText('CNY 241.31 billion', 0)).toBe('CNY 0.00 billion');
    expect(countUpText('over 12,000 firms', 0)).toBe('over 0 firms');
    expect(countUpText('2413.11亿元', -1)).toBe('0.00亿元');
  });
  it('rises without passing the final figure, keeping its decimals and thousands separators', () => {
    const values = [0, 0.1, 0.25, 0.5, 0.75, 0.9, 0.99].map((p) => countUpText('over 12,000 firms', p));
    const numbers = values.map((v) => Number(/[\d,]+/.exec(v)![0].replaceAll(',', '')));
    expect(numbers).toEqual([...numbers].sort((a, b) => a - b));
    expect(Math.max(...numbers)).toBeLessThanOrEqual(12000);
    expect(values[3]).toMatch(/^over \d{1,2},\d{3} firms$/);
    expect(countUpText('2413.11亿元', 0.5)).toMatch(/^\d{4}\.\d{2}亿元$/);
    expect(countUpText('13.6%', 0.5)).toMatch(/^\d{1,2}\.\d%$/);
  });
  it('leaves a text without a number as it is', () => {
    expect(countUpText('a first one (a breakthrough from zero)', 0)).toBe('a first one (a breakthrough from zero)');
  });
  it('eases out: fast first, settling at the end', () => {
    expect(easeOut(0)).toBe(0);
    expect(easeOut(1)).toBe(1);
    expect(easeOut(0.5)).toBeGreaterThan(0.5);
  });
});

describe('countUpProgress', () => {
  it('runs over the duration by the clock, clamped to 0–1', () => {
    expect(countUpProgress(1000, 1000, false)).toBe(0);
    expect(countUpProgress(1000, 1000 + COUNT_UP_MS / 2, false)).toBeCloseTo(0.5);
    expect(countUpProgress(1000, 1000 + COUNT_UP_MS * 3, false)).toBe(1);
    expect(countUpProgress(1000, 500, false)).toBe(0);
  });
  it('with reduced motion is at the end from the start: the final number, no count', () => {
    expect(countUpProgress(1000, 1000, true)).toBe(1);
    expect(countUpText('CNY 241.31 billion', countUpProgress(1000, 1000, true))).toBe('CNY 241.31 billion');
  });
});
