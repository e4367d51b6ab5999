import { describe, it, expect } from 'vitest';
import { makeSeedText, phraseInRange, numberInRange, findPhrase, flatRange, formatPlanNumber, figuresInRange } from '../../src/data/seedText.ts';

const raw = ['加快推进中新广州知识城、广州南', '', '沙科学城建设。', ' 14 ', '2019 年达 1.14 万家，2021 年 20 家', '1～2 家'].join('\n');
const seed = makeSeedText(raw);

describe('seedText', () => {
  it('joins a phrase the PDF broke across lines, skipping blank lines', () => {
    expect(phraseInRange(seed, '广州南沙科学城', 1, 3)).toBe(true);
    expect(phraseInRange(seed, '广州南沙科学城', 1, 1)).toBe(false);
  });
  it('drops page-number lines', () => {
    expect(flatRange(seed, 3, 5).startsWith('沙科学城建设。2019年')).toBe(true);
    expect(numberInRange(seed, 14, 1, 4)).toBe(false);
  });
  it('finds numbers only as whole numbers', () => {
    expect(numberInRange(seed, 1.14, 5, 5)).toBe(true);
    expect(numberInRange(seed, 20, 5, 5)).toBe(true);
    expect(numberInRange(seed, 201, 5, 5)).toBe(false);
    expect(numberInRange(seed, 1.1, 5, 5)).toBe(false);
    expect(numberInRange(seed, 14, 5, 5)).toBe(false);
    expect(numberInRange(seed, 2, 5, 5)).toBe(false);
    expect(numberInRange(seed, [1, 2], 6, 6)).toBe(true);
    expect(formatPlanNumber([1, 2])).toBe('1～2');
  });
  it('reports every occurrence with its line span', () => {
    expect(findPhrase(seed, '广州南沙科学城')).toEqual([[1, 3]]);
    expect(findPhrase(seed, '家')).toEqual([
      [5, 5],
      [5, 5],
      [6, 6],
    ]);
  });
});

describe('figuresInRange', () => {
  it('lists the figures of lines, without years, with 零的突破 as 0', () => {
    const seed = makeSeedText(
      ['到 2021 年末，力争筹建国家实验室 1 家、建设', '中心 1～2 家，实现国家大科学装臵零的突破；', '超过 237 个，高新技术企业 1.2 万家。'].join('\n'),
    );
    expect(figuresInRange(seed, 1, 3)).toEqual([
      { value: 1, line: 1, text: '1' },
      { value: [1, 2], line: 2, text: '1～2' },
      { value: 0, line: 2, text: '零' },
      { value: 237, line: 3, text: '237' },
      { value: 1.2, line: 3, text: '1.2' },
    ]);
    expect(numberInRange(seed, 0, 2, 2)).toBe(true);
    expect(numberInRange(seed, 0, 1, 1)).toBe(false);
  });
});
