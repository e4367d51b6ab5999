import { describe, it, expect } from 'vitest';
import { cjkRuns, englishProse, hasCjk } from '../../src/plan/scriptRuns.ts';
import { actionNumeralsToDigits, numeralIn, numeralToDigits } from '../../src/plan/numerals.ts';

describe('cjkRuns', () => {
  it('splits English text with Chinese names into runs', () => {
    expect(cjkRuns('Anchored on 天河公园 station (WGS-84).')).toEqual([
      { text: 'Anchored on ', zh: false },
      { text: '天河公园', zh: true },
      { text: ' station (WGS-84).', zh: false },
    ]);
    expect(cjkRuns('《广深科技创新走廊规划》（2017）')).toEqual([
      { text: '《广深科技创新走廊规划》（', zh: true },
      { text: '2017', zh: false },
      { text: '）', zh: true },
    ]);
    expect(hasCjk('Wealth Town (温泉财富小镇?)')).toBe(true);
    expect(hasCjk('Wealth Town')).toBe(false);
  });
});

describe('englishProse', () => {
  it('finds runs of two or more Latin words', () => {
    expect(englishProse('放在石井站以北 about 1.5 km of the lake')).toEqual(['km of the lake']);
    expect(englishProse('no site found。district from name')).toEqual(['no site found', 'district from name']);
    expect(englishProse('香港科技大学（Hong Kong）')).toEqual(['Hong Kong']);
  });
  it('leaves codes, ids, paths, URLs and single words alone', () => {
    for (const s of [
      'GitHub 仓库 HKUST-Trans-Lab/China-Metro-Info 的 guangzhou_Metro.json（百度 BD-09 站点坐标）',
      '以 WGS-84 为准',
      '百度 POI 坐标 113.1, 23.1',
      '见 https://ppfocus.com/0/sc255b8b9.html 所列',
      'A1-T4 行动，gz-section-01 段',
      '地铁21号线 km²',
    ])
      expect(englishProse(s), s).toEqual([]);
  });
});

describe('numerals', () => {
  it('writes the plan’s numerals as digits for English readers', () => {
    expect(numeralToDigits('一')).toBe('1');
    expect(numeralToDigits('八')).toBe('8');
    expect(numeralToDigits('3')).toBe('3');
    expect(numeralIn('七', 'zh')).toBe('七');
    expect(numeralIn('七', 'en')).toBe('7');
    expect(actionNumeralsToDigits('because Action 七 says so; Actions 一 and 三')).toBe('because Action 7 says so; Actions 1 and 三');
    // a Chinese word after "Action" is not a numeral
    expect(actionNumeralsToDigits('Action 一流 universities')).toBe('Action 一流 universities');
  });
});
