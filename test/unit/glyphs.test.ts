import { describe, it, expect } from 'vitest';
import { KINDS, KIND_IDS, glyphOf } from '../../src/plan/kinds.ts';
import { glyphField } from '../../src/map/style.ts';

describe('map symbols in the UI language', () => {
  it('English symbols are Latin letters or signs, one per kind, never Chinese', () => {
    const en = KIND_IDS.map((k) => glyphOf(k, 'en'));
    for (const g of en) expect(g).toMatch(/^[A-Z¥]$/);
    expect(new Set(en).size).toBe(KIND_IDS.length);
    expect(glyphOf('lab', 'zh')).toBe(KINDS.lab.glyph);
  });
  it('the map style draws them by language', () => {
    expect(JSON.stringify(glyphField('en'))).not.toMatch(/[\u3400-\u9fff]/);
    expect(JSON.stringify(glyphField('zh'))).toContain('实');
  });
});
