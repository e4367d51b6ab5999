// src/data/exportCorridorCounts.ts: the corridor counts as CSV (BOM, CRLF, a row per corridor then its
// segments, formula-like names neutralised) and as GeoJSON (each segment's buffer with its counts).
import { describe, it, expect } from 'vitest';
import GJV from 'geojson-validation';
import { corridorCountsCsv, corridorCountsGeoJson, sharePercent } from '../../src/data/exportCorridorCounts.ts';
import { countNearCorridors, segmentBuffer } from '../../src/geo/corridorBuffer.ts';
import { segments } from './corridorFixture.ts';

// Two points near a-01 (one of them near a-02 too), one far away.
const lon = Float64Array.from([113.35, 113.4049, 114.0]);
const lat = Float64Array.from([23.1 + 0.0089, 23.1, 22.5]);
const r = countNearCorridors({ lon, lat, segments, bufferKm: 1 });
const names = {
  corridor: (id: string) => (id === 'a' ? 'Corridor A' : '=HYPERLINK("http://evil")'),
  segment: (id: string) => `${id} from → to`,
  allSegments: 'all segments',
};
const h = {
  corridor: 'corridor',
  corridorId: 'corridor id',
  segment: 'segment',
  segmentId: 'segment id',
  distance: 'km',
  within: 'within',
  share: 'share (%)',
};

describe('corridorCountsCsv', () => {
  it('writes a row per corridor (each point once) followed by its segments, shares in per cent', () => {
    const csv = corridorCountsCsv(r, names, h);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'corridor,corridor id,segment,segment id,km,within,share (%)',
      'Corridor A,a,all segments,,1,2,66.7',
      'Corridor A,a,a-01 from → to,a-01,1,2,66.7',
      'Corridor A,a,a-02 from → to,a-02,1,1,33.3',
      // A name a spreadsheet would run is written as text.
      `"'=HYPERLINK(""http://evil"")",b,all segments,,1,0,0`,
      `"'=HYPERLINK(""http://evil"")",b,b-01 from → to,b-01,1,0,0`,
      '',
    ]);
  });
  it('gives an empty layer a share of 0', () => {
    expect(sharePercent(0, 0)).toBe(0);
    expect(sharePercent(1, 3)).toBe(33.3);
  });
});

describe('corridorCountsGeoJson', () => {
  it('is valid GeoJSON: each segment’s buffer with its counts and its corridor’s', () => {
    const areas = segments.map((s) => segmentBuffer(s.coords, r.bufferKm));
    const fc = JSON.parse(corridorCountsGeoJson(r, areas, names, { layer: 'My layer', exported: '2026-12-07T00:00:00Z', method: 'm', routes: 'r' }));
    // RFC 7946: closed rings, the outer ring counter-clockwise.
    expect(GJV.valid(fc, true)).toEqual([]);
    expect(fc.provenance).toEqual({ layer: 'My layer', exported: '2026-12-07T00:00:00Z', method: 'm', routes: 'r' });
    expect(fc.features.map((f: { id: string; geometry: { type: string } }) => [f.id, f.geometry.type])).toEqual([
      ['a-01', 'Polygon'],
      ['a-02', 'Polygon'],
      ['b-01', 'Polygon'],
    ]);
    expect(fc.features[1].properties).toEqual({
      segment_id: 'a-02',
      corridor: 'a',
      corridor_name: 'Corridor A',
      segment: 'a-02 from → to',
      buffer_km: 1,
      points_within: 1,
      share: 0.3333,
      corridor_points_within: 2,
      points_total: 3,
    });
  });
});
