// The three datums Chinese business data comes in, and their conversion to WGS-84 (the project's datum).
//
// Why: AMap and Tencent publish GCJ-02, Baidu publishes BD-09; taken as WGS-84 they land 300–1,200 m off
// around Guangzhou, often in the wrong district. BD-09 is GCJ-02 with a further polar offset (Baidu's
// published formula, x_pi = π·3000/180); its inverse below is the one every reference implementation uses
// (good to ~1e-6°). GCJ-02 ⇄ WGS-84 lives in gcj02.ts. Pure.
//
//   bd09ToGcj02([116.404, 39.915]) // ≈ [116.397627, 39.908657]
//   toWgs84('bd09', [113.33, 23.11]) // GCJ-02 first, then the iterative GCJ-02 → WGS-84
import { gcj02ToWgs84, wgs84ToGcj02, type LonLat } from './gcj02.ts';

export type Datum = 'wgs84' | 'gcj02' | 'bd09';
export const DATUMS: readonly Datum[] = ['wgs84', 'gcj02', 'bd09'];
export const isDatum = (v: unknown): v is Datum => v === 'wgs84' || v === 'gcj02' || v === 'bd09';

const X_PI = (Math.PI * 3000.0) / 180.0;

/** BD-09 → GCJ-02. */
export function bd09ToGcj02([lon, lat]: LonLat): [number, number] {
  const x = lon - 0.0065;
  const y = lat - 0.006;
  const z = Math.sqrt(x * x + y * y) - 0.00002 * Math.sin(y * X_PI);
  const theta = Math.atan2(y, x) - 0.000003 * Math.cos(x * X_PI);
  return [z * Math.cos(theta), z * Math.sin(theta)];
}

/** GCJ-02 → BD-09. */
export function gcj02ToBd09([lon, lat]: LonLat): [number, number] {
  const z = Math.sqrt(lon * lon + lat * lat) + 0.00002 * Math.sin(lat * X_PI);
  const theta = Math.atan2(lat, lon) + 0.000003 * Math.cos(lon * X_PI);
  return [z * Math.cos(theta) + 0.0065, z * Math.sin(theta) + 0.006];
}

export const bd09ToWgs84 = (p: LonLat): [number, number] => gcj02ToWgs84(bd09ToGcj02(p));
export const wgs84ToBd09 = (p: LonLat): [number, number] => gcj02ToBd09(wgs84ToGcj02(p));

/** A point given in `datum`, in WGS-84. */
export function toWgs84(datum: Datum, p: LonLat): [number, number] {
  if (datum === 'gcj02') return gcj02ToWgs84(p);
  if (datum === 'bd09') return bd09ToWgs84(p);
  return [p[0], p[1]];
}

/** A WGS-84 point in `datum` (for generating test data and for checks). */
export function fromWgs84(datum: Datum, p: LonLat): [number, number] {
  if (datum === 'gcj02') return wgs84ToGcj02(p);
  if (datum === 'bd09') return wgs84ToBd09(p);
  return [p[0], p[1]];
}
