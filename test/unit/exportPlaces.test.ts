import { describe, it, expect } from 'vitest';
import { toCsv, toGeoJson, placeRow, siteOf, guardCell, quoteCell, exportFileName, BOM, CSV_COLUMNS, type ExportRow } from '../../src/data/exportPlaces.ts';
import type { PlaceFeature } from '../../src/data/appData.ts';

const props = (over: Partial<PlaceFeature['properties']>): PlaceFeature['properties'] => ({
  id: 'x',
  kind: 'institute',
  name_zh: '某研究院',
  name_en: 'Some Institute',
  name_en_status: 'translation',
  name_pinyin: 'mou',
  plan_terms: ['某研究院'],
  named_in_plan: true,
  district: '黄埔区',
  district_other: [],
  actions: ['A1', 'A2'],
  tasks: ['A1-2'],
  lines: [[1, 1]],
  confidence: 'high',
  uncertainty_km: null,
  location_note: { zh: '注', en: 'n' },
  groups: [],
  ...over,
});
const point: PlaceFeature = { type: 'Feature', geometry: { type: 'Point', coordinates: [113.45, 23.17] }, properties: props({ id: 'pt' }) };
const unsited: PlaceFeature = { type: 'Feature', geometry: null, properties: props({ id: 'none', district: null, actions: [], tasks: [] }) };
const area: PlaceFeature = {
  type: 'Feature',
  geometry: {
    type: 'Polygon',
    coordinates: [
      [
        [113, 23],
        [114, 23],
        [114, 24],
        [113, 24],
        [113, 23],
      ],
    ],
  },
  properties: props({ id: 'area', anchor: [113.2, 23.3] }),
};
const row = (over: Partial<ExportRow>): ExportRow => ({ ...placeRow(point), ...over });

/** Splits a CSV body (after the BOM) into records of fields, by RFC 4180. */
function parseCsv(text: string): string[][] {
  const out: string[][] = [];
  let rec: string[] = [];
  let f = '';
  let q = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (q) {
      if (c === '"' && text[i + 1] === '"') {
        f += '"';
        i++;
      } else if (c === '"') q = false;
      else f += c;
    } else if (c === '"') q = true;
    else if (c === ',') {
      rec.push(f);
      f = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      rec.push(f);
      out.push(rec);
      rec = [];
      f = '';
      i++;
    } else f += c;
  }
  return out;
}

describe('placeRow / siteOf', () => {
  it("names the kind in the reader's language when asked (the CSV), else keeps the code", () => {
    expect(placeRow(point, (k) => (k === 'institute' ? 'Research institute' : k)).kind).toBe('Research institute');
    expect(placeRow(point).kind).toBe('institute');
  });
  it('gives a point its position, an area its anchor, and no site empty coordinates', () => {
    expect(placeRow(point)).toMatchObject({ id: 'pt', lon: 113.45, lat: 23.17, actions: ['A1', 'A2'], tasks: ['A1-2'], district: '黄埔区' });
    expect(siteOf(area)).toEqual([113.2, 23.3]);
    expect(placeRow(unsited)).toMatchObject({ lon: null, lat: null, district: null });
  });
  it('falls back to the mean of the outer ring when an area has no anchor', () => {
    const { anchor: _a, ...rest } = area.properties;
    expect(siteOf({ geometry: area.geometry, properties: rest as PlaceFeature['properties'] })).toEqual([113.5, 23.5]);
  });
});

