import { describe, it, expect } from 'vitest';
import { columnUnit, columnValue, formatFigure, qualifierEn, qualifierLabel } from '../../src/plan/figures.ts';

describe('figures for English readers', () => {
  it('converts 亿/万 and names the currency', () => {
    expect(formatFigure(1200, '亿元', [], 'en')).toBe('CNY 120 billion');
    expect(formatFigure(3, '亿元', [], 'en')).toBe('CNY 300 million');
    expect(formatFigure(1.2, '万家', [], 'en')).toBe('12,000 firms');
    expect(formatFigure(8.5, '万人', [], 'en')).toBe('85,000 people');
    expect(formatFigure(50, '万元', [], 'en')).toBe('CNY 500,000');
    expect(formatFigure(1000, '万元', [], 'en')).toBe('CNY 10 million');
    expect(formatFigure(22, '家', [], 'en')).toBe('22');
    expect(formatFigure(600, '人', [], 'en')).toBe('600 people');
    expect(formatFigure(3.1, '%', [], 'en')).toBe('3.1%');
    expect(formatFigure([1, 2], '亿元', [], 'en')).toBe('CNY 100–200 million');
    expect(formatFigure([50, 200], '万元', [], 'en')).toBe('CNY 500,000–CNY 2 million');
  });
  it('translates the qualifiers, before or after the figure', () => {
    expect(formatFigure(1.2, '万家', ['超过'], 'en')).toBe('over 12,000 firms');
    expect(formatFigure(65, '%', ['达', '左右'], 'en')).toBe('about 65%');
    expect(formatFigure(100, '家', ['力争', '以上'], 'en')).toBe('strive for 100 or more');
    expect(formatFigure(9, '万人', ['累计'], 'en')).toBe('cumulative 90,000 people');
    expect(formatFigure(3, '个', ['争取'], 'en')).toBe('aim for 3');
    for (const q of ['力争', '争取', '超过', '累计', '以上', '左右', '突破', '争创', '每年', '不超过', '不少于']) {
      expect(qualifierEn(q), q).toMatch(/^[a-z ,]+$/);
    }
    expect(qualifierLabel(['力争', '以上'], 'en')).toBe('strive for, or more');
    expect(qualifierLabel(['力争', '以上'], 'zh')).toBe('力争·以上');
  });
  it('keeps the plan’s own figure and unit in Chinese', () => {
    expect(formatFigure(1200, '亿元', ['突破'], 'zh')).toBe('突破1200亿元');
    expect(formatFigure(65, '%', ['达', '左右'], 'zh')).toBe('达65%左右');
    expect(formatFigure([1, 2], '亿元', [], 'zh')).toBe('1～2亿元');
  });
  it('scales table columns to the English unit', () => {
    expect(columnUnit('亿元', 'en')).toBe('CNY billion');
    expect(columnValue(1200, '亿元', 'en')).toBe('120');
    expect(columnValue(850, '亿元', 'en')).toBe('85');
    expect(columnValue(1.14, '万家', 'en')).toBe('11,400');
    expect(columnUnit('万家', 'zh')).toBe('万家');
    expect(columnValue(1.14, '万家', 'zh')).toBe('1.14');
    expect(columnValue(undefined, '%', 'en')).toBe('–');
    expect(columnUnit('家', 'en')).toBe('');
  });
});

describe('units of other sources', () => {
  it('writes "% of GDP" in each language', () => {
    expect(formatFigure(2.87, '% of GDP', [], 'en')).toBe('2.87% of GDP');
    expect(formatFigure(2.87, '% of GDP', [], 'zh')).toBe('2.87%（占地区生产总值比重）');
  });
});

describe('零的突破', () => {
  it('reads as the first one, not as "over 0"', () => {
    expect(formatFigure(0, '个', ['突破'], 'zh')).toBe('实现零的突破');
    expect(formatFigure(0, '个', ['突破'], 'en')).toBe('a first one (a breakthrough from zero)');
  });
});
