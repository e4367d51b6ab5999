// An investor's points along the plan's corridors: for each corridor segment (a LineString of
// data/corridors.geojson), how many of the points lie within a distance of it, and the area within that
// distance (the buffer) to draw. Great-circle distances, as turf's pointToLineDistance measures them.
// Pure: no DOM, no map; run in the portfolio worker for large layers (src/data/corridorJob.ts).
//
// For 100,000 points: the points are indexed once (kdbush, as src/geo/portfolio.ts does); each segment is
// cut into pieces a few km long, each piece's box widened by the distance is looked up in the index (a
// prefilter: every point within the distance of the piece is in its widened box), and only those
// candidates are measured exactly (turf pointToLineDistance).
import { bearing, destination, pointToLineDistance, lineString, union, featureCollection, distance as turfDistance } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon, Position } from 'geojson';
import { pointIndex } from './portfolio.ts';
import { BUFFER_KM, clampKm } from './kmChoices.ts';

/** A corridor segment as the worker needs it. */
export interface CorridorSegmentInput {
  id: string;
  /** The corridor it belongs to (gz-section, sui-shen-gang, …). */
  corridor: string;
  /** WGS-84 [lon, lat] vertices (at least 2). */
  coords: ReadonlyArray<readonly [number, number]>;
}

export interface SegmentCount {
  id: string;
  corridor: string;
  /** Points within the distance of this segment. */
  within: number;
}

export interface CorridorTotal {
  corridor: string;
  /** Points within the distance of any of its segments (each point once). */
  within: number;
}

export interface CorridorCountResult {
  bufferKm: number;
  /** How many points were measured. */
  points: number;
  /** Per segment, in the order given. */
  perSegment: SegmentCount[];
  /** Per corridor, in the order each first appears among the segments. */
  perCorridor: CorridorTotal[];
  /** Points within the distance of any segment. */
  anyWithin: number;
  /** Points measured exactly (the prefilter's candidates, summed over the segments): for the bench. */
  measured: number;
}

/** A distance in bounds (src/geo/kmChoices.ts), to 0.1 km. */
export const clampBuffer = (km: number): number => clampKm(BUFFER_KM, km);

const KM_PER_DEG_LAT = 110.574;
const kmPerDegLon = (lat: number) => 111.32 * Math.cos((lat * Math.PI) / 180);
/** Pieces a segment is cut into for the prefilter are at most this long (km). */
const PIECE_KM = 5;

/** The segment's pieces for the prefilter: consecutive points along it, at most PIECE_KM apart (planar interpolation is enough for a box). */
export function pieces(coords: ReadonlyArray<readonly [number, number]>): Array<[readonly [number, number], readonly [number, number]]> {
  const out: Array<[readonly [number, number], readonly [number, number]]> = [];
  for (let v = 0; v + 1 < coords.length; v++) {
    const a = coords[v]!,
      b = coords[v + 1]!;
    const len = turfDistance([a[0], a[1]], [b[0], b[1]], { units: 'kilometers' });
    const k = Math.max(1, Math.ceil(len / PIECE_KM));
    for (let j = 0; j < k; j++) {
      const p = (f: number): readonly [number, number] => [a[0] + (b[0] - a[0]) * f, a[1] + (b[1] - a[1]) * f];
      out.push([p(j / k), p((j + 1) / k)]);
    }
  }
  return out;
}

/**
 * The box round a piece widened by `km` (and 1% more, and the planar chord's sag from the great circle),
 * as [minX, minY, maxX, maxY]: every point within `km` of the piece lies inside it.
 */
export function widenedBox(a: readonly [number, number], b: readonly [number, number], km: number): [number, number, number, number] {
  const maxAbsLat = Math.min(89, Math.max(Math.abs(a[1]), Math.abs(b[1])) + km / KM_PER_DEG_LAT + 0.01);
  const pad = km * 1.01 + 0.05;
  const dx = pad / Math.max(1e-6, kmPerDegLon(maxAbsLat)),
    dy = pad / KM_PER_DEG_LAT;
  return [Math.min(a[0], b[0]) - dx, Math.min(a[1], b[1]) - dy, Math.max(a[0], b[0]) + dx, Math.max(a[1], b[1]) + dy];
}

/**
 * Points within `bufferKm` of each segment, and of each corridor. `onProgress(fraction)` now and then.
 * The distance is clamped to 0.5–10 km (clampBuffer).
 */
export function countNearCorridors(
  input: { lon: ArrayLike<number>; lat: ArrayLike<number>; segments: readonly CorridorSegmentInput[]; bufferKm: number },
  onProgress?: (fraction: number) => void,
): CorridorCountResult {
  const { lon, lat, segments } = input;
  const d = clampBuffer(input.bufferKm);
  const n = lon.length;
  const index = pointIndex(lon, lat);
  // Which segment last looked at a point (a point in two pieces' boxes is measured once per segment).
  const seen = new Int32Array(n).fill(-1);
  // Per corridor: which points are within (each counted once, whatever its segments).
  const corridorOf = new Map<string, Uint8Array>();
  const anyMask = new Uint8Array(n);
  let measured = 0;
  const perSegment: SegmentCount[] = segments.map((s, k) => {
    onProgress?.(k / Math.max(1, segments.length));
    let mask = corridorOf.get(s.corridor);
    if (!mask) {
      mask = new Uint8Array(n);
      corridorOf.set(s.corridor, mask);
    }
    const line = lineString(s.coords.map((c) => [c[0], c[1]]));
    let within = 0;
    if (n > 0) {
      for (const [a, b] of pieces(s.coords)) {
        const [x0, y0, x1, y1] = widenedBox(a, b, d);
        for (const i of index.range(x0, y0, x1, y1)) {
          if (i >= n || seen[i] === k) continue;
          seen[i] = k;
          measured++;
          if (pointToLineDistance([lon[i]!, lat[i]!], line, { units: 'kilometers' }) <= d) {
            within++;
            mask[i] = 1;
            anyMask[i] = 1;
          }
        }
      }
    }
    return { id: s.id, corridor: s.corridor, within };
  });
  const perCorridor: CorridorTotal[] = [...corridorOf.entries()].map(([corridor, mask]) => {
    let within = 0;
    for (let i = 0; i < n; i++) within += mask[i]!;
    return { corridor, within };
  });
  let anyWithin = 0;
  for (let i = 0; i < n; i++) anyWithin += anyMask[i]!;
  onProgress?.(1);
  return { bufferKm: d, points: n, perSegment, perCorridor, anyWithin, measured };
}

