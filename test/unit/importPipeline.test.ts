// src/data/importPipeline.ts + importRows.ts: preview, column recognition, rows → points in their datum,
// problems by row, GeoJSON, and the districts the points land in (the real boundaries).
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { previewText, importText, type ImportedPoints } from '../../src/data/importPipeline.ts';
import { detectColumns, rowToPoint, parseCoord, cleanText } from '../../src/data/importRows.ts';
import { fromWgs84, type Datum } from '../../src/geo/datum.ts';
import { say } from '../../src/i18n/index.ts';
import '../../src/i18n/catalogue/districts.ts';

const districts = JSON.parse(readFileSync(new URL('../../data/districts.geojson', import.meta.url), 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  { name_zh: string }
>;
const run = (text: string, datum: Datum = 'wgs84', fileName = 'x.csv', extra: Partial<Parameters<typeof importText>[1]> = {}) => {
  const r = importText(text, { fileName, encoding: 'utf-8', datum, districts, ...extra });
  if ('error' in r) throw new Error(`import failed: ${r.error.key}`);
  return r;
};
const fail = (text: string, fileName = 'x.csv') => {
  const r = importText(text, { fileName, encoding: 'utf-8', datum: 'wgs84', districts });
  return 'error' in r ? r.error.key : undefined;
};
const messages = (r: ImportedPoints) => r.issues.map((i) => say('en', i));

/** WGS-84 reference points well inside their districts. */
export const REFERENCE: ReadonlyArray<[string, number, number, string]> = [
  ['Canton Tower', 113.3245, 23.1064, '海珠区'],
  ['Guangzhou Science City', 113.446, 23.166, '黄埔区'],
  ['Nansha port area', 113.58, 22.78, '南沙区'],
  ['Baiyun Mountain', 113.297, 23.183, '白云区'],
  ['Conghua centre', 113.586, 23.548, '从化区'],
  ['Tianhe sports centre', 113.324, 23.137, '天河区'],
];

describe('detectColumns', () => {
  it('finds name/lon/lat by common names in English and Chinese, in any order and case', () => {
    expect(detectColumns(['LAT', 'Name', 'Longitude'])).toEqual({ name: 1, lon: 2, lat: 0 });
    expect(detectColumns(['企业名称', '经度', '纬度', '行业'])).toEqual({ name: 0, lon: 1, lat: 2 });
    expect(detectColumns(['id', 'x', 'y'])).toEqual({ name: -1, lon: 1, lat: 2 });
    expect(detectColumns(['公司', '经度(GCJ-02)', '纬度(GCJ-02)'])).toMatchObject({ lon: 1, lat: 2 });
    expect(detectColumns(['a', 'b'])).toEqual({ name: -1, lon: -1, lat: -1 });
  });
});

describe('rowToPoint', () => {
  const m = { name: 0, lon: 1, lat: 2 };
  it('converts from the chosen datum', () => {
    const [gx, gy] = fromWgs84('gcj02', [113.3245, 23.1064]);
    const r = rowToPoint(['Tower', String(gx), String(gy)], m, 'gcj02', 2);
    expect(r.ok && Math.abs(r.lon - 113.3245) < 1e-6 && Math.abs(r.lat - 23.1064) < 1e-6).toBe(true);
  });
  it('says why a row cannot be read', () => {
    const r = rowToPoint(['x', '23.1', '113.3'], m, 'wgs84', 7);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(say('en', r.issues[0]!)).toBe('row 7: the latitude 113.3 is outside −90 to 90 (are longitude and latitude swapped?)');
    expect(parseCoord('0x10', false).ok).toBe(false);
    expect(parseCoord('113,25', true)).toEqual({ ok: true, value: 113.25 });
    expect(parseCoord('Infinity', false).ok).toBe(false);
  });
  it('keeps names as plain text on one line', () => {
    expect(cleanText('a\u0000b\nc')).toBe('a b c');
    expect([...cleanText('长'.repeat(500))].length).toBe(201);
  });
});

describe('previewText', () => {
  it('detects the delimiter and guesses the mapping from the first rows', () => {
    const p = previewText('name;lng;lat;sector\nA;113,3;23,1;bio\nB;113,4;23,2;ai\n', 'a.csv');
    expect('error' in p).toBe(false);
    if ('error' in p) return;
    expect(p.delimiter).toBe(';');
    expect(p.header).toEqual(['name', 'lng', 'lat', 'sector']);
    expect(p.rows).toHaveLength(2);
    expect(p.mapping).toEqual({ name: 0, lon: 1, lat: 2 });
    const t = previewText('名称\t经度\t纬度\nA\t113.3\t23.1\n', 'a.tsv');
    expect(!('error' in t) && t.delimiter).toBe('\t');
  });
  it('drops a cut last line of a head', () => {
    const p = previewText('name,lon,lat\nA,113.3,23.1\nB,113.', 'a.csv', true);
    expect(!('error' in p) && p.rows).toEqual([['A', '113.3', '23.1']]);
  });
  it('says an empty file is empty', () => {
    expect(previewText('\uFEFF  \n', 'a.csv')).toEqual({ error: { key: 'districts.impEmpty', vars: {} } });
  });
});

describe('importText', () => {
  it('lands reference points in their districts, from each datum', () => {
    for (const datum of ['wgs84', 'gcj02', 'bd09'] as const) {
      const rows = REFERENCE.map(([n, lon, lat]) => {
        const [x, y] = fromWgs84(datum, [lon, lat]);
        return `${n},${x},${y}`;
      });
      const r = run(['name,lon,lat', ...rows].join('\n'), datum);
      expect(r.districts).toEqual(REFERENCE.map((x) => x[3]));
      expect(r.outside).toBe(0);
    }
  });
  it('keeps the other columns as attributes, and counts points outside Guangzhou apart', () => {
    const r = run('name,sector,lon,lat,note\nA,bio,113.3245,23.1064,"x, y"\nShenzhen Co,ai,114.06,22.54,\n');
    expect(r.attrKeys).toEqual(['sector', 'note']);
    expect(r.attrs).toEqual([
      ['bio', 'ai'],
      ['x, y', ''],
    ]);
    expect(r.districts).toEqual(['海珠区', null]);
    expect(r.outside).toBe(1);
    expect(r.counts['海珠区']).toBe(1);
  });
  it('lists bad rows by row and reason and still loads the good ones', () => {
    const r = run('name,lon,lat\nok,113.3,23.1\nnan,abc,23.1\nempty,,23.1\nfar,200,23\n\nok2,113.4,23.2\n');
    expect(r.names).toEqual(['ok', 'ok2']);
    expect([...r.rows]).toEqual([2, 7]);
    expect(r.skipped).toBe(3);
    expect(messages(r)).toEqual([
      'row 3: the longitude “abc” is not a number',
      'row 4: the longitude is empty',
      'row 5: the longitude 200 is outside −180 to 180',
    ]);
  });
  it('reports a quote that never closes and keeps the rows before it', () => {
    const r = run('name,lon,lat\nA,113.3,23.1\n"B,113,23\nC,113,23\n');
    expect(r.names).toEqual(['A']);
    expect(messages(r)).toContain('row 3: a quote is not closed; the rest of the file could not be read');
  });
  it('keeps hostile names as text (they are only ever shown as text)', () => {
    const r = run('name,lon,lat\n<img src=x onerror=alert(1)>,113.3,23.1\n=HYPERLINK("http://x"),113.3,23.1\n');
    expect(r.names).toEqual(['<img src=x onerror=alert(1)>', '=HYPERLINK("http://x")']);
  });
  it('uses the mapping the user chose', () => {
    const r = run('a,b,c\nX,23.1,113.3\n', 'wgs84', 'x.csv', { mapping: { name: 0, lon: 2, lat: 1 } });
    expect([r.lon[0], r.lat[0]]).toEqual([113.3, 23.1]);
  });
  it('fails with one sentence when there is nothing to read', () => {
    expect(fail('')).toBe('districts.impEmpty');
    expect(fail('a,b\n1,2\n')).toBe('districts.impNoHeader');
    expect(fail('{"type":"Nope"}', 'x.geojson')).toBe('districts.impNotGeoJson');
    expect(fail('{oops', 'x.geojson')).toBe('districts.impBadJson');
  });
  it('reads GeoJSON points with their properties as attributes', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [113.3245, 23.1064] }, properties: { name: 'T', staff: 12, tags: ['a'] } },
        {
          type: 'Feature',
          geometry: {
            type: 'LineString',
            coordinates: [
              [0, 0],
              [1, 1],
            ],
          },
          properties: {},
        },
      ],
    };
    const r = run(JSON.stringify(fc), 'wgs84', 'x.geojson');
    expect(r.names).toEqual(['T']);
    expect(r.attrKeys).toEqual(['name', 'staff', 'tags']);
    expect(r.attrs.map((a) => a[0])).toEqual(['T', '12', '["a"]']);
    expect(messages(r)).toEqual(['feature 2: its geometry is LineString, not a Point; skipped']);
  });
  it('reports progress up to 1 for both phases', () => {
    const seen = new Set<string>();
    const rows = Array.from({ length: 12000 }, (_, i) => `p${i},113.3,23.1`);
    run(['name,lon,lat', ...rows].join('\n'), 'wgs84', 'x.csv', {
      onProgress: (ph, f) => {
        if (f === 1) seen.add(ph);
      },
    });
    expect(seen).toEqual(new Set(['parse', 'place']));
  });
});

describe('packPoints', () => {
  it('packs and unpacks without loss, and builds the map features', async () => {
    const { packPoints, unpackPoints, mapFeatures } = await import('../../src/data/packPoints.ts');
    const r = run('name,sector,lon,lat\nA "q",bio,113.3245,23.1064\n,ai,114.06,22.54\n');
    const back = unpackPoints(packPoints(r));
    expect(back).toEqual(r);
    const fc = mapFeatures(r);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.map((f) => f.properties)).toEqual([
      { i: 0, n: 'A "q"' },
      { i: 1, n: '#3' },
    ]);
    expect(fc.features[0]!.geometry.coordinates).toEqual([113.3245, 23.1064]);
  });
});

describe('packDistricts', () => {
  it('indexes the districts in order of first appearance, -1 for none (as the portfolio worker takes them)', async () => {
    const { packDistricts } = await import('../../src/data/packPoints.ts');
    const { district, districtNames } = packDistricts(['乙区', null, '甲区', '乙区']);
    expect(districtNames).toEqual(['乙区', '甲区']);
    expect([...district]).toEqual([0, -1, 1, 0]);
    expect(packDistricts([])).toEqual({ district: new Int8Array(0), districtNames: [] });
  });
});
