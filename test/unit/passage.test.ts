import { describe, it, expect } from 'vitest';
import { sentencePassage, englishPassage, englishOf } from '../../src/plan/passage.ts';

// A small fixture in the seed's own layout: text lines, blank lines between, a page number.
const seed = [
  '1.工作目标。 ', //1
  '', //2
  '科学谋划广州创新合作片区空间布局。围绕创新中心建设', //3
  '', //4
  '总体要求，加快推进中新广州知识城、广州科学城、广州南', //5
  '14', //6
  '沙科学城等“三城一区”建设；高质量推进走廊', //7
  '', //8
  '“四核”建设，优化格局。', //9
  '2.主要任务。', //10
];

describe('sentencePassage', () => {
  it('widens one line cut mid-phrase to the whole clause that names the place', () => {
    const p = sentencePassage(seed, [5, 5], '广州科学城');
    expect(p.text).toBe('围绕创新中心建设总体要求，加快推进中新广州知识城、广州科学城、广州南沙科学城等“三城一区”建设；');
    expect(p.lines).toEqual([3, 7]);
    // The reader opens where the name stands, not where the sentence starts.
    expect(p.at).toBe(5);
  });
  it('finds a name the PDF broke across lines and a page number', () => {
    const p = sentencePassage(seed, [5, 7], '广州南沙科学城');
    expect(p.text).toContain('广州南沙科学城');
    expect(p.text.endsWith('；')).toBe(true);
    expect(p.text).not.toContain('14');
  });
  it('without an anchor, takes the sentences the range touches', () => {
    const p = sentencePassage(seed, [7, 9]);
    expect(p.text).toBe('围绕创新中心建设总体要求，加快推进中新广州知识城、广州科学城、广州南沙科学城等“三城一区”建设；高质量推进走廊“四核”建设，优化格局。');
    expect(p.lines).toEqual([3, 9]);
    expect(p.at).toBe(3);
  });
  it('keeps a range that is already a whole sentence as it is', () => {
    expect(sentencePassage(seed, [1, 1])).toEqual({ lines: [1, 1], text: '1.工作目标。', at: 1 });
    expect(sentencePassage(seed, [10, 10])).toEqual({ lines: [10, 10], text: '2.主要任务。', at: 10 });
  });
  it('starts after a boundary inside the first line', () => {
    expect(sentencePassage(seed, [3, 3], '围绕').text.startsWith('围绕创新中心')).toBe(true);
    expect(sentencePassage(seed, [3, 3], '空间布局').text).toBe('科学谋划广州创新合作片区空间布局。');
  });
  it('stops growing after a few lines when no boundary comes, and survives odd input', () => {
    const long = Array.from({ length: 40 }, (_, i) => `第${i + 1}行没有句号`);
    const p = sentencePassage(long, [20, 20]);
    expect(p.lines[0]).toBeGreaterThanOrEqual(8);
    expect(p.lines[1]).toBeLessThanOrEqual(32);
    expect(sentencePassage(seed, [99, 100])).toEqual({ lines: [99, 100], text: '', at: 99 });
    expect(sentencePassage(seed, [2, 2])).toEqual({ lines: [2, 2], text: '', at: 2 });
  });
});

describe('englishPassage', () => {
  const en = ['Speed up building the Guangdong-', '', 'Hong Kong-Macao centre, and', ' 14 ', '  more. (Responsible units: X)', 'Next task.'];
  it('takes the whole lines of the range, blank and page-number lines dropped, a hyphen break joined', () => {
    expect(englishPassage(en, [1, 5])).toEqual({
      lines: [1, 5],
      at: 1,
      text: 'Speed up building the Guangdong-Hong Kong-Macao centre, and more. (Responsible units: X)',
    });
  });
  it('keeps the line numbers of the Chinese passage, in either order', () => {
    expect(englishPassage(en, [6, 5]).lines).toEqual([5, 6]);
    expect(englishPassage(en, [6, 6]).text).toBe('Next task.');
  });
});

describe('englishOf', () => {
  const zh = ['体系不断优化。至 2021 年末，', '合同达 1200 亿元。人才达', '600 人。'];
  const en = ['the system optimised. By the end of 2021,', 'contracts reach 120 billion yuan. Staff reach', '600.'];
  it('cuts the English where the Chinese passage starts or stops inside a line', () => {
    const p = sentencePassage(zh, [1, 2], '1200');
    expect(p.text).toBe('至2021年末，合同达1200亿元。');
    expect(englishOf(zh, en, p)).toEqual({ lines: [1, 2], at: 2, text: 'By the end of 2021, contracts reach 120 billion yuan.' });
  });
  it('a passage widened back into the line before starts after the first sentence end of that line', () => {
    const p = sentencePassage(zh, [3, 3]);
    expect(p.lines).toEqual([2, 3]);
    expect(englishOf(zh, en, p).text).toBe('Staff reach 600.');
  });
  it('keeps a line whole where the passage starts with it, and one with no sentence end', () => {
    const p = sentencePassage(zh, [1, 1], '体系');
    expect(p.text).toBe('体系不断优化。');
    expect(englishOf(zh, en, p).text).toBe('the system optimised.');
    expect(englishPassage(['no end here'], [1, 1], { start: true, end: true }).text).toBe('no end here');
  });
});