describe('toCsv', () => {
  // The sources: data/place-sources.json, handed to the export by its caller.
  const sourcesOf = (id: string) => (id === 'pt' ? [{ title: { zh: '源', en: 's' } }] : []);
  const csv = toCsv([placeRow(point, { kindName: (k) => k, unitsOf: () => [], lang: 'en', sourcesOf }), placeRow(unsited)]);
  it('starts with the UTF-8 BOM, ends every line with CRLF and has no bare LF', () => {
    expect(csv.startsWith(BOM)).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(csv.slice(1).split('\r\n')[0]).toBe(CSV_COLUMNS.join(','));
  });
  it('writes Chinese text as is and leaves empty lon/lat for a place with no site', () => {
    const recs = parseCsv(csv.slice(1));
    expect(recs).toHaveLength(3);
    expect(recs[1]).toEqual(['pt', '某研究院', 'Some Institute', 'institute', '黄埔区', 'high', '113.45', '23.17', 'A1;A2', 'A1-2', '', 'L1', 's']);
    expect(recs[2]!.slice(4, 10)).toEqual(['', 'high', '', '', '', '']);
  });
  it('adds kind names, responsible units, plan lines and sources from the context', () => {
    const ctx = {
      kindName: (k: string) => (k === 'institute' ? '科研院所' : k),
      unitsOf: () => ['市科技局', '黄埔区政府'],
      lang: 'zh' as const,
      // A place's sources come from data/place-sources.json, loaded by the export (not in the place).
      sourcesOf: (id: string) => (id === 'pt' ? [{ title: { zh: '地名录', en: 'Gazetteer' }, url: 'https://example.org/a' }] : []),
    };
    const f: PlaceFeature = {
      ...point,
      properties: props({
        id: 'pt',
        lines: [
          [10, 12],
          [40, 40],
        ],
      }),
    };
    const recs = parseCsv(toCsv([placeRow(f, ctx)]).slice(1));
    const at = (c: string) => recs[1]![CSV_COLUMNS.indexOf(c as (typeof CSV_COLUMNS)[number])];
    expect(at('kind')).toBe('科研院所');
    expect(at('units')).toBe('市科技局;黄埔区政府');
    expect(at('plan_lines')).toBe('L10-12;L40');
    expect(at('sources')).toBe('地名录 <https://example.org/a>');
  });
  it('quotes commas, quotes and line breaks (RFC 4180) and reads back the same', () => {
    const name = 'Lab, "Big" one\nsecond line';
    const recs = parseCsv(toCsv([row({ name_en: name })]).slice(1));
    expect(recs[1]![2]).toBe(name);
    expect(quoteCell('a"b')).toBe('"a""b"');
    expect(quoteCell('plain')).toBe('plain');
  });
  it('guards cells a spreadsheet would run as a formula, but not numbers', () => {
    for (const bad of ['=1+1', '+cmd', '-2+3', '@SUM(A1)', '\tx', '\rx']) expect(guardCell(bad)).toBe(`'${bad}`);
    // After leading spaces (Excel trims them) and in their full-width forms.
    for (const bad of ['  =1+1', ' @SUM(A1)', '\u3000=cmd', '＝1+1', '＋cmd', '－2', '＠SUM(A1)', ' ＝x']) expect(guardCell(bad)).toBe(`'${bad}`);
    expect(guardCell('研究院=1')).toBe('研究院=1');
    expect(guardCell('a -b')).toBe('a -b');
    const recs = parseCsv(toCsv([row({ name_zh: '=HYPERLINK("http://x")', lon: -12.5 })]).slice(1));
    expect(recs[1]![1]).toBe(`'=HYPERLINK("http://x")`);
    expect(recs[1]![CSV_COLUMNS.indexOf('lon')]).toBe('-12.5');
  });
  it('writes only the header for no rows', () => {
    expect(toCsv([])).toBe(BOM + CSV_COLUMNS.join(',') + '\r\n');
  });
});

describe('toGeoJson', () => {
  it('is a FeatureCollection with geometry as is and the CSV fields as properties', () => {
    const fc = JSON.parse(toGeoJson([point, unsited, area]));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(3);
    expect(fc.features[0].geometry).toEqual(point.geometry);
    expect(fc.features[1].geometry).toBeNull();
    expect(fc.features[2].geometry.type).toBe('Polygon');
    expect(Object.keys(fc.features[0].properties)).toEqual([...CSV_COLUMNS]);
    expect(fc.features[0].properties.name_zh).toBe('某研究院');
    expect(fc.features[2].properties).toMatchObject({ id: 'area', lon: 113.2, lat: 23.3 });
    expect(fc.provenance).toBeUndefined();
  });
  it('carries the provenance, on the collection and in every feature', () => {
    const prov = { source: 'plan', exported: '2024-01-05T00:00:00Z', boundaries: 'b', boundaries_licence: 'AMap terms' };
    const fc = JSON.parse(toGeoJson([point], undefined, prov));
    expect(fc.provenance).toEqual(prov);
    expect(fc.features[0].properties.provenance).toEqual(prov);
  });
});

describe('exportFileName', () => {
  const day = new Date(2024, 0, 5, 23, 59);
  it('names the metric and the local date', () => {
    expect(exportFileName('institute', day, 'csv')).toBe('guangzhou-hub-places-institute-2024-01-05.csv');
    expect(exportFileName(undefined, day, 'geojson')).toBe('guangzhou-hub-places-all-2024-01-05.geojson');
    expect(exportFileName('../<x>', day, 'csv')).toBe('guangzhou-hub-places-x-2024-01-05.csv');
  });
});
