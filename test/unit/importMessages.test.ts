// The import says what it did: the mapping shown is the mapping used (even with 1,000 columns), values
// cut, rows merged by a stray quote, a swapped GeoJSON position, most points outside Guangzhou; plurals
// in both languages, a small file's size in kB, and no English word in the Chinese binary-file message.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { previewText, importText, mappingUsable, MAX_COLUMNS, type ImportedPoints } from '../../src/data/importPipeline.ts';
import { t, say } from '../../src/i18n/index.ts';
import { fileSize, importIssueText } from '../../src/ui/districts/importWords.ts';
import '../../src/i18n/catalogue/districts.ts';
import '../../src/i18n/catalogue/importer.ts';

const districts = JSON.parse(readFileSync(new URL('../../data/districts.geojson', import.meta.url), 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  { name_zh: string }
>;
const run = (text: string, fileName = 'x.csv', extra: Partial<Parameters<typeof importText>[1]> = {}): ImportedPoints => {
  const r = importText(text, { fileName, encoding: 'utf-8', datum: 'wgs84', districts, ...extra });
  if ('error' in r) throw new Error(`import failed: ${r.error.key}`);
  return r;
};
const warningKeys = (r: ImportedPoints) => (r.warnings ?? []).map((w) => w.key);

describe('1,000 columns, name and coordinates in columns 998–1000', () => {
  const header = [...Array.from({ length: 997 }, (_, i) => `c${i + 1}`), '名称', 'lon', 'lat'];
  const row = (n: string, lon: number, lat: number) => [...Array.from({ length: 997 }, (_, i) => String(i)), n, String(lon), String(lat)].join(',');
  const file = [header.join(','), row('A', 113.3245, 23.1064), row('B', 113.446, 23.166)].join('\n');

  it('the preview lists every column, and the mapping it shows is the one detected', () => {
    const p = previewText(file, 'wide.csv');
    if ('error' in p) throw new Error(p.error.key);
    expect(p.header.length).toBe(1000);
    expect([p.header[p.mapping.name], p.header[p.mapping.lon], p.header[p.mapping.lat]]).toEqual(['名称', 'lon', 'lat']);
    expect(mappingUsable(p.mapping, p.header.length)).toBe(true);
    expect(p.rows[0]![p.mapping.lon]).toBe('113.3245');
  });
  it('a mapping to columns the lists do not show cannot be used', () => {
    expect(mappingUsable({ name: 997, lon: 998, lat: 999 }, 200)).toBe(false);
    expect(mappingUsable({ name: -1, lon: 3, lat: 3 }, 10)).toBe(false);
    expect(mappingUsable({ name: -1, lon: 1, lat: 2 }, 10)).toBe(true);
  });
  it('imports with it, keeps the first attributes and says how many columns were left out', () => {
    const r = run(file);
    expect(r.names).toEqual(['A', 'B']);
    expect(r.attrKeys.length).toBe(MAX_COLUMNS);
    const w = r.warnings!.find((x) => x.key === 'importer.columnsDropped')!;
    expect(w.vars).toMatchObject({ n: 1000, k: MAX_COLUMNS, m: 997 - MAX_COLUMNS });
    expect(r.columns).toMatchObject({ name: MAX_COLUMNS, lon: MAX_COLUMNS + 1, lat: MAX_COLUMNS + 2 });
    expect(r.columns!.header.slice(-3)).toEqual(['名称', 'lon', 'lat']);
  });
});

describe('a value cut at MAX_ATTR is said', () => {
  it('names the count, the first row and column', () => {
    const big = 'x'.repeat(1024 * 1024);
    const r = run(`name,lon,lat,note\nA,113.3245,23.1064,${big}\nB,113.446,23.166,short\nC,113.446,23.166,${big}`);
    const w = r.warnings!.find((x) => x.key === 'importer.cellsCut')!;
    expect(w.vars).toEqual({ n: 2, row: 2, col: 'note' });
    expect(say('en', w)).toBe('2 values were too long and cut (names at 200 characters, other values at 1,000); the first in row 2, column “note”.');
    expect(r.attrs[0]![0]!.length).toBeLessThan(1010);
  });
  it('in GeoJSON too', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [{ type: 'Feature', geometry: { type: 'Point', coordinates: [113.3245, 23.1064] }, properties: { name: 'A', memo: 'y'.repeat(5000) } }],
    };
    expect(run(JSON.stringify(fc), 'x.geojson').warnings).toContainEqual({ key: 'importer.cellsCut', vars: { n: 1, row: 1, col: 'memo' } });
  });
  it('says nothing when nothing was cut', () => {
    expect(warningKeys(run('name,lon,lat\nA,113.3245,23.1064'))).toEqual([]);
  });
});

