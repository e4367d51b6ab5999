// A user's file through the real import and back out through the layer exports, read back by real
// clients: GDAL's ogrinfo (field types, feature counts, sums) and Papa Parse with dynamic typing, the
// way a spreadsheet reads a CSV (values, sums). What came in must come back: the numbers as numbers,
// the user's own column names, the coordinates in the datum they came in, and that datum said.
import { describe, it, expect, beforeAll } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { importText, type ImportedPoints } from '../../src/data/importPipeline.ts';
import { userLayerCsv, userLayerGeoJson, isNumericColumn, type LayerForExport } from '../../src/data/exportUserLayer.ts';
import { fromWgs84 } from '../../src/geo/datum.ts';

const districts = JSON.parse(readFileSync(new URL('../../data/districts.geojson', import.meta.url), 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  { name_zh: string }
>;
const cities = [{ id: 'science-city', name: '广州科学城', lon: 113.446, lat: 23.166 }];
const nodes = [{ id: 'pazhou', name: '琶洲人工智能与数字经济试验区', lon: 113.37, lat: 23.1 }];
const labels = {
  outside: '广州以外',
  headers: {
    name: '名称',
    lon: '经度',
    lat: '纬度',
    datum: '坐标系',
    district: '所在区',
    city: '最近的三城一区',
    cityKm: '距离（公里）',
    node: '最近的十三节点',
    nodeKm: '距节点（公里）',
    row: '文件中的行',
  },
};
const prov = { source: 'test', exported: 't', boundaries: 'b', boundaries_licence: 'l' };

/** GCJ-02 positions as AMap gives them (WGS-84 sites in Tianhe, Haizhu, Huangpu, Panyu shifted to GCJ-02). */
const gcj = [
  [113.324, 23.137],
  [113.3245, 23.1064],
  [113.446, 23.166],
  [113.384, 22.937],
].map((p) => fromWgs84('gcj02', p as [number, number]).map((x) => Math.round(x * 1e6) / 1e6));
const FILE = [
  '公司名称,经度,纬度,投资额(万元),变化,编码,备注',
  `甲公司,${gcj[0]![0]},${gcj[0]![1]},-5.2,+800,0755,=1+1`,
  `乙公司,${gcj[1]![0]},${gcj[1]![1]},+800,-1200,0020,-2+3`,
  `丙公司,${gcj[2]![0]},${gcj[2]![1]},1e3,,0123,@SUM(A1)`,
  `丁公司,${gcj[3]![0]},${gcj[3]![1]},-1200,-0.5,0999,普通文字`,
].join('\r\n');

const OGRINFO = spawnSync('ogrinfo', ['--version']).status === 0;
if (!OGRINFO) console.warn('exportRoundTrip: ogrinfo (Debian gdal-bin) is not installed: the GDAL read-backs are SKIPPED (CI installs it)');
const ogr = (...args: string[]) => execFileSync('ogrinfo', ['-ro', '-q', ...args], { encoding: 'utf8' });
const ogrSummary = (...args: string[]) => execFileSync('ogrinfo', ['-ro', '-al', '-so', ...args], { encoding: 'utf8' });
const fieldType = (summary: string, field: string) => summary.match(new RegExp(`^${field.replace(/[()]/g, '\\$&')}: (\\w+)`, 'm'))?.[1];

let layer: LayerForExport;
const dir = mkdtempSync(join(tmpdir(), 'gz-export-'));
beforeAll(() => {
  const r = importText(FILE, { fileName: 'portfolio.csv', encoding: 'utf-8', datum: 'gcj02', districts });
  if ('error' in r) throw new Error(r.error.key);
  layer = { name: 'portfolio', ...(r as ImportedPoints) };
});

describe('the CSV export read back like a spreadsheet', () => {
  const read = (csv: string) => Papa.parse<Record<string, unknown>>(csv.replace(/^\uFEFF/, ''), { header: true, dynamicTyping: true, skipEmptyLines: true });

  it('keeps numbers as numbers (-5.2, +800, 1e3, -1200) so their sum is right, and neutralises only formulas', () => {
    const { data } = read(userLayerCsv(layer, cities, nodes, labels));
    // Papa's typing does not read a leading plus (a spreadsheet does: GDAL's sum below checks it): the
    // cell must come back exactly as it came, with no quote in front.
    expect(data.map((r) => r['投资额(万元)'])).toEqual([-5.2, '+800', 1000, -1200]);
    expect(data.map((r) => Number(r['投资额(万元)'])).reduce((s, v) => s + v, 0)).toBeCloseTo(594.8, 6);
    expect(data.map((r) => r['变化'])).toEqual(['+800', -1200, null, -0.5]);
    expect(data.map((r) => r['备注'])).toEqual(["'=1+1", "'-2+3", "'@SUM(A1)", '普通文字']);
  });
  it('keeps the user’s own column names in the file’s order, then says the datum', () => {
    const { meta } = read(userLayerCsv(layer, cities, nodes, labels));
    expect(meta.fields!.slice(0, 8)).toEqual(['公司名称', '经度', '纬度', '投资额(万元)', '变化', '编码', '备注', '坐标系']);
  });
  it('writes the coordinates in the datum the file came in (they paste back into AMap), or in WGS-84 on request', () => {
    const { data } = read(userLayerCsv(layer, cities, nodes, labels));
    data.forEach((r, i) => {
      expect(r['坐标系']).toBe('GCJ-02');
      expect(Math.abs((r['经度'] as number) - gcj[i]![0]!)).toBeLessThan(2e-6);
      expect(Math.abs((r['纬度'] as number) - gcj[i]![1]!)).toBeLessThan(2e-6);
    });
    const w = read(userLayerCsv(layer, cities, nodes, labels, 'wgs84')).data;
    expect(w[0]!['坐标系']).toBe('WGS-84');
    expect(Math.abs((w[0]!['经度'] as number) - 113.324)).toBeLessThan(2e-6);
  });
  it.skipIf(!OGRINFO)('reads back in GDAL: 4 features, the amounts a Real column that sums right', () => {
    const file = join(dir, 'layer.csv');
    writeFileSync(file, userLayerCsv(layer, cities, nodes, labels));
    const s = ogrSummary('-oo', 'AUTODETECT_TYPE=YES', file);
    expect(s).toMatch(/Feature Count: 4/);
    expect(fieldType(s, '投资额(万元)')).toBe('Real');
    expect(fieldType(s, '变化')).toBe('Real');
    expect(fieldType(s, '备注')).toBe('String');
    const sum = ogr('-oo', 'AUTODETECT_TYPE=YES', '-sql', 'SELECT SUM("投资额(万元)") AS total FROM layer', file);
    expect(Number(sum.match(/total \(Real\) = (-?[\d.]+)/)?.[1])).toBeCloseTo(594.8, 6);
  });
});

describe('the GeoJSON export read back in GDAL', () => {
  it('types numeric columns as numbers, keeps codes with leading zeros as text, names the nearest places', () => {
    const fc = JSON.parse(userLayerGeoJson(layer, cities, nodes, labels, prov));
    const p = fc.features[0].properties;
    expect(p['投资额(万元)']).toBe(-5.2);
    expect(fc.features[2].properties['投资额(万元)']).toBe(1000);
    expect(fc.features[2].properties['变化']).toBeNull();
    expect(p['编码']).toBe('0755');
    expect(p['公司名称']).toBe('甲公司');
    expect(p).not.toHaveProperty('名称');
    expect(p.nearest_thirteen_nodes).toBe('琶洲人工智能与数字经济试验区');
    expect(p.nearest_thirteen_nodes_id).toBe('pazhou');
    expect(p.source_datum).toBe('GCJ-02');
    expect(Math.abs(p['经度'] - gcj[0]![0]!)).toBeLessThan(2e-6);
    // The geometry is WGS-84 (RFC 7946).
    expect(fc.features[0].geometry.coordinates[0]).toBeCloseTo(113.324, 5);
  });
  it.skipIf(!OGRINFO)('ogrinfo: 4 point features, Real/Integer where the file had numbers, String for codes and names', () => {
    const file = join(dir, 'layer.geojson');
    writeFileSync(file, userLayerGeoJson(layer, cities, nodes, labels, prov));
    const s = ogrSummary(file);
    expect(s).toMatch(/Geometry: Point/);
    expect(s).toMatch(/Feature Count: 4/);
    expect(fieldType(s, '投资额(万元)')).toBe('Real');
    expect(fieldType(s, '变化')).toBe('Real');
    expect(fieldType(s, '编码')).toBe('String');
    expect(fieldType(s, '公司名称')).toBe('String');
    expect(fieldType(s, 'row')).toBe('Integer');
    expect(fieldType(s, 'nearest_thirteen_nodes')).toBe('String');
    expect(fieldType(s, 'nearest_thirteen_nodes_km')).toBe('Real');
    const sum = ogr('-sql', 'SELECT SUM("投资额(万元)") AS total FROM portfolio', file);
    expect(Number(sum.match(/total \(Real\) = (-?[\d.]+)/)?.[1])).toBeCloseTo(594.8, 6);
  });
});

describe('isNumericColumn', () => {
  it('takes plain decimals, never codes that a number would change', () => {
    expect(isNumericColumn(['-5.2', '+800', '1e3', '', '-1200'])).toBe(true);
    expect(isNumericColumn(['0755', '12'])).toBe(false);
    expect(isNumericColumn(['91440101MA5CXXXX', '1'])).toBe(false);
    expect(isNumericColumn(['440101199001011234'])).toBe(false);
    expect(isNumericColumn(['', ' '])).toBe(false);
    expect(isNumericColumn(['0', '0.5', '-0.25'])).toBe(true);
  });
});
