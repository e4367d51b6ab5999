import { describe, it, expect } from 'vitest';
import { BUFFER_KM, RADIUS_KM, clampKm, kmOptions } from '../../src/geo/kmChoices.ts';

describe('kmChoices', () => {
  it('brings a distance into its range, to 0.1 km, and a non-number to the initial value', () => {
    expect([clampKm(RADIUS_KM, 0), clampKm(RADIUS_KM, 2.345), clampKm(RADIUS_KM, 50), clampKm(RADIUS_KM, Number.NaN)]).toEqual([0.1, 2.3, 20, 3]);
    expect([clampKm(BUFFER_KM, 0.1), clampKm(BUFFER_KM, 7.77), clampKm(BUFFER_KM, 99), clampKm(BUFFER_KM, Number.POSITIVE_INFINITY)]).toEqual([
      0.5, 7.8, 10, 2,
    ]);
  });
  it('offers the choices and a current value that is none of them, in order, once', () => {
    expect(kmOptions(RADIUS_KM, 3)).toEqual([1, 3, 5, 10, 20]);
    expect(kmOptions(RADIUS_KM, 2.5)).toEqual([1, 2.5, 3, 5, 10, 20]);
    expect(kmOptions(BUFFER_KM, 7)).toEqual([0.5, 1, 2, 5, 7, 10]);
  });
});
