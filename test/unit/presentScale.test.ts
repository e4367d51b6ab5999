// Present mode's one number: the card's em and every map size derived from the screen.
import { describe, it, expect } from 'vitest';
import { presentUnit, presentSizes, contrast, isNarrow } from '../../src/plan/presentScale.ts';
import { PRESENT_LABEL } from '../../src/map/presentPaint.ts';

const SCREENS = [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
  { width: 3840, height: 2160 },
  { width: 1024, height: 768 },
  { width: 2560, height: 1080 },
  { width: 390, height: 844 },
  { width: 5120, height: 2880 },
];

describe('presentUnit', () => {
  it('is the card’s em: 24 px at 1920 × 1080, 48 px at 3840 × 2160, 16 px at 1280 × 720', () => {
    expect(presentUnit({ width: 1920, height: 1080 })).toBe(24);
    expect(presentUnit({ width: 3840, height: 2160 })).toBe(48);
    expect(presentUnit({ width: 1280, height: 720 })).toBe(16);
  });
  it('follows the height on a 4:3 projector and the width on a phone', () => {
    expect(presentUnit({ width: 1024, height: 768 })).toBeCloseTo(17, 0);
    expect(isNarrow({ width: 390, height: 844 })).toBe(true);
    expect(presentUnit({ width: 390, height: 844 })).toBe(15);
  });
  it('survives a zero-sized screen', () => {
    expect(presentUnit({ width: 0, height: 0 })).toBe(16);
    expect(presentSizes({ width: 0, height: 0 }).label).toBeGreaterThan(0);
  });
});

describe('presentSizes', () => {
  it.each(SCREENS)('meets the floors at $width × $height: labels ≥ 2 %, lines ≥ 0.5 % of the height', (s) => {
    const z = presentSizes(s);
    expect(z.label).toBeGreaterThanOrEqual(s.height * 0.02);
    expect(z.subjectLabel).toBeGreaterThan(z.label);
    expect(z.line).toBeGreaterThanOrEqual(s.height * 0.005);
    expect(z.lineLit).toBeGreaterThan(z.line);
    // The subject's ring: a large mark, well beyond a place symbol.
    expect(z.ring).toBeGreaterThanOrEqual(z.point * 3);
  });
  it('gives the issue’s figures at 1080p and 4K', () => {
    expect(presentSizes({ width: 1920, height: 1080 }).label).toBeGreaterThanOrEqual(22);
    expect(presentSizes({ width: 3840, height: 2160 }).label).toBeGreaterThanOrEqual(44);
    expect(presentSizes({ width: 3840, height: 2160 }).line).toBeGreaterThanOrEqual(10.8);
  });
});

describe('label colours', () => {
  it('are at least 4.5:1 against their halo (WCAG AA)', () => {
    for (const c of [PRESENT_LABEL.text, PRESENT_LABEL.district, PRESENT_LABEL.city, PRESENT_LABEL.area]) {
      expect(contrast(c, PRESENT_LABEL.halo)).toBeGreaterThanOrEqual(4.5);
    }
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 1);
  });
});
