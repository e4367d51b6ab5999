// src/geo/portfolio.ts and portfolioBuffer.ts: nearest target, counts within a radius, the gaps, the
// summary per district, and the buffer round the companies — on a handful of points whose distances
// are known (0.01° of latitude ≈ 1.112 km).
import { describe, it, expect } from 'vitest';
import { booleanPointInPolygon, point } from '@turf/turf';
import { analysePortfolio, clampRadius, km, type PortfolioTarget } from '../../src/geo/portfolio.ts';
import { portfolioBuffer, gridArea } from '../../src/geo/portfolioBuffer.ts';
import { portfolioCompaniesCsv, portfolioPlacesCsv, portfolioGeoJson, districtGapsCsv } from '../../src/data/exportPortfolio.ts';
import { districtGaps } from '../../src/plan/districtGaps.ts';
import { valid as validGeoJson } from 'geojson-validation';
import { seededRandom } from '../../scripts/lib/seededRandom.ts';

const LAT_KM = 1.11195; // km per 0.01° of latitude on geokdbush's sphere (R = 6371 km)
const targets: PortfolioTarget[] = [
  { id: 'hub-a', set: 'hub', lon: 113.4, lat: 23.1, district: '黄埔区' },
  { id: 'lab-b', set: 'lab', lon: 113.4, lat: 23.2, district: '黄埔区' },
  { id: 'inst-c', set: 'institute', lon: 113.3, lat: 23.0, district: '海珠区' },
];
// Company 0: 1.1 km north of hub-a; 1: 2.2 km south of lab-b; 2: far away (Shenzhen), outside Guangzhou.
const lon = Float64Array.from([113.4, 113.4, 114.06]);
const lat = Float64Array.from([23.11, 23.18, 22.54]);
const districts = ['黄埔区', '黄埔区', null];

describe('analysePortfolio', () => {
  const r = analysePortfolio({ lon, lat, districts, targets, radiusKm: 3 });
  it('names each company’s nearest target and its distance', () => {
    // Shenzhen is a little nearer hub-a (≈86 km) than inst-c (≈88 km).
    expect([...r.nearest].map((i) => targets[i]!.id)).toEqual(['hub-a', 'lab-b', 'hub-a']);
    expect(r.nearestKm[0]).toBeCloseTo(LAT_KM, 2);
    expect(r.nearestKm[1]).toBeCloseTo(2 * LAT_KM, 2);
    expect(r.nearestKm[2]).toBeGreaterThan(70);
    expect(r.nearestKm[0]).toBeCloseTo(km(113.4, 23.11, 113.4, 23.1), 6);
  });
  it('counts companies within the radius of each target, and the targets near each company', () => {
    expect(r.perTarget.map((t) => [t.id, t.within])).toEqual([
      ['hub-a', 1],
      ['lab-b', 1],
      ['inst-c', 0],
    ]);
    expect([...r.targetsWithin]).toEqual([1, 1, 0]);
    expect(r.near).toBe(2);
    expect(r.perTarget[2]!.nearestKm).toBeGreaterThan(10);
  });
  it('lists the gaps: targets with no company within the radius', () => {
    expect(r.gaps).toEqual(['inst-c']);
    // 12 km: company 0 is 10.0 km from lab-b, company 1 8.9 km from hub-a; inst-c is ≈15 km from both.
    const wide = analysePortfolio({ lon, lat, districts, targets, radiusKm: 12 });
    expect(wide.perTarget.map((t) => t.within)).toEqual([2, 2, 0]);
    expect([...wide.targetsWithin]).toEqual([2, 2, 0]);
    // 1 km: company 0 is 1.11 km from hub-a, so nothing is near.
    const tight = analysePortfolio({ lon, lat, districts, targets, radiusKm: 1 });
    expect(tight.gaps).toEqual(['hub-a', 'lab-b', 'inst-c']);
    expect(tight.near).toBe(0);
  });
  it('sums per district, outside Guangzhou last', () => {
    expect(r.byDistrict).toEqual([
      { district: '黄埔区', companies: 2, near: 2, targets: 2, gaps: 0 },
      { district: '海珠区', companies: 0, near: 0, targets: 1, gaps: 1 },
      { district: null, companies: 1, near: 0, targets: 0, gaps: 0 },
    ]);
  });
  it('copes with no companies and with no targets', () => {
    const none = analysePortfolio({ lon: new Float64Array(), lat: new Float64Array(), districts: [], targets, radiusKm: 3 });
    expect(none.gaps).toEqual(['hub-a', 'lab-b', 'inst-c']);
    expect(none.perTarget.every((t) => t.nearestKm === null)).toBe(true);
    const noTargets = analysePortfolio({ lon, lat, districts, targets: [], radiusKm: 3 });
    expect([...noTargets.nearest]).toEqual([-1, -1, -1]);
    expect(noTargets.near).toBe(0);
  });
  it('keeps the radius within 0.1–20 km', () => {
    expect(clampRadius(0)).toBe(0.1);
    expect(clampRadius(50)).toBe(20);
    expect(clampRadius(2.345)).toBe(2.3);
    expect(clampRadius(NaN)).toBe(3);
  });
  it('agrees with a brute-force count on a random layer', () => {
    const rnd = seededRandom(7);
    const n = 2000;
    const x = Float64Array.from({ length: n }, () => 113.2 + rnd() * 0.4);
    const y = Float64Array.from({ length: n }, () => 22.9 + rnd() * 0.4);
    const res = analysePortfolio({ lon: x, lat: y, districts: new Array(n).fill(null), targets, radiusKm: 5 });
    targets.forEach((t, k) => {
      let c = 0;
      for (let i = 0; i < n; i++) if (km(x[i]!, y[i]!, t.lon, t.lat) <= 5) c++;
      expect(res.perTarget[k]!.within).toBe(c);
    });
    for (let i = 0; i < n; i += 97) {
      const d = targets.map((t) => km(x[i]!, y[i]!, t.lon, t.lat));
      expect(res.nearest[i]).toBe(d.indexOf(Math.min(...d)));
    }
  });
});

