// src/geo/corridorBuffer.ts: points within a distance of each corridor segment (index prefilter, then
// turf's exact distance), per corridor each point once, and the buffer drawn — on a few points whose
// distances are known (0.009° of latitude ≈ 1.0 km; 0.01° of longitude at 23.1° N ≈ 1.02 km).
import { describe, it, expect } from 'vitest';
import { booleanClockwise, booleanPointInPolygon, destination, point } from '@turf/turf';
import {
  capsule,
  clampBuffer,
  corridorBuffers,
  countNearCorridors,
  countNearCorridorsBrute,
  segmentBuffer,
  widenedBox,
  pieces,
  type CorridorSegmentInput,
} from '../../src/geo/corridorBuffer.ts';
import { seededRandom } from '../../scripts/lib/seededRandom.ts';
import { segments } from './corridorFixture.ts';

// 0: 0.99 km north of a-01's middle; 1: 1.01 km south of it; 2: a-01's and a-02's shared end, 0.5 km
// east (near both segments of "a"); 3: 1.5 km west of a-01's start (beyond its end); 4: far away.
const lon = Float64Array.from([113.35, 113.35, 113.4049, 113.3 - 0.01465, 114.0]);
const lat = Float64Array.from([23.1 + 0.0089, 23.1 - 0.00909, 23.1, 23.1, 22.5]);

describe('countNearCorridors', () => {
  it('counts the points within the distance of each segment (great-circle, to the segment, not its ends)', () => {
    const r = countNearCorridors({ lon, lat, segments, bufferKm: 1 });
    expect(r.bufferKm).toBe(1);
    expect(r.points).toBe(5);
    expect(r.perSegment).toEqual([
      { id: 'a-01', corridor: 'a', within: 2 }, // points 0 and 2 (1 is 1.01 km away)
      { id: 'a-02', corridor: 'a', within: 1 }, // point 2
      { id: 'b-01', corridor: 'b', within: 0 },
    ]);
    // Each point once per corridor: point 2 is near both of a's segments.
    expect(r.perCorridor).toEqual([
      { corridor: 'a', within: 2 },
      { corridor: 'b', within: 0 },
    ]);
    expect(r.anyWithin).toBe(2);
  });
  it('reaches beyond a segment’s end by the distance (round its ends)', () => {
    // Point 3 is ≈1.5 km west of a-01's start.
    expect(countNearCorridors({ lon, lat, segments, bufferKm: 1.4 }).perSegment[0]!.within).toBe(3);
    expect(countNearCorridors({ lon, lat, segments, bufferKm: 1.6 }).perSegment[0]!.within).toBe(4);
  });
  it('at 10 km: the far point still outside, corridor b reached by none; at 40 km clamped to 10', () => {
    const r = countNearCorridors({ lon, lat, segments, bufferKm: 40 });
    expect(r.bufferKm).toBe(10);
    // Point 3 is ≈11.5 km from a-02's start.
    expect(r.perSegment.map((s) => s.within)).toEqual([4, 3, 0]);
    expect(r.anyWithin).toBe(4);
  });
  it('agrees with measuring every point against every segment (random points, long and bent segments)', () => {
    const rnd = seededRandom(7);
    const n = 3000;
    const x = Float64Array.from({ length: n }, () => 113.0 + rnd() * 1.2);
    const y = Float64Array.from({ length: n }, () => 22.6 + rnd() * 0.9);
    const segs: CorridorSegmentInput[] = [
      ...segments,
      // A long diagonal (≈ 110 km: many pieces) and a bent line of three vertices.
      {
        id: 'c-01',
        corridor: 'c',
        coords: [
          [113.0, 22.6],
          [113.9, 23.4],
        ],
      },
      {
        id: 'c-02',
        corridor: 'c',
        coords: [
          [113.2, 23.3],
          [113.3, 22.9],
          [113.9, 22.95],
        ],
      },
    ];
    for (const d of [0.5, 2, 10]) {
      const r = countNearCorridors({ lon: x, lat: y, segments: segs, bufferKm: d });
      expect(r.perSegment.map((s) => s.within)).toEqual(countNearCorridorsBrute(x, y, segs, d));
      // The prefilter measured far fewer than every point against every segment.
      expect(r.measured).toBeLessThan(n * segs.length * (d === 10 ? 0.6 : 0.2));
    }
  });
  it('copes with no points', () => {
    const r = countNearCorridors({ lon: new Float64Array(0), lat: new Float64Array(0), segments, bufferKm: 2 });
    expect(r.perSegment.map((s) => s.within)).toEqual([0, 0, 0]);
    expect(r.anyWithin).toBe(0);
  });
  it('clamps a distance to 0.5–10 km, to 0.1 km', () => {
    expect([clampBuffer(0.1), clampBuffer(2.34), clampBuffer(99), clampBuffer(Number.NaN)]).toEqual([0.5, 2.3, 10, 2]);
  });
});

