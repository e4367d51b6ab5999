import { describe, expect, it } from 'vitest';
import { placeAnchor } from '../../src/plan/placeAnchor.ts';
import type { PlaceFeature } from '../../src/data/appData.ts';

const place = (geometry: PlaceFeature['geometry'], anchor?: [number, number]) =>
  ({ type: 'Feature', geometry, properties: { id: 'p', ...(anchor ? { anchor } : {}) } }) as unknown as PlaceFeature;
const square: PlaceFeature['geometry'] = {
  type: 'Polygon',
  coordinates: [
    [
      [113, 23],
      [113.2, 23],
      [113.2, 23.4],
      [113, 23.4],
      [113, 23],
    ],
  ],
};

describe('where a place is drawn', () => {
  it('is its point, else its polygon’s anchor, else the middle of its box; nowhere without a site', () => {
    expect(placeAnchor(place({ type: 'Point', coordinates: [113.3, 23.1] }))).toEqual([113.3, 23.1]);
    expect(placeAnchor(place(square, [113.05, 23.05]))).toEqual([113.05, 23.05]);
    const mid = placeAnchor(place(square))!;
    expect(mid[0]).toBeCloseTo(113.1);
    expect(mid[1]).toBeCloseTo(23.2);
    expect(placeAnchor(place(null))).toBeNull();
  });
});
