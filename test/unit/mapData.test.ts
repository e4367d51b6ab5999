import { describe, it, expect } from 'vitest';
import { buildMapData, labelPoint, labelRank, shortLabel } from '../../src/geo/mapData.ts';
import { boundsOf, atLeast } from '../../src/geo/bounds.ts';
import { booleanPointInPolygon, area } from '@turf/turf';
import type { Feature, Polygon } from 'geojson';

const props = (id: string, kind: string, confidence: 'high' | 'medium' | 'low', uncertainty_km: number | null) => ({
  id,
  kind,
  name_zh: id,
  name_en: id,
  confidence,
  uncertainty_km,
  groups: [],
});
// An L-shaped district whose centre of mass lies outside it.
const lShape: Feature<Polygon> = {
  type: 'Feature',
  id: 'd',
  properties: { name_zh: 'L区' },
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [0, 0],
        [3, 0],
        [3, 0.5],
        [0.5, 0.5],
        [0.5, 3],
        [0, 3],
        [0, 0],
      ],
    ],
  },
};

describe('buildMapData', () => {
  const data = buildMapData({
    places: [
      { type: 'Feature', geometry: { type: 'Point', coordinates: [113.3, 23.1] }, properties: props('sure', 'university', 'high', 0.1) },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [113.6, 22.8] }, properties: props('guess', 'lab', 'low', 5) },
      { type: 'Feature', geometry: { type: 'Point', coordinates: [113.5, 23.0] }, properties: props('tiny', 'lab', 'low', 0.2) },
      { type: 'Feature', geometry: null, properties: props('nowhere', 'lab', 'low', null) },
      { type: 'Feature', geometry: lShape.geometry, properties: props('area', 'core-area', 'medium', 3) },
    ],
    corridors: { type: 'FeatureCollection', features: [] },
    districts: { type: 'FeatureCollection', features: [lShape] },
    gbaCities: { type: 'FeatureCollection', features: [] },
  });
  it('splits places into points and areas, and skips places with no site', () => {
    expect(data.points.features.map((f) => f.id)).toEqual(['sure', 'guess', 'tiny']);
    expect(data.areas.features.map((f) => f.id)).toEqual(['area']);
    expect(data.areaLabels.features).toHaveLength(1);
    expect(booleanPointInPolygon(data.areaLabels.features[0]!, lShape)).toBe(true);
  });
  it('draws a low-confidence point as a zone of its uncertainty radius', () => {
    expect(data.zones.features.map((f) => f.id)).toEqual(['guess']);
    const km2 = area(data.zones.features[0]!) / 1e6;
    expect(km2).toBeGreaterThan(Math.PI * 25 * 0.97);
    expect(km2).toBeLessThan(Math.PI * 25 * 1.01);
  });
  it('labels a district at a point inside it, even when its centre of mass is outside', () => {
    const p = labelPoint(lShape);
    expect(booleanPointInPolygon(p, lShape)).toBe(true);
    expect(data.districtLabels.features).toHaveLength(1);
  });
  it('ranks labels: context cities and science cities first, sure before unsure', () => {
    expect(labelRank({ kind: 'context-city', confidence: 'medium' })).toBeLessThan(labelRank({ kind: 'core-area', confidence: 'high' }));
    expect(labelRank({ kind: 'lab', confidence: 'high' })).toBeLessThan(labelRank({ kind: 'lab', confidence: 'low' }));
  });
});

describe('bounds', () => {
  it('boxes features with a geometry and ignores the rest', () => {
    expect(boundsOf([lShape, { type: 'Feature', geometry: null, properties: {} }])).toEqual([0, 0, 3, 3]);
    expect(boundsOf([{ type: 'Feature', geometry: null, properties: {} }])).toBeNull();
  });
  it('grows a point to a minimum box around it', () => {
    expect(atLeast([113, 23, 113, 23], 0.04)).toEqual([112.98, 22.98, 113.02, 23.02]);
    expect(atLeast([0, 0, 3, 3], 0.04)).toEqual([0, 0, 3, 3]);
  });
});

describe('shortLabel', () => {
  it('drops parenthesised asides but never empties a name', () => {
    expect(shortLabel("China-Singapore Guangzhou Knowledge City (SSGKC; formerly 'Sino-Singapore Guangzhou Knowledge City')")).toBe(
      'China-Singapore Guangzhou Knowledge City',
    );
    expect(shortLabel('South China National Biosafety Laboratory (proposed)')).toBe('South China National Biosafety Laboratory');
    expect(shortLabel('(x)')).toBe('(x)');
    expect(shortLabel('Jinan University')).toBe('Jinan University');
  });
});

describe('mapSourceData', () => {
  it('merges the split collections into the map’s four sources, each feature with its role', async () => {
    const { mapSourceData } = await import('../../src/geo/mapData.ts');
    const d = buildMapData({
      places: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [113.6, 22.8] }, properties: props('guess', 'lab', 'low', 5) },
        { type: 'Feature', geometry: lShape.geometry, properties: props('area', 'core-area', 'medium', 3) },
      ],
      corridors: { type: 'FeatureCollection', features: [] },
      districts: { type: 'FeatureCollection', features: [lShape] },
      gbaCities: { type: 'FeatureCollection', features: [{ ...lShape, id: 'c', properties: { name_zh: '佛山市' } }] },
    });
    const m = mapSourceData(d);
    expect(Object.keys(m).sort()).toEqual(['context', 'corridors', 'districts', 'places']);
    const roles = (fc: { features: Array<{ id?: unknown; properties: unknown }> }) =>
      fc.features.map((f) => `${String(f.id)}:${(f.properties as { role: string }).role}`);
    expect(roles(m.places)).toEqual(['area:area', 'guess:zone', 'guess:point', 'area:area-label']);
    expect(roles(m.context)).toEqual(['c:city', 'c:city-label', 'd:district-label']);
    expect(m.districts).toBe(d.districts);
  });
});