describe('the prefilter', () => {
  it('cuts a long segment into pieces of at most 5 km whose widened boxes hold every point within the distance', () => {
    const ps = pieces([
      [113.0, 22.6],
      [113.9, 23.4],
    ]);
    expect(ps.length).toBeGreaterThanOrEqual(24);
    const [a, b] = ps[3]!;
    const box = widenedBox(a, b, 2);
    // Points 2 km from the piece's ends in the four directions lie inside the box.
    for (const end of [a, b])
      for (const brg of [0, 90, 180, 270]) {
        const [px, py] = destination([end[0], end[1]], 2, brg, { units: 'kilometers' }).geometry.coordinates as [number, number];
        expect(px >= box[0] && px <= box[2] && py >= box[1] && py <= box[3]).toBe(true);
      }
  });
});

describe('the buffers drawn', () => {
  const a: [number, number] = [113.3, 23.1];
  const b: [number, number] = [113.4, 23.1];
  const at = (from: [number, number], km: number, brg: number) => point(destination(from, km, brg, { units: 'kilometers' }).geometry.coordinates);
  it('a capsule holds what is just within the distance and not what is just beyond, along the sides and round the ends', () => {
    const poly = capsule(a, b, 2);
    const mid: [number, number] = [113.35, 23.1];
    for (const [from, brg] of [
      [mid, 0],
      [mid, 180],
      [b, 90],
      [b, 45],
      [a, 270],
      [a, 225],
    ] as Array<[[number, number], number]>) {
      expect(booleanPointInPolygon(at(from, 1.97, brg), poly)).toBe(true);
      expect(booleanPointInPolygon(at(from, 2.03, brg), poly)).toBe(false);
    }
    // RFC 7946: the outer ring counter-clockwise, closed.
    const ring = poly.coordinates[0]!;
    expect(booleanClockwise(ring)).toBe(false);
    expect(ring[0]).toEqual(ring.at(-1));
  });
  it('a bent line’s buffer is one polygon; a corridor’s segments are joined into one feature each', () => {
    const g = segmentBuffer(
      [
        [113.2, 23.3],
        [113.3, 22.9],
        [113.9, 22.95],
      ],
      1,
    );
    expect(g.type).toBe('Polygon');
    const fs = corridorBuffers(segments, 1);
    expect(fs.map((f) => [f.properties.corridor, f.properties.buffer_km, f.geometry.type])).toEqual([
      ['a', 1, 'Polygon'],
      ['b', 1, 'Polygon'],
    ]);
    // The joined buffer of "a" covers both segments' neighbourhoods.
    expect(booleanPointInPolygon(point([113.45, 23.15]), fs[0]!)).toBe(true);
    expect(booleanPointInPolygon(point([113.35, 23.1 + 0.0089]), fs[0]!)).toBe(true);
    expect(booleanPointInPolygon(point([113.35, 22.8]), fs[0]!)).toBe(false);
  });
});
