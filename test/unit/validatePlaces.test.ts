import { describe, it, expect } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { circle } from '@turf/turf';
import { makeSeedText } from '../../src/data/seedText.ts';
import { Plan } from '../../src/data/planSchema.ts';
import type { Problem } from '../../src/data/problem.ts';
import { validatePlaces, PLACES_FILE, CORRIDORS_FILE } from '../../src/data/validatePlaces.ts';
import { validatePlaceSources, PLACE_SOURCES_FILE } from '../../src/data/validatePlaceSources.ts';
import { TWO_DISTRICTS } from './fixtures.ts';

// ------------------------------------------------------------------ a tiny world
const districts = TWO_DISTRICTS;

const seed = makeSeedText(
  ['（一）行动。', '加快推进广州科学城、琶洲试验区建设，推进', '“四核”科技创新走廊广州段建设。（责任单位：市科技局）', '', '推进风投大厦建设。'].join('\n'),
);

/** Only the parts validatePlaces reads: the tasks with their lines and places. */
function makePlan(a11Places = ['p-area', 'p-one']): Plan {
  return {
    actions: [{ id: 'A1', tasks: [{ id: 'A1-1', lines: [1, 3], places: a11Places }] }],
    supports: [{ id: 'S2', tasks: [{ id: 'S2-1', lines: [5, 5], places: [] }] }],
  } as unknown as Plan;
}

const base = (over: Record<string, unknown>) => ({
  kind: 'core-area',
  name_en_status: 'official',
  name_pinyin: 'ce shi',
  named_in_plan: true,
  district_other: [],
  actions: ['A1'],
  tasks: ['A1-1'],
  lines: [[2, 2]],
  confidence: 'medium',
  uncertainty_km: 1,
  location_note: { zh: '样例。', en: 'Fixture.' },
  groups: [],
  ...over,
});

const ANCHOR: [number, number] = [113.3, 23.1];
/** A fixture's FeatureCollection, with the provenance every data file must carry. */
const fixtureCollection = <F>(features: F[]) => ({ type: 'FeatureCollection', provenance: { test: 'fixture' }, features });

function makePlaces() {
  const ring = circle(ANCHOR, 1, { steps: 16, units: 'kilometers' }).geometry.coordinates;
  return fixtureCollection([
    {
      type: 'Feature',
      id: 'p-one',
      geometry: { type: 'Point', coordinates: [113.5, 23.1] },
      properties: base({ id: 'p-one', name_zh: '广州科学城', name_en: 'Science City', plan_terms: ['广州科学城'], district: '黄埔区' }),
    },
    {
      type: 'Feature',
      id: 'p-area',
      geometry: { type: 'Polygon', coordinates: ring },
      properties: base({
        id: 'p-area',
        name_zh: '琶洲试验区',
        name_en: 'Pazhou zone',
        plan_terms: ['琶洲试验区'],
        district: '天河区',
        anchor: ANCHOR,
        extent: 'approximate',
        area_km2: 3.14,
        area_source: { title: { zh: '样例来源', en: 'fixture source' }, url: 'https://example.org/' },
      }),
    },
  ]);
}

function makeCorridors() {
  return fixtureCollection([
    {
      type: 'Feature',
      id: 'gz-section-01',
      geometry: { type: 'LineString', coordinates: [[113.5, 23.1], ANCHOR] },
      properties: {
        id: 'gz-section-01',
        corridor: 'gz-section',
        name_zh: '广深港澳科技创新走廊广州段',
        name_en: 'Guangzhou section',
        from: 'p-one',
        to: 'p-area',
        order: 1,
        actions: ['A1'],
        tasks: ['A1-1'],
        lines: [[3, 3]],
        note: { zh: '样例线路', en: 'fixture route' },
      },
    },
  ]);
}

type Places = ReturnType<typeof makePlaces>;
type Corridors = ReturnType<typeof makeCorridors>;
const props = (fc: Places, id: string) => fc.features.find((f) => f.id === id)!.properties as Record<string, unknown>;

function run(edit: (p: Places, c: Corridors) => void = () => {}, plan = makePlan()): Problem[] {
  const p = makePlaces();
  const c = makeCorridors();
  edit(p, c);
  return validatePlaces(p, c, districts, plan, seed);
}
const has = (problems: Problem[], file: string, id: string, field: string | RegExp) =>
  problems.some((x) => x.file === file && x.id === id && (typeof field === 'string' ? x.field === field : field.test(x.field)));

