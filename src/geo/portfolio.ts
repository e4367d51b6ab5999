// An investor's portfolio against the plan's places: for each company the nearest target (a hub, lab
// or institute — whatever set of targets the caller passes), how many companies lie within a radius of
// each target, the targets with none (the gaps), and a summary per district. Great-circle distances.
// Pure: no DOM, no map; run in a worker for large layers (src/data/portfolio.worker.ts).
//
// Both sides are indexed with kdbush (a static k-d tree over flat arrays: 200,000 points in a few tens
// of ms, no per-point objects) and queried with geokdbush, which walks that tree by great-circle
// distance: the nearest target of a company is one `around(targets, …, 1)`, the companies within r of
// a target one `around(companies, …, ∞, r)`, instead of companies × targets distances.
import KDBush from 'kdbush';
import { around, distance } from 'geokdbush';
import { RADIUS_KM, clampKm } from './kmChoices.ts';

/** A place companies are measured to. `set` says what it is (hub, lab, institute, institution, …). */
export interface PortfolioTarget {
  id: string;
  set: string;
  lon: number;
  lat: number;
  /** Its district (zh), or null when it has none in Guangzhou. */
  district: string | null;
}

export interface PortfolioInput {
  /** The companies, WGS-84. */
  lon: ArrayLike<number>;
  lat: ArrayLike<number>;
  /** Each company's district (zh), or null outside Guangzhou. */
  districts: ReadonlyArray<string | null>;
  targets: readonly PortfolioTarget[];
  radiusKm: number;
}

export interface TargetCount {
  id: string;
  set: string;
  district: string | null;
  /** Companies within the radius. */
  within: number;
  /** The nearest company's distance in km (null: no companies). */
  nearestKm: number | null;
}

export interface DistrictSummary {
  /** zh name, or null for the companies outside Guangzhou. */
  district: string | null;
  companies: number;
  /** Companies with at least one target within the radius. */
  near: number;
  targets: number;
  /** Targets in this district with no company within the radius. */
  gaps: number;
}

export interface PortfolioResult {
  radiusKm: number;
  /** Per company: index into `targets` of the nearest (-1: no targets). */
  nearest: Int32Array;
  /** Per company: km to the nearest target (NaN: no targets). */
  nearestKm: Float64Array;
  /** Per company: how many targets lie within the radius. */
  targetsWithin: Uint32Array;
  /** Per target, in the order given. */
  perTarget: TargetCount[];
  /** Ids of the targets with no company within the radius. */
  gaps: string[];
  /** Guangzhou's districts with companies or targets (in first-seen order of the targets, then companies), then outside. */
  byDistrict: DistrictSummary[];
  /** Companies with at least one target within the radius. */
  near: number;
}

/** A radius in bounds (src/geo/kmChoices.ts), to 0.1 km. */
export const clampRadius = (km: number): number => clampKm(RADIUS_KM, km);

/** Great-circle distance in km (the same sphere as the index's queries). */
export const km = (lon1: number, lat1: number, lon2: number, lat2: number): number => distance(lon1, lat1, lon2, lat2);

/** A k-d tree over points given as two coordinate arrays. */
export function pointIndex(lon: ArrayLike<number>, lat: ArrayLike<number>): KDBush {
  const index = new KDBush(Math.max(1, lon.length));
  for (let i = 0; i < lon.length; i++) index.add(lon[i]!, lat[i]!);
  // An empty tree cannot be finished: one point far away, never within any radius, filtered by id.
  if (lon.length === 0) index.add(0, -89.9);
  index.finish();
  return index;
}

/** Which of `index`'s points is nearest to (lon, lat); null when the index is empty (size = 0). */
export function nearestIn(index: KDBush, size: number, lon: number, lat: number): number | null {
  if (size === 0) return null;
  const [i] = around(index, lon, lat, 1);
  return i ?? null;
}

/** Indices of `index`'s points within `radiusKm` of (lon, lat). */
export function withinIn(index: KDBush, size: number, lon: number, lat: number, radiusKm: number): number[] {
  return size === 0 ? [] : around(index, lon, lat, Infinity, radiusKm);
}

/**
 * The whole analysis. `onProgress(fraction)` is called now and then (every ~2% of the companies), so a
 * worker can report it.
 */
export function analysePortfolio(input: PortfolioInput, onProgress?: (fraction: number) => void): PortfolioResult {
  const { lon, lat, districts, targets } = input;
  const r = clampRadius(input.radiusKm);
  const n = lon.length;
  const T = targets.length;
  const tIndex = pointIndex(
    targets.map((t) => t.lon),
    targets.map((t) => t.lat),
  );
  const nearest = new Int32Array(n).fill(-1);
  const nearestKm = new Float64Array(n).fill(NaN);
  const targetsWithin = new Uint32Array(n);
  const step = Math.max(1, Math.floor(n / 50));
  for (let i = 0; i < n; i++) {
    const x = lon[i]!,
      y = lat[i]!;
    const best = nearestIn(tIndex, T, x, y);
    if (best !== null) {
      nearest[i] = best;
      const t = targets[best]!;
      nearestKm[i] = km(x, y, t.lon, t.lat);
    }
    if (onProgress && i % step === 0) onProgress((i / Math.max(1, n)) * 0.7);
  }
  // Each target's companies within the radius; a company counts each target that reaches it.
  const cIndex = pointIndex(lon, lat);
  const perTarget: TargetCount[] = targets.map((t, k) => {
    if (onProgress && k % 4 === 0) onProgress(0.7 + (k / Math.max(1, T)) * 0.3);
    const ids = withinIn(cIndex, n, t.lon, t.lat, r);
    for (const i of ids) targetsWithin[i]!++;
    const first = nearestIn(cIndex, n, t.lon, t.lat);
    return { id: t.id, set: t.set, district: t.district, within: ids.length, nearestKm: first === null ? null : km(t.lon, t.lat, lon[first]!, lat[first]!) };
  });
  let near = 0;
  for (let i = 0; i < n; i++) if (targetsWithin[i]! > 0) near++;
  const gaps = perTarget.filter((p) => p.within === 0).map((p) => p.id);

  const rows = new Map<string | null, DistrictSummary>();
  const row = (d: string | null) => {
    let s = rows.get(d);
    if (!s) {
      s = { district: d, companies: 0, near: 0, targets: 0, gaps: 0 };
      rows.set(d, s);
    }
    return s;
  };
  for (const p of perTarget) {
    if (p.district === null) continue;
    const s = row(p.district);
    s.targets++;
    if (p.within === 0) s.gaps++;
  }
  for (let i = 0; i < n; i++) {
    const s = row(districts[i] ?? null);
    s.companies++;
    if (targetsWithin[i]! > 0) s.near++;
  }
  const byDistrict = [...rows.values()].filter((s) => s.district !== null);
  const outside = rows.get(null);
  if (outside) byDistrict.push(outside);
  onProgress?.(1);
  return { radiusKm: r, nearest, nearestKm, targetsWithin, perTarget, gaps, byDistrict, near };
}