/** Same answer by brute force (every point against every segment): the tests' reference. */
export function countNearCorridorsBrute(lon: ArrayLike<number>, lat: ArrayLike<number>, segments: readonly CorridorSegmentInput[], bufferKm: number): number[] {
  const d = clampBuffer(bufferKm);
  return segments.map((s) => {
    const line = lineString(s.coords.map((c) => [c[0], c[1]]));
    let within = 0;
    for (let i = 0; i < lon.length; i++) if (pointToLineDistance([lon[i]!, lat[i]!], line, { units: 'kilometers' }) <= d) within++;
    return within;
  });
}

/**
 * The area within `km` of one straight (great-circle) piece a→b: a capsule — the two sides at `km`
 * across from points along the piece, and a half circle round each end. `steps`: vertices per half circle.
 * Counter-clockwise (RFC 7946's right-hand rule).
 */
export function capsule(a: readonly [number, number], b: readonly [number, number], km: number, steps = 24): Polygon {
  const opts = { units: 'kilometers' as const };
  const A: Position = [a[0], a[1]],
    B: Position = [b[0], b[1]];
  const len = turfDistance(A, B, opts);
  if (len < 1e-9) {
    // A point: a circle.
    const ring: Position[] = [];
    for (let i = 0; i < 2 * steps; i++) ring.push(destination(A, km, (i * 360) / (2 * steps), opts).geometry.coordinates);
    ring.push(ring[0]!);
    return { type: 'Polygon', coordinates: [ring] };
  }
  // Points along the piece (great circle), and the bearing along it at each.
  const along = Math.max(1, Math.ceil(len / 2));
  const stations: Array<{ p: Position; brg: number }> = [];
  for (let j = 0; j <= along; j++) {
    const f = j / along;
    const p = j === 0 ? A : j === along ? B : destination(A, len * f, bearing(A, B), opts).geometry.coordinates;
    const brg = j === along ? bearing(B, A) + 180 : bearing(p, B);
    stations.push({ p, brg });
  }
  const ring: Position[] = [];
  // Right side (bearing + 90) from a to b, the half circle round b, the left side back, the half circle round a.
  for (const s of stations) ring.push(destination(s.p, km, s.brg + 90, opts).geometry.coordinates);
  const last = stations.at(-1)!;
  for (let i = 1; i < steps; i++) ring.push(destination(B, km, last.brg + 90 - (180 * i) / steps, opts).geometry.coordinates);
  for (let j = stations.length - 1; j >= 0; j--) ring.push(destination(stations[j]!.p, km, stations[j]!.brg - 90, opts).geometry.coordinates);
  const first = stations[0]!;
  for (let i = 1; i < steps; i++) ring.push(destination(A, km, first.brg - 90 - (180 * i) / steps, opts).geometry.coordinates);
  ring.push(ring[0]!);
  // Along the right side, round b through the bearing ahead, back along the left, round a: counter-clockwise seen from above.
  return { type: 'Polygon', coordinates: [ring] };
}

/** The area within `km` of a segment (a LineString of any number of vertices). */
export function segmentBuffer(coords: ReadonlyArray<readonly [number, number]>, km: number): Polygon | MultiPolygon {
  const parts = coords.slice(1).map((b, v) => capsule(coords[v]!, b, km));
  if (parts.length === 1) return parts[0]!;
  const u = union(featureCollection(parts.map((g) => ({ type: 'Feature' as const, properties: {}, geometry: g }))));
  return u ? u.geometry : parts[0]!;
}

/** Each corridor's buffer: its segments' buffers joined (so a translucent fill does not darken where they overlap). */
export function corridorBuffers(
  segments: readonly CorridorSegmentInput[],
  km: number,
): Array<Feature<Polygon | MultiPolygon, { corridor: string; buffer_km: number }>> {
  const d = clampBuffer(km);
  const by = new Map<string, Array<Feature<Polygon | MultiPolygon>>>();
  for (const s of segments) {
    const list = by.get(s.corridor) ?? [];
    list.push({ type: 'Feature', properties: {}, geometry: segmentBuffer(s.coords, d) });
    by.set(s.corridor, list);
  }
  return [...by.entries()].map(([corridor, parts]) => {
    const u = parts.length === 1 ? parts[0]! : (union(featureCollection(parts)) ?? parts[0]!);
    return { type: 'Feature', properties: { corridor, buffer_km: d }, geometry: u.geometry };
  });
}
