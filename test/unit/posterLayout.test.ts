// src/ui/posterLayout.ts: the poster's legends laid out from measured text — no entry over another, in
// either language, at a phone's, a laptop's and a 4K screen's poster width (3× the map), long labels wrapped.
import { describe, it, expect } from 'vitest';
import { layoutLegend, wrapText, overlaps, type LegendBlock, type Measure } from '../../src/ui/posterLayout.ts';
import { KINDS, CORRIDORS } from '../../src/plan/kinds.ts';

/** A stand-in for canvas measureText at `unit` px: a CJK character is 1 em, anything else 0.6 em (bold 5 % wider). */
const fakeMeasure =
  (unit: number): Measure =>
  (s, bold) =>
    [...s].reduce((w, ch) => w + (/[\u2E80-\u9FFF\uFF00-\uFFEF]/u.test(ch) ? 1 : 0.6), 0) * unit * (bold ? 1.05 : 1);

const blocksIn = (lang: 'zh' | 'en'): LegendBlock[] => [
  { id: 'kinds', labels: Object.values(KINDS).map((k) => k[lang]) },
  { id: 'corridors', labels: Object.values(CORRIDORS).map((c) => c[lang]) },
  {
    id: 'classes',
    title: lang === 'en' ? 'Research institutes per district (stated classes)' : '各区科研院所数量（分级）',
    labels: ['0', '1–2', '3–5', '6–10', '11–20'],
  },
];

// Poster widths: 3× the map of a 390 px phone, a 1440 px laptop (map beside the panel) and a 3840 px screen.
const WIDTHS = [390 * 3, 1000 * 3, 3840 * 3];

describe('layoutLegend', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const width of WIDTHS) {
      it(`places every entry apart and inside the image (${lang}, ${width} px)`, () => {
        const unit = Math.max(12, Math.round(width / 90));
        const measure = fakeMeasure(unit);
        const { boxes, bottom } = layoutLegend(blocksIn(lang), { width, unit, top: 1000 }, measure);
        expect(boxes.length).toBe(Object.keys(KINDS).length + Object.keys(CORRIDORS).length + 1 + 5);
        for (let i = 0; i < boxes.length; i++) {
          const a = boxes[i]!;
          expect(a.x).toBeGreaterThanOrEqual(0);
          expect(a.x + a.w).toBeLessThanOrEqual(width);
          expect(a.y + a.h).toBeLessThanOrEqual(bottom);
          // Every line of the label fits its box (its text starts after the swatch).
          for (const l of a.lines) expect(a.textX + measure(l.text, a.index < 0)).toBeLessThanOrEqual(a.x + a.w + 0.01);
          for (let j = i + 1; j < boxes.length; j++)
            expect(overlaps(a, boxes[j]!), `${a.block}[${a.index}] over ${boxes[j]!.block}[${boxes[j]!.index}]`).toBe(false);
        }
        // Nothing of a label is lost to the wrapping.
        const corridorText = boxes.filter((b) => b.block === 'corridors').map((b) => b.lines.map((l) => l.text).join(lang === 'en' ? ' ' : ''));
        expect(corridorText).toEqual(Object.values(CORRIDORS).map((c) => c[lang]));
      });
    }
  }

  it('lays the English corridor legend apart where the fixed 16-unit columns drew it over itself', () => {
    const width = 1280 * 3;
    const unit = Math.round(width / 90);
    const { boxes } = layoutLegend([{ id: 'corridors', labels: Object.values(CORRIDORS).map((c) => c.en) }], { width, unit, top: 0 }, fakeMeasure(unit));
    const first = boxes[0]!;
    // The old layout started the next entry 16 units on, but the first label alone is wider than that.
    expect(first.w).toBeGreaterThan(unit * 16);
    expect(boxes[1]!.x >= first.x + first.w || boxes[1]!.y >= first.y + first.h).toBe(true);
  });
});

describe('wrapText', () => {
  const m = (s: string) => s.length * 10;
  it('breaks English between words and CJK between characters', () => {
    expect(wrapText('Guangzhou section of the corridor', 120, m)).toEqual(['Guangzhou', 'section of', 'the corridor']);
    expect(wrapText('广深港澳科技创新走廊广州段', 50, m)).toEqual(['广深港澳科', '技创新走廊', '广州段']);
  });
  it('breaks a word wider than the line, and keeps short text on one line', () => {
    expect(wrapText('abcdefghij', 40, m)).toEqual(['abcd', 'efgh', 'ij']);
    expect(wrapText('Finance', 200, m)).toEqual(['Finance']);
    expect(wrapText('', 200, m)).toEqual(['']);
  });
});
