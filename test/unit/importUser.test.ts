import { describe, it, expect } from 'vitest';
import {
  importUserText, parseUserFile, decodeBytes, detectSeparator, parseCsvRecords, formatIssue, MAX_ROWS, MAX_BYTES,
} from '../../src/data/importUser.ts';

const csv = (...lines: string[]) => lines.join('\r\n');

describe('CSV import', () => {
  it('reads name/lon/lat columns in any case and order, with a BOM', () => {
    const r = parseUserFile('\uFEFF' + csv('LAT,Name,Longitude', '23.1,Alpha Co,113.3', '23.2,贝塔公司,113.4'));
    expect(r.points).toEqual([{ name: 'Alpha Co', lon: 113.3, lat: 23.1 }, { name: '贝塔公司', lon: 113.4, lat: 23.2 }]);
    expect(r.problems).toEqual([]);
  });
  it('accepts lng, latitude, semicolons, tabs and decimal commas after a semicolon', () => {
    expect(parseUserFile('name;lng;latitude\nA;113,25;23,5\n').points).toEqual([{ name: 'A', lon: 113.25, lat: 23.5 }]);
    expect(parseUserFile('name\tlon\tlat\nB\t113.1\t23.0').points).toEqual([{ name: 'B', lon: 113.1, lat: 23 }]);
  });
  it('reads quoted fields with separators, doubled quotes and line breaks', () => {
    const r = importUserText(csv('name,lon,lat', '"Gamma, ""the"" firm\nHQ",113.5,23.1', 'Delta,113.6,23.2'));
    expect(r.points.map((p) => p.name)).toEqual(['Gamma, "the" firm HQ', 'Delta']);
    // Rows are counted as records: the quoted line break does not shift them.
    expect(r.points.map((p) => p.row)).toEqual([2, 3]);
  });
  it('skips bad rows with their row number and what was wrong, keeping the good ones', () => {
    const r = importUserText(csv('name,lon,lat', 'ok,113.3,23.1', 'nan,abc,23.1', 'empty,,23.1', 'far,200,23', 'swap,23.1,113.3', 'hex,0x10,23', 'ok2,113.4,23.2'));
    expect(r.points.map((p) => p.name)).toEqual(['ok', 'ok2']);
    expect(r.skipped).toBe(5);
    const msgs = r.issues.map((i) => formatIssue(i, 'en'));
    expect(msgs).toEqual([
      'row 3: the longitude “abc” is not a number',
      'row 4: the longitude is empty',
      'row 5: the longitude 200 is outside −180 to 180',
      'row 6: the latitude 113.3 is outside −90 to 90 (are longitude and latitude swapped?)',
      'row 7: the longitude “0x10” is not a number',
    ]);
    expect(formatIssue(r.issues[0]!, 'zh')).toBe('第 3 行：经度“abc”不是数字');
  });
  it('ignores blank lines and a missing trailing newline', () => {
    const r = importUserText('name,lon,lat\n\nA,113,23\n\n\nB,113.1,23.1');
    expect(r.points.map((p) => [p.name, p.row])).toEqual([['A', 3], ['B', 6]]);
    expect(r.issues).toEqual([]);
  });
  it('says which columns it found when there are no coordinate columns', () => {
    const r = parseUserFile('company,address\nA,somewhere');
    expect(r.points).toEqual([]);
    expect(r.problems[0]).toMatch(/No coordinate columns.*company, address/);
  });
  it('names points by their row when there is no name column, and says so', () => {
    const r = parseUserFile('lon,lat\n113,23');
    expect(r.points).toEqual([{ name: '(row 2)', lon: 113, lat: 23 }]);
    expect(r.problems).toEqual(['The header has no name column: points are named by their row.']);
  });
  it('keeps hostile text as plain text (it is never HTML here) and strips control characters', () => {
    const r = importUserText('name,lon,lat\n<img src=x onerror=alert(1)>,113.3,23.1\n"a\u0000b",113,23');
    expect(r.points.map((p) => p.name)).toEqual(['<img src=x onerror=alert(1)>', 'a b']);
  });
  it('reports an unclosed quote instead of swallowing the file silently', () => {
    const r = importUserText('name,lon,lat\nA,113,23\n"B,113,23\nC,113,23');
    expect(r.points.map((p) => p.name)).toEqual(['A']);
    expect(r.issues.map((i) => formatIssue(i, 'en'))).toEqual(['row 3: a quote is not closed; the rest of the file could not be read']);
  });
  it(`reads at most ${MAX_ROWS} rows and says how many more there were`, () => {
    const lines = ['name,lon,lat', ...Array.from({ length: MAX_ROWS + 7 }, (_, i) => `p${i},113.${i % 10},23.1`)];
    const r = importUserText(lines.join('\n'));
    expect(r.points).toHaveLength(MAX_ROWS);
    expect(r.skipped).toBe(7);
    expect(formatIssue(r.issues.at(-1)!, 'en')).toBe(`Only the first ${MAX_ROWS} rows were read; 7 more were not imported.`);
  });
});

