// Boxes for framing: the union of two boxes (src/geo/bounds.ts).
import { describe, it, expect } from 'vitest';
import { unionBounds, type Bounds } from '../../src/geo/bounds.ts';

describe('unionBounds', () => {
  it('holds both boxes, whichever side each one reaches further', () => {
    expect(unionBounds([0, 0, 1, 1], [2, -1, 3, 0.5])).toEqual([0, -1, 3, 1]);
    expect(unionBounds([2, -1, 3, 0.5], [0, 0, 1, 1])).toEqual([0, -1, 3, 1]);
  });
  it('returns the outer box when one holds the other, and a point grows a box to reach it', () => {
    expect(unionBounds([113, 22.5, 114, 23.9], [113.2, 23, 113.3, 23.1])).toEqual([113, 22.5, 114, 23.9]);
    expect(unionBounds([113, 23, 113.1, 23.1], [114.2, 22.3, 114.2, 22.3])).toEqual([113, 22.3, 114.2, 23.1]);
  });
  it('leaves an empty start box ([∞, ∞, −∞, −∞]) to the other box, so boxes can be reduced from it', () => {
    const empty: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
    expect(unionBounds(empty, [1, 2, 3, 4])).toEqual([1, 2, 3, 4]);
    const boxes: Bounds[] = [[1, 1, 2, 2], [0, 3, 0, 3], [5, 0, 6, 1]];
    expect(boxes.reduce(unionBounds, empty)).toEqual([0, 0, 6, 3]);
  });
});
