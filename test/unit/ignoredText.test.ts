import { describe, it, expect } from 'vitest';
import { ignoredText } from '../../src/ui/ignoredText.ts';
import { parseHash } from '../../src/state/urlState.ts';

describe('ignoredText', () => {
  it('keeps English notes as they are', () => {
    expect(ignoredText('kinds: unknown "zzz"', 'en')).toBe('kinds: unknown "zzz"');
  });
  it('puts the store\'s notes in Chinese, keeping keys and values', () => {
    expect(ignoredText('kinds: unknown "zzz"', 'zh')).toBe('kinds：未知的值 "zzz"');
    expect(ignoredText('kinds: unknown "a", "b", "c" (+37)', 'zh')).toBe('kinds：未知的值 "a", "b", "c"，另有 37 项');
    expect(ignoredText('select: no feature "nowhere"', 'zh')).toBe('select：没有名为 "nowhere" 的地点');
  });
  it('has a Chinese text for every note the URL parser writes (no English left)', () => {
    const hostile = '#select=<x>&view=NaN,1,2&view=1,1,1&lang=fr&mode=x&basemap=y&line=0&chapter=x&autoplay=2&q=%20&kinds=%E0%A4%A,<a>&junk=1&%E0%A4%A=1&=3&districts=abc'
      + `&units=${Array.from({ length: 60 }, (_, i) => `u${i}`).join(',')}&focus=${'x'.repeat(100)}`;
    const { ignored } = parseHash(hostile);
    expect(ignored.length).toBeGreaterThan(10);
    for (const note of ignored) {
      const zh = ignoredText(note, 'zh');
      // Only keys (and the user's own text) stay Latin: the part after the key has no English word.
      const reason = zh.slice(zh.indexOf('：') + 1).replace(/"[^"]*"/g, '').replace(/explore|districts|present|offline|online|zh|en/g, '');
      expect(reason, note).not.toMatch(/[a-z]{3,}/i);
      expect(zh, note).not.toBe(`${note.split(': ')[0]}：无效`);
    }
  });
});
