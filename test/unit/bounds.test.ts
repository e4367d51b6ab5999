// Boxes for framing: the union of two boxes (src/geo/bounds.ts).
import { describe, it, expect } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { boundsOf, unionBounds, withSurroundings, GUANGZHOU_BOUNDS, GUANGZHOU_PLACE_LIMITS, type Bounds } from '../../src/geo/bounds.ts';
import { readText } from '../../scripts/lib/repoData.ts';

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
    const boxes: Bounds[] = [
      [1, 1, 2, 2],
      [0, 3, 0, 3],
      [5, 0, 6, 1],
    ];
    expect(boxes.reduce(unionBounds, empty)).toEqual([0, 0, 6, 3]);
  });
});

describe('the two boxes of Guangzhou', () => {
  const inside = (inner: Bounds, outer: Bounds) => inner[0] >= outer[0] && inner[1] >= outer[1] && inner[2] <= outer[2] && inner[3] <= outer[3];
  it('frame the city (GUANGZHOU_BOUNDS) inside the looser limits a Guangzhou place is checked against', () => {
    const districts = boundsOf((JSON.parse(readText('data/districts.geojson')) as FeatureCollection).features)!;
    expect(inside(districts, GUANGZHOU_PLACE_LIMITS)).toBe(true);
    expect(inside(GUANGZHOU_BOUNDS, GUANGZHOU_PLACE_LIMITS)).toBe(true);
    // the view box is the districts' own extent, to ~0.03°
    districts.forEach((v, i) => expect(Math.abs(v - GUANGZHOU_BOUNDS[i]!)).toBeLessThan(0.035));
  });
});

describe('withSurroundings', () => {
  it('grows a box around its centre, so the area sits within the frame', () => {
    expect(withSurroundings([0, 0, 2, 2], 3)).toEqual([-2, -2, 4, 4]);
    expect(withSurroundings([10, 20, 11, 22], 1)).toEqual([10, 20, 11, 22]);
  });
});
