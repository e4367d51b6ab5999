// src/geo/gcj02.ts: the public GCJ-02 ⇄ WGS-84 transform used to bring AMap boundaries to WGS-84.
import { describe, it, expect } from 'vitest';
import { wgs84ToGcj02, gcj02ToWgs84, outOfChina, type LonLat } from '../../src/geo/gcj02.ts';

const GUANGZHOU: LonLat[] = [
  [113.3245, 23.1064], // Canton Tower
  [113.299, 23.392], // Baiyun airport terminal
  [113.58, 22.78], // Nansha
  [113.2644, 23.1291], // city centre
  [113.586, 23.548], // Conghua
  [113.829, 23.29], // Zengcheng
];

describe('wgs84ToGcj02', () => {
  it('shifts Canton Tower by about +0.0054° lon and −0.0026° lat', () => {
    const [lon, lat] = wgs84ToGcj02([113.3245, 23.1064]);
    expect(Math.abs(lon - 113.3245 - 0.0054)).toBeLessThan(0.0003);
    expect(Math.abs(lat - 23.1064 - -0.0026)).toBeLessThan(0.0003);
  });

  it('matches the published reference vector (wandergis/coordtransform README: Tiananmen)', () => {
    const [lon, lat] = wgs84ToGcj02([116.404, 39.915]);
    expect(lon).toBeCloseTo(116.41024449916938, 10);
    expect(lat).toBeCloseTo(39.91640428150164, 10);
  });

  it('leaves a point outside China unchanged (Tokyo)', () => {
    expect(outOfChina([139.69, 35.68])).toBe(true);
    expect(wgs84ToGcj02([139.69, 35.68])).toEqual([139.69, 35.68]);
    expect(gcj02ToWgs84([139.69, 35.68])).toEqual([139.69, 35.68]);
  });
});

describe('gcj02ToWgs84', () => {
  it.each(GUANGZHOU)('inverts wgs84ToGcj02 at (%d, %d) to within 1e-6°', (lon, lat) => {
    const gcj = wgs84ToGcj02([lon, lat]);
    expect(Math.hypot(gcj[0] - lon, gcj[1] - lat)).toBeGreaterThan(0.005); // there is an offset to undo
    const [wLon, wLat] = gcj02ToWgs84(gcj);
    expect(Math.abs(wLon - lon)).toBeLessThan(1e-6);
    expect(Math.abs(wLat - lat)).toBeLessThan(1e-6);
  });

  it('moves a GCJ-02 point west-north-west, back by about the forward offset', () => {
    const [lon, lat] = gcj02ToWgs84([113.33, 23.1038]);
    expect(lon - 113.33).toBeCloseTo(-0.0054, 3);
    expect(lat - 23.1038).toBeCloseTo(0.0026, 3);
  });
});