describe('portfolioBuffer', () => {
  it('is the union of circles round the companies', () => {
    // 5 km: the circles of companies 0 and 1 (7.8 km apart) overlap and are one polygon.
    const b = portfolioBuffer(lon, lat, 5);
    expect(b.method).toBe('circles');
    expect(b.snapKm).toBe(0);
    const inside = (x: number, y: number) => booleanPointInPolygon(point([x, y]), b.area!);
    expect(inside(113.4, 23.145)).toBe(true); // 3.9 km from both
    expect(inside(113.4, 23.07)).toBe(true); // 4.4 km from company 0
    expect(inside(113.4, 23.24)).toBe(false); // 6.7 km from company 1
    expect(inside(113.46, 23.11)).toBe(false); // 6.1 km east of company 0
    expect(inside(114.06, 22.56)).toBe(true);
    expect(b.area!.geometry.type).toBe('MultiPolygon'); // Shenzhen's circle is apart
    expect((b.area!.geometry.coordinates as unknown[]).length).toBe(2);
  });
  it('rasterises a large layer, saying how far off the outline may be', () => {
    const b = portfolioBuffer(lon, lat, 5, { maxCircles: 2 });
    expect(b.method).toBe('grid');
    expect(b.snapKm).toBeCloseTo((5 / 16) * Math.SQRT2, 6);
    expect(b.area!.properties).toEqual({ radius_km: 5, method: 'grid' });
    const inside = (x: number, y: number) =>
      b.area!.geometry.coordinates.some((poly) => booleanPointInPolygon(point([x, y]), { type: 'Polygon', coordinates: poly as never }));
    expect(inside(113.4, 23.145)).toBe(true);
    expect(inside(114.06, 22.56)).toBe(true);
    expect(inside(113.4, 23.26)).toBe(false); // 8.9 km from company 1: beyond 5 km + snapKm
    expect(inside(113.7, 23.5)).toBe(false);
  });
  it('writes rectangles that never overlap, merged down the rows', () => {
    // One point: a disc of 8 cells' radius → 17 rows, mirrored runs merged where their ends match.
    const g = gridArea([113.4], [23.1], 1, 8);
    let area = 0;
    for (const [ring] of g.polygons) area += Math.abs((ring![1]![0]! - ring![0]![0]!) * (ring![2]![1]! - ring![1]![1]!));
    const cell = g.snapKm / Math.SQRT2;
    const cellDeg = (cell / (111.32 * Math.cos((23.1 * Math.PI) / 180))) * (cell / 110.574);
    const cells = Math.round(area / cellDeg);
    let disc = 0;
    for (let dy = -8; dy <= 8; dy++) for (let dx = -8; dx <= 8; dx++) if (Math.hypot(dx, dy) <= 8) disc++;
    expect(cells).toBe(disc); // each marked cell counted once: no overlap
    expect(g.polygons.length).toBeLessThan(17);
  });
  it('is empty without companies', () => {
    expect(portfolioBuffer(new Float64Array(), new Float64Array(), 3).area).toBeNull();
  });
});

// The exports' inputs: the three companies (one unnamed, one outside Guangzhou) and the targets named by id.
const companies = {
  names: ['=HYPERLINK("http://evil")', '', 'Shenzhen Co'],
  rows: [2, 3, 4],
  lon,
  lat,
  district: (i: number) => districts[i] ?? 'outside',
  unnamed: (row: number) => `(row ${row})`,
};
const targetPlaces = {
  name: (k: number) => targets[k]!.id.toUpperCase(),
  id: (k: number) => targets[k]!.id,
  set: (k: number) => targets[k]!.set,
  district: (k: number) => targets[k]!.district ?? '',
};

