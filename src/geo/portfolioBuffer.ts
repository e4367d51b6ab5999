// The area within a radius of the user's companies, to draw on the map. Two ways, by size:
// - up to `maxCircles` distinct companies: a circle per company (turf.circle) and their union
//   (turf.union) — exact to the circle's 32 vertices (within 0.5% of the radius);
// - more (a 200,000-row layer): the union of many thousand circles takes tens of seconds, so the area
//   is rasterised instead: a grid of cells a 16th to a 4th of the radius wide (finer for fewer
//   companies), each cell whose centre lies within the radius of a company's cell centre marked, and
//   the marked cells written as rectangles (runs along a row, merged down the rows). Rectangles never overlap, so a translucent fill does not
//   darken where they meet; the outline is within `snapKm` of the exact one (a cell's diagonal),
//   which the result carries and the panel says.
// Pure: no DOM; run in the worker with the analysis.
import { circle, union, featureCollection } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';

export interface BufferResult {
  /** The area (null: no companies). */
  area: Feature<Polygon | MultiPolygon> | null;
  /** 'circles': exact; 'grid': rasterised (see snapKm). */
  method: 'circles' | 'grid';
  /** How far the outline may be from the exact one, in km (0: exact). */
  snapKm: number;
}

const KM_PER_DEG_LAT = 110.574;
const kmPerDegLon = (lat: number) => 111.32 * Math.cos((lat * Math.PI) / 180);

/** The distinct points, up to `max` + 1 of them (more than `max`: too many for circles). */
export function distinctPoints(lon: ArrayLike<number>, lat: ArrayLike<number>, max: number): Array<[number, number]> {
  const seen = new Map<string, [number, number]>();
  for (let i = 0; i < lon.length && seen.size <= max; i++) seen.set(`${lon[i]},${lat[i]}`, [lon[i]!, lat[i]!]);
  return [...seen.values()];
}

function circlesUnion(
  centres: ReadonlyArray<[number, number]>,
  radiusKm: number,
  steps: number,
  onProgress?: (f: number) => void,
): Feature<Polygon | MultiPolygon> | null {
  const BATCH = 50;
  let level: Array<Feature<Polygon | MultiPolygon>> = [];
  for (let b = 0; b < centres.length; b += BATCH) {
    const batch = centres.slice(b, b + BATCH).map((c) => circle(c, radiusKm, { steps, units: 'kilometers' }));
    const u = batch.length === 1 ? batch[0]! : union(featureCollection(batch));
    if (u) level.push(u);
    onProgress?.(Math.min(1, (b + BATCH) / centres.length) * 0.8);
  }
  // The batches' unions, joined pairwise.
  while (level.length > 1) {
    const next: Array<Feature<Polygon | MultiPolygon>> = [];
    for (let i = 0; i < level.length; i += 2) {
      const a = level[i]!,
        b = level[i + 1];
      next.push(b ? (union(featureCollection([a, b])) ?? a) : a);
    }
    level = next;
  }
  return level[0] ?? null;
}

/**
 * Cells per radius: finer for fewer points. Scattered companies make a few rectangles per row of each
 * disc, so the finest grid for 100,000 of them would hand the map hundreds of thousands of rectangles.
 */
export const gridFineness = (n: number): number => (n <= 5000 ? 16 : n <= 50000 ? 8 : 4);