describe('GeoJSON import', () => {
  const fc = (features: unknown[]) => JSON.stringify({ type: 'FeatureCollection', features });
  const pt = (coordinates: unknown, properties: unknown = {}) => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties });
  it('reads Point features, naming them by name, 名称 or title', () => {
    const r = parseUserFile(fc([pt([113.3, 23.1], { name: 'A' }), pt([113.4, 23.2], { 名称: '乙' }), pt([113.5, 23.3], { title: 'C' }), pt([113.6, 23.4], null)]), { fileName: 'x.geojson' });
    expect(r.points).toEqual([
      { name: 'A', lon: 113.3, lat: 23.1 }, { name: '乙', lon: 113.4, lat: 23.2 }, { name: 'C', lon: 113.5, lat: 23.3 }, { name: '(feature 4)', lon: 113.6, lat: 23.4 },
    ]);
  });
  it('skips other geometries and bad coordinates with the feature number', () => {
    const r = importUserText(fc([
      { type: 'Feature', geometry: { type: 'LineString', coordinates: [[0, 0], [1, 1]] }, properties: {} },
      { type: 'Feature', geometry: null, properties: {} },
      pt(['113', 23]),
      pt([113, 95]),
      pt([113.3, 23.1], { name: 'ok' }),
      'junk',
    ]), { fileName: 'a.json' });
    expect(r.points.map((p) => [p.name, p.row])).toEqual([['ok', 5]]);
    expect(r.skipped).toBe(5);
    expect(r.issues.map((i) => formatIssue(i, 'en'))).toEqual([
      'feature 1: its geometry is LineString, not a Point; skipped',
      'feature 2: it has no geometry; skipped',
      'feature 3: its coordinates are not a [lon, lat] pair of numbers',
      'feature 4: the latitude 95 is outside −90 to 90',
      'feature 6: it has no geometry; skipped',
    ]);
  });
  it('accepts a single Feature or a bare Point, sniffed without a file name', () => {
    expect(importUserText(JSON.stringify(pt([113, 23], { name: 'one' }))).points).toHaveLength(1);
    expect(importUserText('  {"type":"Point","coordinates":[113,23]}').points).toHaveLength(1);
  });
  it('says so for bad JSON and for JSON that is not GeoJSON', () => {
    expect(parseUserFile('{"type":', { fileName: 'a.geojson' }).problems[0]).toMatch(/^Not valid JSON/);
    expect(parseUserFile('[1,2,3]', { fileName: 'a.json' }).problems).toEqual(['Not GeoJSON: a FeatureCollection, a Feature or a Point is needed.']);
  });
});

describe('limits and robustness', () => {
  it(`refuses a file over ${MAX_BYTES / 1024 / 1024} MB without reading it`, () => {
    const r = parseUserFile('', { byteLength: MAX_BYTES + 1, fileName: 'big.csv' });
    expect(r.points).toEqual([]);
    expect(r.problems).toEqual(['The file is too large (5 MB); the limit is 5 MB. Nothing was imported.']);
    expect(parseUserFile('x'.repeat(MAX_BYTES + 10)).problems[0]).toMatch(/too large/);
  });
  it('says an empty file is empty', () => {
    expect(parseUserFile('').problems).toEqual(['The file is empty.']);
    expect(parseUserFile('\uFEFF  \r\n').problems).toEqual(['The file is empty.']);
  });
  it('never throws, whatever it is given', () => {
    const inputs = ['"', '""""', ',,,\n,,,', '\u0000\u0001', '{', 'null', '{"type":"FeatureCollection","features":{}}', 'lon,lat\n1e400,2', '\uD800', ';;;\t\t\t'];
    for (const s of inputs) {
      for (const fileName of ['a.csv', 'a.geojson', undefined]) {
        const r = importUserText(s, { fileName });
        expect(Array.isArray(r.points)).toBe(true);
        expect(r.issues.length + r.points.length).toBeGreaterThan(0);
      }
    }
    expect(importUserText(undefined as unknown as string).points).toEqual([]);
  });
});

describe('helpers', () => {
  it('detects the separator of the header line, outside quotes', () => {
    expect(detectSeparator('a,b,c\n1;2;3;4;5')).toBe(',');
    expect(detectSeparator('a;b;c')).toBe(';');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
    expect(detectSeparator('"x;y;z",b,c')).toBe(',');
  });
  it('splits records by CRLF, LF or CR', () => {
    expect(parseCsvRecords('a,b\r\nc,d\ne,f\rg,h', ',').records.map((r) => r.fields)).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f'], ['g', 'h']]);
  });
  it('decodes UTF-8, and GB18030 when the bytes are not UTF-8', () => {
    expect(decodeBytes(new TextEncoder().encode('名称,lon,lat'))).toEqual({ text: '名称,lon,lat', encoding: 'utf-8' });
    // "你好" in GBK.
    expect(decodeBytes(new Uint8Array([0xc4, 0xe3, 0xba, 0xc3]))).toEqual({ text: '你好', encoding: 'gb18030' });
  });
});