describe('a stray quote that merges rows', () => {
  const file =
    'name,lon,lat,note\nA,113.3,23.1,ok\nB,113.3,23.1,"stray\nC,113.3,23.1,x\nD,113.3,23.1,x\nE,113.3,23.1,x\nF,113.3,23.1,x\nG,113.3,23.1,"fine"\nH,113.3,23.1,y\n';
  it('names the lines read as one row', () => {
    const r = run(file);
    const w = r.warnings!.find((x) => x.key === 'importer.quoteSpan')!;
    expect(w.vars).toEqual({ a: 3, b: 8, k: 6, row: 3 });
    expect(say('en', w)).toBe('Lines 3–8: a quote in line 3 runs over 6 lines, so they were read as one row (record 3). Is a quote stray or missing?');
  });
  it('counts lines after CRLF and earlier multi-line cells right', () => {
    const crlf = 'name,lon,lat,note\r\nA,113.3,23.1,"two\r\nlines"\r\nB,113.3,23.1,"x\r\nC,1,2\r\nD,1,2\r\nE,1,2,"\r\n';
    const w = run(crlf).warnings!.find((x) => x.key === 'importer.quoteSpan')!;
    expect(w.vars).toMatchObject({ a: 4, b: 7 });
  });
  it('leaves a legitimate two-line address alone', () => {
    expect(warningKeys(run('name,lon,lat,addr\nA,113.3,23.1,"天河路 1 号\n2 楼"\n'))).toEqual([]);
  });
});

describe('GeoJSON with longitude and latitude swapped', () => {
  it('hints at the swap, as for CSV', () => {
    const fc = {
      type: 'FeatureCollection',
      features: [
        { type: 'Feature', geometry: { type: 'Point', coordinates: [23.1064, 113.3245] }, properties: { name: 'A' } },
        { type: 'Feature', geometry: { type: 'Point', coordinates: [113.3245, 23.1064] }, properties: { name: 'B' } },
      ],
    };
    const r = run(JSON.stringify(fc), 'x.geojson');
    expect(r.issues[0]!.key).toBe('importer.featLatRangeSwapped');
    expect(say('en', r.issues[0]!)).toMatch(/swapped/);
    expect(say('zh', r.issues[0]!)).toMatch(/填反/);
  });
});

describe('most points outside Guangzhou', () => {
  it('warns when over half are (20 of 21 in Beijing)', () => {
    const rows = ['name,lon,lat', 'GZ,113.3245,23.1064', ...Array.from({ length: 20 }, (_, i) => `BJ${i},116.40${i},39.91`)];
    const r = run(rows.join('\n'));
    const w = r.warnings!.find((x) => x.key === 'importer.mostOutside')!;
    expect(w.vars).toEqual({ n: 20, total: 21 });
    expect(say('en', w)).toBe('20 of the 21 points are outside Guangzhou: wrong datum or wrong columns?');
    expect(say('zh', w)).toBe('21 个点中有 20 个在广州以外：坐标系或经纬度列是否选错了？');
  });
  it('not when half or fewer are', () => {
    expect(warningKeys(run('name,lon,lat\nGZ,113.3245,23.1064\nBJ,116.4,39.91'))).toEqual([]);
  });
});

describe('words in both languages', () => {
  it('plurals: 1 row, 1 point, 1 place', () => {
    expect(t('en', 'districts.importSummary2', { f: 'x', n: 1, m: 0, k: 1 })).toBe('Layer “x”: 1 point, 0 of them outside Guangzhou; 1 row could not be read.');
    expect(t('en', 'districts.exportNote', { n: 1 })).toMatch(/^Exports the 1 place shown/);
    expect(t('en', 'districts.exportNote', { n: 3 })).toMatch(/^Exports the 3 places shown/);
    expect(t('en', 'importer.columnsDropped', { n: 202, k: 200, m: 1 })).toMatch(/1 column was not imported/);
  });
  it('a small file in kB, never “0 MB”', () => {
    expect(fileSize('en', 300)).toBe('1 kB');
    expect(fileSize('en', 20 * 1024)).toBe('20 kB');
    expect(fileSize('zh', 3.3 * 1024 * 1024)).toBe('3.3 MB');
    expect(t('en', 'districts.previewOf', { f: 'a.csv', size: fileSize('en', 2048), enc: 'UTF-8' })).toBe('The first rows of “a.csv” (2 kB, UTF-8).');
  });
  it('the binary-file message has no English word in Chinese', () => {
    const zh = importIssueText('zh', { key: 'districts.impBinary', vars: { what: 'binary' } });
    expect(zh).toBe('这不是文本文件（看起来是二进制文件），无法作为 CSV 导入。');
    expect(zh).not.toMatch(/binary/);
    expect(importIssueText('en', { key: 'districts.impBinary', vars: { what: 'binary' } })).toMatch(/a binary file/);
    expect(importIssueText('zh', { key: 'districts.impBinary', vars: { what: 'PDF' } })).toMatch(/PDF/);
  });
});
