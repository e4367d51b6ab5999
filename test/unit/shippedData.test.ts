// The build's data files and head: computed once at build time, checked there, and the page's CSP.
import { describe, it, expect } from 'vitest';
import { buildShippedData, REPO_SOURCES } from '../../scripts/lib/hubData.ts';
import { contentSecurityPolicy, basemapOrigins } from '../../scripts/lib/csp.ts';
import { slimForMap, roundCoordinates } from '../../src/geo/mapData.ts';
import { APP_FILES, MAP_FILES, PANEL_FILES } from '../../src/data/dataFiles.ts';
import { bootLang } from '../../src/state/bootLang.ts';
import { readText } from '../../scripts/lib/repoData.ts';

describe('buildShippedData', () => {
  const files = buildShippedData(readText);
  it('writes every file the loader and the map ask for', () => {
    for (const p of [...Object.values(APP_FILES), ...Object.values(MAP_FILES)]) expect(files.has(p), p).toBe(true);
  });
  it('ships the panel files (fetched when a panel first needs them) with the same content, apart from the first load', () => {
    for (const k of Object.keys(PANEL_FILES) as (keyof typeof PANEL_FILES)[]) {
      expect(JSON.parse(files.get(PANEL_FILES[k])!)).toEqual(JSON.parse(readText(REPO_SOURCES[k])));
      expect(Object.values(APP_FILES)).not.toContain(PANEL_FILES[k]);
    }
    // What only a panel reads is not in the files read at first load.
    expect(files.get(APP_FILES.places)!).not.toContain('"sources"');
    expect(files.get(APP_FILES.outcomes)!).not.toContain('"searches"');
  });
  it('ships the app files with the same content, and the map files without the long texts', () => {
    expect(JSON.parse(files.get(APP_FILES.places)!)).toEqual(JSON.parse(readText(REPO_SOURCES.places)));
    expect(files.get(APP_FILES.seed)).toBe(readText(REPO_SOURCES.seed));
    const d = JSON.parse(files.get(APP_FILES.districts)!);
    expect(d.features).toHaveLength(11);
    expect(String(d.features[0].geometry.coordinates.flat(3)[0]).split('.')[1]!.length).toBeLessThanOrEqual(4);
    const places = JSON.parse(files.get(MAP_FILES.places)!).features as Array<{ properties: Record<string, unknown> }>;
    const role = (fs: typeof places, r: string) => fs.filter((f) => f.properties['role'] === r);
    const points = role(places, 'point');
    expect(points.length).toBeGreaterThan(40);
    const p = points[0]!.properties;
    expect(p['id']).toBeTypeOf('string');
    expect(p['kind']).toBeTypeOf('string');
    expect(p['rank']).toBeTypeOf('number');
    expect(p).not.toHaveProperty('sources');
    expect(p).not.toHaveProperty('location_note');
    // Uncertainty zones and label points are computed here, not in the browser; every feature has a role.
    expect(role(places, 'zone').length).toBeGreaterThan(0);
    expect(role(places, 'area-label').length).toBe(role(places, 'area').length);
    const context = JSON.parse(files.get(MAP_FILES.context)!).features as typeof places;
    expect(role(context, 'district-label')).toHaveLength(11);
    expect(role(context, 'city').length).toBeGreaterThan(0);
    expect([...places, ...context].every((f) => typeof f.properties['role'] === 'string')).toBe(true);
  });
  it('draws names as the panel shows them: the PDF artefacts corrected in the map files, kept in the app files', () => {
    for (const p of Object.values(MAP_FILES)) if (p !== APP_FILES.districts) expect(files.get(p)!, p).not.toContain('臵');
    expect(files.get(MAP_FILES.places)!).toContain('冷泉生态系统大科学装置');
    expect(files.get(APP_FILES.places)!).toContain('冷泉生态系统大科学装臵');
  });
  it('fails the build naming file, feature id and field when a file breaks its schema', () => {
    const places = JSON.parse(readText(REPO_SOURCES.places));
    places.features[5].properties.confidence = 'certain';
    const id = places.features[5].properties.id;
    const read = (rel: string) => (rel === REPO_SOURCES.places ? JSON.stringify(places) : readText(rel));
    expect(() => buildShippedData(read)).toThrow(new RegExp(`data/places\\.geojson: ${id}: features\\.5\\.properties\\.confidence: `));
  });
  it('checks the context cities too', () => {
    const read = (rel: string) =>
      rel === REPO_SOURCES.gbaCities ? '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":null,"properties":{}}]}' : readText(rel);
    expect(() => buildShippedData(read)).toThrow(/data\/gba-cities\.geojson: /);
  });
});

describe('slimForMap and roundCoordinates', () => {
  const fc = {
    type: 'FeatureCollection' as const,
    features: [
      {
        type: 'Feature' as const,
        id: 'a',
        geometry: { type: 'Point' as const, coordinates: [113.123456789, 23.987654321] },
        properties: { id: 'a', kind: 'lab', sources: [{ title: 'x' }], notes: 'long' },
      },
    ],
  };
  it('drops what the map never reads and keeps the rest', () => {
    expect(slimForMap(fc).features[0]!.properties).toEqual({ id: 'a', kind: 'lab' });
    expect(fc.features[0]!.properties.notes).toBe('long'); // the input is not changed
  });
  it('rounds every coordinate', () => {
    expect(roundCoordinates(fc, 5).features[0]!.geometry.coordinates).toEqual([113.12346, 23.98765]);
  });
});

describe('contentSecurityPolicy', () => {
  it('allows no remote origin without a basemap, and only the basemap’s with one', () => {
    const none = contentSecurityPolicy({ basemapOrigins: [] });
    expect(none).toContain("script-src 'self'");
    expect(none).toContain("worker-src 'self' blob:");
    expect(none).not.toMatch(/https?:/);
    expect(none).not.toContain('unsafe-eval');
    const some = contentSecurityPolicy({ basemapOrigins: basemapOrigins('https://tiles.example.org/styles/x.json') });
    expect(some).toContain("connect-src 'self' blob: https://tiles.example.org");
    expect(some.match(/https:\/\/[^\s;]+/g)!.every((o) => o === 'https://tiles.example.org')).toBe(true);
  });
  it('takes nothing from a style URL that is not http(s)', () => {
    expect(basemapOrigins('javascript:alert(1)')).toEqual([]);
    expect(basemapOrigins('not a url')).toEqual([]);
    expect(basemapOrigins(undefined, ['https://a.example'])).toEqual(['https://a.example']);
  });
});

describe('bootLang', () => {
  it('takes the link’s lang, else the browser’s', () => {
    expect(bootLang('#select=x&lang=en', ['zh-CN'])).toBe('en');
    expect(bootLang('#lang=zh', ['en-US'])).toBe('zh');
    expect(bootLang('#lang=fr', ['zh-TW'])).toBe('zh');
    expect(bootLang('#xlang=en', ['zh-CN'])).toBe('zh');
    expect(bootLang('', ['en-GB'])).toBe('en');
  });
});
