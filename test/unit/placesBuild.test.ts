// build:places' steps (scripts/lib/places/), on file fixtures and small cases.
import { describe, it, expect } from 'vitest';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { fixtureTest } from './fixtures.ts';
import { makeSeedText } from '../../src/data/seedText.ts';
import type { PlanTasks } from '../../src/data/placeLinks.ts';
import { area, polygon } from '@turf/turf';
import { corridorNetwork, type Member } from '../../scripts/lib/places/corridorNetwork.ts';
import { linkRecords } from '../../scripts/lib/places/linkRecords.ts';
import { placeFeature } from '../../scripts/lib/places/placeFeature.ts';
import { Gazetteer, NotesZh, PlaceAreas, PlaceCorrections, PlaceGroups, PlaceSites, PlaceTerms } from '../../scripts/lib/places/placeSeeds.ts';
import { toDistrict } from '../../scripts/lib/places/toDistrict.ts';
import { toSource, uniqueSources } from '../../scripts/lib/places/placeSources.ts';
import { locationNote, locationNoteEn, sentence } from '../../scripts/lib/places/locationNote.ts';
import { areaCircle, CIRCLE_STEPS } from '../../scripts/lib/places/areaCircle.ts';
import { checkRecords } from '../../scripts/lib/places/checkRecords.ts';
import { toPinyin } from '../../scripts/lib/places/toPinyin.ts';
import { readText } from '../../scripts/lib/repoData.ts';

fixtureTest<{ members: Member[]; off_belt: string[] }>('corridorNetwork', ({ members, off_belt }) => corridorNetwork(members, off_belt));

interface PlaceIn {
  seed: string;
  plan: PlanTasks;
  records: unknown;
  notes_zh: unknown;
  tables: { terms: unknown; groups: unknown; areas: unknown; corrections: unknown; sites?: unknown };
  districts: FeatureCollection<Polygon | MultiPolygon>;
}
fixtureTest<PlaceIn>('placeFeature', (i) => {
  const seed = makeSeedText(i.seed);
  const records = Gazetteer.parse(i.records);
  const notes = NotesZh.parse(i.notes_zh);
  const tables = {
    terms: PlaceTerms.parse(i.tables.terms),
    groups: PlaceGroups.parse(i.tables.groups),
    areas: PlaceAreas.parse(i.tables.areas),
    corrections: PlaceCorrections.parse(i.tables.corrections),
    sites: PlaceSites.parse(i.tables.sites ?? { about: '', places: {}, campuses: {}, district_rules: {} }),
  };
  const { links, exclusions } = linkRecords(records, tables.terms, i.plan, seed);
  const ctx = {
    tables,
    seed,
    links,
    exclusions,
    districts: i.districts,
    titles: { zh: notes.source_title, file: 'notes.json' },
    notesZh: { zh: notes.location_note, file: 'notes.json' },
  };
  return records.map((r) => placeFeature(r, ctx));
});

describe('the Guangzhou section', () => {
  it('is the route data/corridors.geojson has (the fixture holds the real members)', () => {
    const input = JSON.parse(readText('test/fixtures/corridorNetwork/in/guangzhou-section.json')) as { members: Member[]; off_belt: string[] };
    const corridors = JSON.parse(readText('data/corridors.geojson')) as { features: Array<{ properties: { corridor: string; from: string; to: string } }> };
    const drawn = corridors.features.filter((f) => f.properties.corridor === 'gz-section').map((f) => [f.properties.from, f.properties.to]);
    expect(corridorNetwork(input.members, input.off_belt)).toEqual(drawn);
  });
});

describe('a place', () => {
  it("takes its district from the gazetteer's words", () => {
    expect(toDistrict('黄埔区', 'x')).toBe('黄埔区');
    expect(toDistrict('outside Guangzhou (Hong Kong)', 'x')).toBe('香港');
    expect(toDistrict(null, 'x')).toBeNull();
    expect(() => toDistrict('outside Guangzhou (Tokyo)', 'p')).toThrow('p: cannot map district "outside Guangzhou (Tokyo)"');
  });
  it('cites its sources in both languages, with only real URLs, once each', () => {
    const titles = { zh: { 'Annual report — p. 3': '年报——第 3 页' }, file: 'notes.json' };
    expect(toSource({ title: 'Annual report', where: 'p. 3', url: 'https://example.org/r' }, 'p', titles)).toEqual({
      title: { zh: '年报——第 3 页', en: 'Annual report — p. 3' },
      url: 'https://example.org/r',
    });
    expect(toSource('广州日报', 'p', titles)).toEqual({ title: { zh: '广州日报', en: '广州日报' } });
    expect(() => toSource({ title: 'Annual report', url: 'www.example.org' }, 'p', titles)).toThrow(
      'p: source "Annual report — www.example.org" has no Chinese version in notes.json (source_title)',
    );
    const s = { title: { zh: '甲', en: 'A' } };
    expect(uniqueSources([s, { ...s }, { ...s, url: 'https://a.org' }])).toHaveLength(2);
  });
  it('says how it was located; the Chinese must translate the English as it is now', () => {
    const r = { id: 'p', lon: null, lat: null, coord_precision: 'none (mobile)', coord_method: 'a ship of Action 三' };
    expect(sentence(' a note ')).toBe('a note.');
    expect(locationNoteEn(r)).toBe('No point (mobile asset): a ship of Action 3.');
    const zh = { p: { en: 'No point (mobile asset): a ship of Action 3.', zh: '无点位（移动设施）：一艘船。' } };
    expect(locationNote(r, undefined, { zh, file: 'n.json' })).toEqual({
      zh: '无点位（移动设施）：一艘船。',
      en: 'No point (mobile asset): a ship of Action 3.',
    });
    expect(() => locationNote({ ...r, coord_method: 'a boat' }, undefined, { zh, file: 'n.json' })).toThrow(
      /p: the Chinese location_note in n\.json translates "No point \(mobile asset\): a ship of Action 3\.", but the note is now/,
    );
  });
  it('is drawn as a closed 64-vertex circle of its stated area', () => {
    const { ring, rKm } = areaCircle([113.45, 23.17], 37.47);
    expect(ring).toHaveLength(CIRCLE_STEPS + 1);
    expect(ring.at(-1)).toEqual(ring[0]);
    expect(rKm).toBeCloseTo(Math.sqrt(37.47 / Math.PI), 12);
    expect(area(polygon([ring])) / 1e6).toBeCloseTo(37.47, 0);
  });
  it('is found by toneless pinyin, 装臵 read as 装置', () => {
    expect(toPinyin('广州科学城')).toBe('guang zhou ke xue cheng');
    expect(toPinyin('大科学装臵')).toBe('da ke xue zhuang zhi');
  });
});

describe('the records', () => {
  const nodes = Array.from({ length: 13 }, (_, i) => ({ id: `node-${i}`, kind: 'node' as const }));
  it('have unique ids and thirteen nodes, and every table names only records that exist', () => {
    expect(() => checkRecords(nodes, [{ file: 'seeds/t.json', entry: 'areas', ids: ['node-1'] }])).not.toThrow();
    expect(() => checkRecords([...nodes, nodes[0]!], [])).toThrow('duplicate id node-0');
    expect(() => checkRecords(nodes.slice(1), [])).toThrow('expected 13 node records, found 12');
    expect(() => checkRecords(nodes, [{ file: 'seeds/t.json', entry: 'areas', ids: ['lake'] }])).toThrow(
      /^seeds\/t\.json: areas: names lake, which is no record/,
    );
  });
});
