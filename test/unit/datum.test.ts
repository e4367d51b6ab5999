// src/geo/datum.ts: BD-09 ⇄ GCJ-02 ⇄ WGS-84 against published reference vectors and round trips.
import { describe, it, expect } from 'vitest';
import { bd09ToGcj02, gcj02ToBd09, bd09ToWgs84, toWgs84, fromWgs84, isDatum } from '../../src/geo/datum.ts';
import { wgs84ToGcj02 } from '../../src/geo/gcj02.ts';

describe('BD-09', () => {
  // Reference vectors of wandergis/coordtransform (README and tests), also used by many ports.
  it('bd09ToGcj02 matches the reference (Tiananmen)', () => {
    const [lon, lat] = bd09ToGcj02([116.404, 39.915]);
    expect(lon).toBeCloseTo(116.39762729119315, 10);
    expect(lat).toBeCloseTo(39.90865673957631, 10);
  });
  it('gcj02ToBd09 matches the reference (Tiananmen)', () => {
    const [lon, lat] = gcj02ToBd09([116.404, 39.915]);
    expect(lon).toBeCloseTo(116.41036949371029, 10);
    expect(lat).toBeCloseTo(39.92133699351021, 10);
  });
  it('round-trips around Guangzhou to within 1e-5° (~1 m)', () => {
    for (const p of [
      [113.3245, 23.1064],
      [113.58, 22.78],
      [113.829, 23.29],
    ] as const) {
      const back = bd09ToWgs84(fromWgs84('bd09', p));
      expect(Math.abs(back[0] - p[0])).toBeLessThan(1e-5);
      expect(Math.abs(back[1] - p[1])).toBeLessThan(1e-5);
    }
  });
  it('puts Baidu about 1 km from WGS-84 at Canton Tower (twice the GCJ-02 shift)', () => {
    const w = [113.3245, 23.1064] as const;
    const b = fromWgs84('bd09', w);
    const g = wgs84ToGcj02(w);
    const km = (a: readonly number[], c: readonly number[]) => Math.hypot((a[0]! - c[0]!) * 102.4, (a[1]! - c[1]!) * 111.2);
    expect(km(b, w)).toBeGreaterThan(0.9);
    expect(km(b, w)).toBeLessThan(1.5);
    expect(km(g, w)).toBeGreaterThan(0.45);
    expect(km(g, w)).toBeLessThan(0.75);
  });
});

describe('toWgs84', () => {
  it('leaves WGS-84 as is and converts GCJ-02 and BD-09', () => {
    expect(toWgs84('wgs84', [113.3, 23.1])).toEqual([113.3, 23.1]);
    const g = toWgs84('gcj02', wgs84ToGcj02([113.3245, 23.1064]));
    expect(g[0]).toBeCloseTo(113.3245, 6);
    expect(g[1]).toBeCloseTo(23.1064, 6);
  });
  it('knows its datums', () => {
    expect(isDatum('bd09')).toBe(true);
    expect(isDatum('BD09')).toBe(false);
  });
});