describe('validatePlaces on fixtures', () => {
  it('accepts the valid fixture', () => {
    expect(run()).toEqual([]);
  });

  it('reports an English name with Chinese or a question mark, and a Chinese note with English prose', () => {
    const problems = run((p, c) => {
      props(p, 'p-one').name_en = 'Wealth Town (温泉财富小镇?)';
      props(p, 'p-area').location_note = { zh: 'Placeholder in the park; not sourced.', en: 'Placeholder in the park; not sourced.' };
      (c.features[0]!.properties as Record<string, unknown>).note = { zh: '线路为推断 (route inferred)', en: 'route inferred' };
    });
    const msgs = problems.map((x) => `${x.id} ${x.field}: ${x.message}`).join('\n');
    expect(msgs).toMatch(/p-one properties\.name_en: .*Chinese characters/);
    expect(msgs).toMatch(/p-one properties\.name_en: .*question mark/);
    expect(msgs).toMatch(/p-area properties\.location_note\.zh: .*English prose: "Placeholder in the park not sourced"/);
    expect(has(problems, CORRIDORS_FILE, 'gz-section-01', 'properties.note.zh')).toBe(true);
  });

  it('reports a point outside its district, naming the district it is in', () => {
    const problems = run((p, c) => {
      p.features[0]!.geometry = { type: 'Point', coordinates: [113.25, 23.1] };
      c.features[0]!.geometry.coordinates[0] = [113.25, 23.1];
    });
    expect(has(problems, PLACES_FILE, 'p-one', 'geometry.coordinates')).toBe(true);
    expect(problems.find((x) => x.id === 'p-one')!.message).toMatch(/黄埔区.*in 天河区/);
  });

  it('tolerates a point just outside its district (boundary datum offset), not one far out', () => {
    const near = run((p, c) => {
      p.features[0]!.geometry = { type: 'Point', coordinates: [113.398, 23.1] };
      c.features[0]!.geometry.coordinates[0] = [113.398, 23.1];
    });
    expect(near).toEqual([]);
    const far = run((p, c) => {
      p.features[0]!.geometry = { type: 'Point', coordinates: [113.39, 23.1] };
      c.features[0]!.geometry.coordinates[0] = [113.39, 23.1];
    });
    expect(far.map((x) => x.message).join('\n')).toMatch(/to lie in 黄埔区 .*tolerance 0\.3 km.*outside it/);
  });

  it('reports an area whose centre is outside its district', () => {
    const problems = run((p) => {
      props(p, 'p-area').district = '黄埔区';
    });
    expect(has(problems, PLACES_FILE, 'p-area', 'geometry')).toBe(true);
  });

  it('reports a bad kind', () => {
    const problems = run((p) => {
      props(p, 'p-one').kind = 'castle';
    });
    expect(has(problems, PLACES_FILE, 'p-one', 'properties.kind')).toBe(true);
  });

  it('reports a corridor end off its place', () => {
    const problems = run((_p, c) => {
      c.features[0]!.geometry.coordinates[1] = [113.31, 23.1];
    });
    expect(has(problems, CORRIDORS_FILE, 'gz-section-01', 'geometry.coordinates')).toBe(true);
    expect(problems.find((x) => x.id === 'gz-section-01')!.message).toMatch(/p-area's anchor/);
  });

  it('reports a corridor end that does not resolve', () => {
    const problems = run((_p, c) => {
      c.features[0]!.properties.to = 'p-missing';
    });
    expect(has(problems, CORRIDORS_FILE, 'gz-section-01', 'properties.to')).toBe(true);
  });

  it('reports a dangling task id', () => {
    const problems = run((p) => {
      props(p, 'p-one').tasks = ['A1-1', 'A1-7'];
    });
    expect(has(problems, PLACES_FILE, 'p-one', 'properties.tasks.1')).toBe(true);
  });

  it('reports a name not in its lines', () => {
    const problems = run((p) => {
      props(p, 'p-one').lines = [[5, 5]];
    });
    expect(has(problems, PLACES_FILE, 'p-one', 'properties.name_zh')).toBe(true);
    expect(has(problems, PLACES_FILE, 'p-one', 'properties.lines.0')).toBe(true);
  });

  it('reports links that do not agree both ways with the plan', () => {
    const problems = run(() => {}, makePlan(['p-area']));
    expect(has(problems, 'data/plan.json', 'A1-1', 'places')).toBe(true);
    const other = run(() => {}, makePlan(['p-area', 'p-one', 'p-ghost']));
    expect(has(other, 'data/plan.json', 'A1-1', 'places.2')).toBe(true);
  });

  it('reports a Polygon without anchor, a duplicate id and a broken geometry', () => {
    const problems = run((p) => {
      delete props(p, 'p-area').anchor;
      p.features.push(JSON.parse(JSON.stringify(p.features[0])));
      (p.features[0]!.geometry as { coordinates: unknown }).coordinates = ['x'];
    });
    expect(has(problems, PLACES_FILE, 'p-area', 'properties.anchor')).toBe(true);
    expect(has(problems, PLACES_FILE, 'p-one', 'id')).toBe(true);
    expect(problems.some((x) => x.id === 'p-one' && x.field === 'geometry' && /geojson-validation/.test(x.message))).toBe(true);
  });

  it('reports a Guangzhou place outside the Guangzhou box', () => {
    const problems = run((p, c) => {
      p.features[0]!.geometry = { type: 'Point', coordinates: [121.5, 31.2] };
      c.features[0]!.geometry.coordinates[0] = [121.5, 31.2];
    });
    expect(problems.some((x) => x.id === 'p-one' && x.field === 'geometry.coordinates' && /Guangzhou position/.test(x.message))).toBe(true);
  });
});

// ------------------------------------------------------------------ the real files
const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const real = (rel: string) => join(ROOT, rel);
const haveDistricts = existsSync(real('data/districts.geojson'));

describe('validatePlaces on the repository data', () => {
  it.skipIf(!haveDistricts)('finds no problem in data/places.geojson and data/corridors.geojson (skipped while data/districts.geojson is missing)', () => {
    const read = (rel: string) => JSON.parse(readFileSync(real(rel), 'utf8'));
    const problems = validatePlaces(
      read('data/places.geojson'),
      read('data/corridors.geojson'),
      read('data/districts.geojson'),
      Plan.parse(read('data/plan.json')),
      makeSeedText(readFileSync(real('seeds/plan-2019-2021.txt'), 'utf8')),
    );
    expect(problems).toEqual([]);
  });
});

// Each place's sources and notes, in data/place-sources.json (a panel file, not read at first load):
// what validatePlaces checked of properties.sources, on the file of their own, against the places.
describe('validatePlaceSources on fixtures', () => {
  const sourcesOf = () => ({
    provenance: 'fixture',
    places: [
      { id: 'p-one', sources: [{ title: { zh: '样例', en: 'fixture' } }] },
      { id: 'p-area', sources: [{ title: { zh: '样例来源', en: 'fixture source' }, url: 'https://example.org/' }], notes: 'A note.' },
    ],
  });
  const check = (edit: (s: ReturnType<typeof sourcesOf>) => void = () => {}) => {
    const s = sourcesOf();
    edit(s);
    return validatePlaceSources(s, makePlaces());
  };
  it('accepts one entry per place', () => {
    expect(check()).toEqual([]);
  });
  it('reports a Chinese source title with English prose', () => {
    const problems = check((s) => {
      s.places[1]!.sources = [{ title: { zh: '百度 POI, converted here', en: 'Baidu POI, converted here' } }];
    });
    expect(problems.map((x) => `${x.file}: ${x.id} ${x.field}: ${x.message}`).join('\n')).toMatch(
      /data\/place-sources\.json: p-area sources\.0\.title\.zh: .*"POI converted here"/,
    );
  });
  it('reports a place without sources, an entry for no place, an entry twice, and a place with an empty list', () => {
    const problems = check((s) => {
      s.places[1]!.id = 'p-gone';
      s.places.push({ ...s.places[0]! });
    });
    expect(has(problems, PLACE_SOURCES_FILE, 'p-area', 'sources')).toBe(true);
    expect(has(problems, PLACE_SOURCES_FILE, 'p-gone', 'id')).toBe(true);
    expect(problems.find((x) => x.id === 'p-one' && x.field === 'id')?.message).toMatch(/more than once/);
    const empty = check((s) => {
      s.places[0]!.sources = [];
    });
    expect(has(empty, PLACE_SOURCES_FILE, 'p-one', 'places.0.sources')).toBe(true);
  });
});
