// src/data/exportUserLayer.ts: a user layer back as CSV/GeoJSON with its district and nearest plan places.
import { describe, it, expect } from 'vitest';
import { nearest, userLayerCsv, userLayerGeoJson, type LayerForExport } from '../../src/data/exportUserLayer.ts';
import { BOM } from '../../src/data/exportPlaces.ts';

const cities = [
  { id: 'science-city', name: '广州科学城', lon: 113.446, lat: 23.166 },
  { id: 'nansha', name: '南沙科学城', lon: 113.58, lat: 22.78 },
];
const nodes = [{ id: 'node-a', name: 'Node A', lon: 113.3245, lat: 23.1064 }];
const layer: LayerForExport = {
  name: 'Portfolio',
  names: ['=HYPERLINK("http://evil")', 'Beta'],
  lon: [113.45, 114.06],
  lat: [23.17, 22.54],
  rows: [2, 3],
  districts: ['黄埔区', null],
  attrKeys: ['sector', 'note'],
  attrs: [
    ['@SUM(A1)', 'ai'],
    ['  -2+3', 'ok'],
  ],
};
const labels = {
  outside: 'Outside Guangzhou',
  headers: {
    name: 'name',
    lon: 'lon',
    lat: 'lat',
    datum: 'datum',
    district: 'district',
    city: 'city',
    cityKm: 'city_km',
    node: 'node',
    nodeKm: 'node_km',
    row: 'row',
  },
};

describe('nearest', () => {
  it('finds the closest anchor and its distance in km', () => {
    const n = nearest(113.45, 23.17, cities);
    expect(n?.anchor.id).toBe('science-city');
    expect(n!.km).toBeGreaterThan(0.3);
    expect(n!.km).toBeLessThan(0.8);
    expect(nearest(0, 0, [])).toBeNull();
  });
});

describe('userLayerCsv', () => {
  const csv = userLayerCsv(layer, cities, nodes, labels);
  const lines = csv.slice(1).split('\r\n');
  it('adds district (or outside) and the nearest places with km; attributes follow', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(lines[0]).toBe('name,lon,lat,sector,note,datum,district,city,city_km,node,node_km,row');
    expect(lines[2]).toMatch(/^Beta,114\.06,22\.54,ai,ok,WGS-84,Outside Guangzhou,南沙科学城,\d+(\.\d)?,Node A,\d+(\.\d)?,3$/);
  });
  it('neutralises formulas in names and attributes', () => {
    expect(lines[1]!.startsWith(`"'=HYPERLINK(""http://evil"")",`)).toBe(true);
    expect(lines[1]).toContain(`,'@SUM(A1),'  -2+3,`);
  });
});

describe('userLayerGeoJson', () => {
  it('carries the enrichment and the provenance', () => {
    const prov = { source: 'your file', exported: 't', boundaries: 'b', boundaries_licence: 'AMap terms' };
    const fc = JSON.parse(userLayerGeoJson(layer, cities, nodes, labels, prov));
    expect(fc.provenance).toEqual(prov);
    expect(fc.features[0].properties).toMatchObject({
      name: '=HYPERLINK("http://evil")',
      district: '黄埔区',
      nearest_three_cities_one_zone: '广州科学城',
      nearest_three_cities_one_zone_id: 'science-city',
      sector: '@SUM(A1)',
    });
    expect(fc.features[1].properties.district).toBeNull();
    expect(fc.features[1].geometry.coordinates).toEqual([114.06, 22.54]);
  });
});
