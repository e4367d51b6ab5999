import { describe, it, expect } from 'vitest';
import { linkLine, sortTerms } from '../../src/plan/readerLinks.ts';

const terms = sortTerms([
  { term: '广州科学城', placeId: 'science-city' },
  { term: '广州南沙科学城', placeId: 'nansha' },
  { term: '中新广州知识城', placeId: 'kc' },
  { term: '城', placeId: 'too-short' },
]);

describe('linkLine', () => {
  it('links every name, longest first, without overlaps', () => {
    expect(linkLine('加快推进中新广州知识城、广州科学城、广州南沙科学城', terms)).toEqual([
      { text: '加快推进' },
      { text: '中新广州知识城', placeId: 'kc' },
      { text: '、' },
      { text: '广州科学城', placeId: 'science-city' },
      { text: '、' },
      { text: '广州南沙科学城', placeId: 'nansha' },
    ]);
  });
  it('leaves a line without names as one text segment, and keeps hostile text as text', () => {
    expect(linkLine('<img src=x onerror=alert(1)>', terms)).toEqual([{ text: '<img src=x onerror=alert(1)>' }]);
    expect(linkLine('', terms)).toEqual([]);
  });
  it('drops one-character terms', () => {
    expect(terms.map((t) => t.placeId)).not.toContain('too-short');
  });
});
