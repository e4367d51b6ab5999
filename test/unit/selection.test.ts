// Choosing a place outside the focus ends the focus (src/state/selection.ts).
import { describe, expect, it } from 'vitest';
import { afterSelect } from '../../src/state/selection.ts';

const a3 = { places: ['p1', 'p2'], corridors: ['c1'] };

describe('afterSelect', () => {
  it('keeps the focus for a place or segment it concerns', () => {
    expect(afterSelect('A3', a3, 'p2')).toEqual({ select: 'p2', focus: 'A3' });
    expect(afterSelect('A3', a3, 'c1')).toEqual({ select: 'c1', focus: 'A3' });
  });
  it('ends the focus for a place outside it', () => {
    expect(afterSelect('A3', a3, 'knowledge-city')).toEqual({ select: 'knowledge-city', focus: undefined });
  });
  it('leaves the focus alone when nothing is chosen, and selects freely without a focus', () => {
    expect(afterSelect('A3', a3, undefined)).toEqual({ select: undefined, focus: 'A3' });
    expect(afterSelect(undefined, undefined, 'p9')).toEqual({ select: 'p9', focus: undefined });
  });
});