describe('portfolio CSV', () => {
  const r = analysePortfolio({ lon, lat, districts, targets, radiusKm: 3 });
  const places = targetPlaces;
  it('writes one row per company, names neutralised, BOM and CRLF', () => {
    const csv = portfolioCompaniesCsv(companies, r, places, {
      name: 'company',
      row: 'row',
      lon: 'lon',
      lat: 'lat',
      district: 'district',
      nearest: 'nearest',
      nearestId: 'nearest_id',
      nearestSet: 'set',
      nearestKm: 'km',
      within: 'within',
    });
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const l = csv.slice(1).split('\r\n');
    expect(l[0]).toBe('company,row,lon,lat,district,nearest,nearest_id,set,km,within');
    expect(l[1]).toBe(`"'=HYPERLINK(""http://evil"")",2,113.4,23.11,黄埔区,HUB-A,hub-a,hub,${Math.round(r.nearestKm[0]! * 100) / 100},1`);
    expect(l[2]!.startsWith('(row 3),3,')).toBe(true);
    expect(l[3]!.endsWith(',0')).toBe(true);
    expect(l[4]).toBe('');
  });
  it('writes one row per place, gaps marked', () => {
    const l = portfolioPlacesCsv(
      r,
      places,
      { place: 'place', id: 'id', set: 'set', district: 'district', within: 'within', nearestKm: 'km', gap: 'gap' },
      { yes: 'yes', no: 'no' },
    )
      .slice(1)
      .split('\r\n');
    expect(l[0]).toBe('place,id,set,district,within,km,gap');
    expect(l[1]).toMatch(/^HUB-A,hub-a,hub,黄埔区,1,1\.11,no$/);
    expect(l[3]).toMatch(/^INST-C,inst-c,institute,海珠区,0,\d+(\.\d+)?,yes$/);
  });
});

describe('portfolio GeoJSON', () => {
  const r = analysePortfolio({ lon, lat, districts, targets, radiusKm: 3 });
  const buffer = portfolioBuffer(lon, lat, 3);
  const places = {
    ...targetPlaces,
    name: (k: number) => (k === 1 ? '@SUM(A1)\u202E' : targets[k]!.id.toUpperCase()),
    lon: (k: number) => targets[k]!.lon,
    lat: (k: number) => targets[k]!.lat,
  };
  const text = portfolioGeoJson(companies, r, places, {
    layer: '+my layer',
    area: buffer.area,
    snapKm: buffer.snapKm,
    provenance: { source: 's', exported: 'e', boundaries: 'b', boundaries_licence: 'l' },
  });
  const fc = JSON.parse(text);
  it('is valid RFC 7946 GeoJSON: companies, places and the area, lon/lat in WGS-84', () => {
    expect(validGeoJson(fc)).toBe(true);
    const kinds = fc.features.map((f: { properties: { feature: string } }) => f.properties.feature);
    expect(kinds).toEqual(['company', 'company', 'company', 'place', 'place', 'place', 'area']);
    expect(fc.features[0].geometry).toEqual({ type: 'Point', coordinates: [113.4, 23.11] });
    expect(fc.radius_km).toBe(3);
    expect(fc.provenance.source).toBe('s');
  });
  it('carries each company’s nearest place and each place’s count, gaps as booleans', () => {
    expect(fc.features[0].properties).toMatchObject({ row: 2, district: '黄埔区', nearest_place_id: 'hub-a', nearest_place_km: 1.11, places_within: 1 });
    expect(fc.features[1].properties.name).toBe('(row 3)');
    expect(fc.features[3].properties).toMatchObject({ id: 'hub-a', companies_within: 1, gap: false });
    expect(fc.features[5].properties).toMatchObject({ id: 'inst-c', companies_within: 0, gap: true });
    expect(fc.features[6].properties).toMatchObject({ radius_km: 3, method: 'circles', snap_km: 0 });
  });
  it('neutralises names as the CSVs do (formulas quoted, bidi controls dropped)', () => {
    expect(fc.features[0].properties.name).toBe(`'=HYPERLINK("http://evil")`);
    expect(fc.features[4].properties.name).toBe(`'@SUM(A1)`);
    expect(fc.features[1].properties.nearest_place).toBe(`'@SUM(A1)`);
    expect(fc.name).toBe(`'+my layer`);
  });
});

describe('district gaps CSV', () => {
  it('writes one row per district, shares in %, the gap in percentage points; names neutralised', () => {
    const g = districtGaps([
      { district: '甲区', places: 6, institutions: 4, yours: 10 },
      { district: '乙区', places: 8, institutions: 2, yours: 0 },
      { district: '丙区', places: 0, institutions: 0, yours: 30 },
    ]);
    const l = districtGapsCsv(g.rows, (d) => (d === '丙区' ? '=C' : d), {
      district: 'district',
      places: 'places',
      institutions: 'institutions',
      yours: 'yours',
      planShare: 'plan %',
      yourShare: 'your %',
      gap: 'gap',
    })
      .slice(1)
      .split('\r\n');
    expect(l[0]).toBe('district,places,institutions,yours,plan %,your %,gap');
    expect(l[1]).toBe('乙区,8,2,0,50,0,50');
    expect(l[2]).toBe('甲区,6,4,10,50,25,25');
    expect(l[3]).toBe(`'=C,0,0,30,0,75,-75`);
  });
});