/** The rasterised area: rectangles of marked cells. Exported for the tests. */
export function gridArea(
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
  radiusKm: number,
  cellsPerRadius = gridFineness(lon.length),
): { polygons: Position[][][]; snapKm: number } {
  const n = lon.length;
  let minX = Infinity,
    minY = Infinity,
    maxX = -Infinity,
    maxY = -Infinity;
  for (let i = 0; i < n; i++) {
    minX = Math.min(minX, lon[i]!);
    maxX = Math.max(maxX, lon[i]!);
    minY = Math.min(minY, lat[i]!);
    maxY = Math.max(maxY, lat[i]!);
  }
  const perLon = Math.max(1, kmPerDegLon((minY + maxY) / 2));
  // At most ~1 million cells: a layer spread over a province gets coarser cells.
  const spanKm = Math.max((maxX - minX) * perLon, (maxY - minY) * KM_PER_DEG_LAT) + 2 * radiusKm;
  const cellKm = Math.max(radiusKm / cellsPerRadius, spanKm / 1000);
  const dX = cellKm / perLon,
    dY = cellKm / KM_PER_DEG_LAT;
  const reach = Math.ceil(radiusKm / cellKm);
  const x0 = Math.floor(minX / dX) - reach,
    y0 = Math.floor(minY / dY) - reach;
  const W = Math.floor(maxX / dX) + reach - x0 + 1,
    H = Math.floor(maxY / dY) + reach - y0 + 1;
  // The disc of cells round a cell: offsets whose centres are within the radius.
  const disc: Array<[number, number]> = [];
  for (let dy = -reach; dy <= reach; dy++) for (let dx = -reach; dx <= reach; dx++) if (Math.hypot(dx, dy) * cellKm <= radiusKm) disc.push([dx, dy]);
  const company = new Uint8Array(W * H);
  const mark = new Uint8Array(W * H);
  for (let i = 0; i < n; i++) {
    const cx = Math.floor(lon[i]! / dX) - x0,
      cy = Math.floor(lat[i]! / dY) - y0;
    if (company[cy * W + cx]) continue;
    company[cy * W + cx] = 1;
    for (const [dx, dy] of disc) mark[(cy + dy) * W + cx + dx] = 1;
  }
  // Runs along each row; a run with the same ends as one open from the row below extends it.
  const polygons: Position[][][] = [];
  let open = new Map<string, { a: number; b: number; from: number }>();
  const close = (r: { a: number; b: number; from: number }, to: number) => {
    const xa = (x0 + r.a) * dX,
      xb = (x0 + r.b) * dX,
      ya = (y0 + r.from) * dY,
      yb = (y0 + to) * dY;
    polygons.push([
      [
        [xa, ya],
        [xb, ya],
        [xb, yb],
        [xa, yb],
        [xa, ya],
      ],
    ]);
  };
  for (let y = 0; y <= H; y++) {
    const next = new Map<string, { a: number; b: number; from: number }>();
    if (y < H) {
      for (let x = 0; x < W; x++) {
        if (!mark[y * W + x]) continue;
        const a = x;
        while (x < W && mark[y * W + x]) x++;
        const k = `${a},${x}`;
        next.set(k, open.get(k) ?? { a, b: x, from: y });
        open.delete(k);
      }
    }
    for (const r of open.values()) close(r, y);
    open = next;
  }
  return { polygons, snapKm: cellKm * Math.SQRT2 };
}

/**
 * The area within `radiusKm` of the points. `onProgress(fraction)` as the work goes on.
 * @param maxCircles above this many distinct points, the grid (default 300).
 */
export function portfolioBuffer(
  lon: ArrayLike<number>,
  lat: ArrayLike<number>,
  radiusKm: number,
  opts: { maxCircles?: number; steps?: number; onProgress?: (fraction: number) => void } = {},
): BufferResult {
  if (lon.length === 0) return { area: null, method: 'circles', snapKm: 0 };
  const max = opts.maxCircles ?? 300;
  const centres = distinctPoints(lon, lat, max);
  const props = { radius_km: radiusKm, method: centres.length <= max ? 'circles' : 'grid' };
  if (centres.length <= max) {
    const area = circlesUnion(centres, radiusKm, opts.steps ?? 32, opts.onProgress);
    opts.onProgress?.(1);
    return { area: area && { ...area, properties: props }, method: 'circles', snapKm: 0 };
  }
  const { polygons, snapKm } = gridArea(lon, lat, radiusKm);
  opts.onProgress?.(1);
  return { area: { type: 'Feature', properties: props, geometry: { type: 'MultiPolygon', coordinates: polygons } }, method: 'grid', snapKm };
}
