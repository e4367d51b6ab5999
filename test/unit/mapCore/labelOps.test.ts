// Labels' language and size as layout ops (src/map/core/labelOps.ts).
import { describe, expect, it } from 'vitest';
import { labelLanguageOps, labelSizeOps } from '../../../src/map/core/labelOps.ts';
import { LABEL_LAYERS, glyphField, nameField } from '../../../src/map/style.ts';

describe('labelLanguageOps', () => {
  it('writes every label’s text and the points’ kind characters in the language', () => {
    for (const lang of ['zh', 'en'] as const) {
      const ops = labelLanguageOps(lang);
      expect(ops).toEqual([
        ...LABEL_LAYERS.map((layer) => ({ op: 'layout', layer, name: 'text-field', value: nameField(lang) })),
        { op: 'layout', layer: 'points-glyph', name: 'text-field', value: glyphField(lang) },
      ]);
    }
    expect(JSON.stringify(labelLanguageOps('en')[0])).toContain('label_en');
  });
});

describe('labelSizeOps', () => {
  it('keeps the base sizes at scale 1 and scales them for a room', () => {
    const at = (scale: number) => Object.fromEntries(labelSizeOps(scale).map((o) => [o.op === 'layout' && o.layer, o.op === 'layout' && o.value]));
    expect(at(1)['gba-label']).toBe(14);
    expect(at(2)['gba-label']).toBe(28);
    expect(at(1.5)['district-label']).toBe(19.5);
    // An expression is multiplied, not rewritten.
    expect(at(2)['points-label']).toEqual(['*', 2, at(1)['points-label']]);
    expect(labelSizeOps(1).every((o) => o.op === 'layout' && o.name === 'text-size')).toBe(true);
  });
});
