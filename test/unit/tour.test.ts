// The presentation's tour: story order, honest "no site" chapters, frames that hold their subject, chapter clamping.
import { describe, it, expect } from 'vitest';
import type { FeatureCollection, Polygon } from 'geojson';
import type { Plan } from '../../src/data/planSchema.ts';
import type { PlaceProps, CorridorProps } from '../../src/data/placeSchema.ts';
import type { PlaceFeature, CorridorFeature } from '../../src/data/appData.ts';
import { buildTour, clampChapter, mergeLines, formatTarget, isOverview, neighboursOf, OVERVIEW_KINDS, chapterKinds } from '../../src/plan/tour.ts';
import type { Bounds } from '../../src/geo/bounds.ts';
import { realAppData } from '../realData.ts';

// --- a small world -----------------------------------------------------------------------------
const target = (id: string, values: Record<string, number>, q: string[] = []) => ({
  id,
  indicator: { zh: `指标${id}`, en: `Indicator ${id}` },
  unit: '%',
  values,
  qualifiers: { '2021': q as never },
  yearLines: {},
  lines: [20, 21] as [number, number],
});
const plan = {
  source: { file: 'seeds/plan-2019-2021.txt', sha256: '0'.repeat(64), title: { zh: '规划', en: 'The plan' }, status: '征求意见稿', period: [2019, 2021] },
  overview: { title: { zh: '总览', en: 'Overview' }, lines: [1, 5] },
  goals: [
    {
      id: 'G1',
      year: 2021,
      title: { zh: '第一步', en: 'Step one' },
      statements: [],
      targets: [target('G1-T1', { '2021': 3.1 }, ['达']), target('G1-T2', { '2021': 65 }, ['达', '左右'])],
      lines: [18, 22],
    },
  ],
  actions: [
    {
      id: 'A1',
      numeral: '一',
      title: { zh: '行动一', en: 'Action to Build' },
      goalLines: [30, 31],
      yearlyLines: [32, 33],
      targets: [target('A1-T1', { '2019': 1 }), target('A1-T2', { '2020': 2 }), target('A1-T3', { '2021': 3 })],
      tasks: [
        {
          id: 'A1-1',
          title: { zh: '布局', en: 'Layout' },
          responsibleAsWritten: '市科技局',
          responsible: ['u1'],
          places: [],
          instruments: [],
          lines: [40, 60],
        },
      ],
      lines: [30, 60],
    },
  ],
  supports: [],
  measures: [],
  units: [{ id: 'u1', name: { zh: '市科技局', en: 'S&T bureau' }, aliases: [], level: 'municipal' }],
} as unknown as Plan;

let seq = 0;
function place(p: Partial<PlaceProps> & { id: string }, geometry: PlaceFeature['geometry']): PlaceFeature {
  const props: PlaceProps = {
    kind: 'node',
    name_zh: `地点${++seq}`,
    name_en: `Place ${seq}`,
    name_en_status: 'translation',
    name_pinyin: 'di dian',
    plan_terms: ['x'],
    named_in_plan: true,
    district: '黄埔区',
    district_other: [],
    actions: ['A1'],
    tasks: ['A1-1'],
    lines: [[50, 50]],
    confidence: 'high',
    uncertainty_km: null,
    location_note: { zh: '样例', en: 'fixture' },
    groups: [],
    ...p,
  };
  return { type: 'Feature', geometry, properties: props };
}
const pt = (lon: number, lat: number) => ({ type: 'Point' as const, coordinates: [lon, lat] });
const square = (lon: number, lat: number, d: number): Polygon => ({
  type: 'Polygon',
  coordinates: [
    [
      [lon - d, lat - d],
      [lon + d, lat - d],
      [lon + d, lat + d],
      [lon - d, lat + d],
      [lon - d, lat - d],
    ],
  ],
});
const NODE = { kind: 'node' as const, groups: ['thirteen-nodes' as const], group_note: { zh: '2021 年的报道', en: 'a 2021 report' } };
const AREA_NOTE = { zh: '规划提及A城、B城和C区（含大学城）。', en: 'The plan names A城, B城 and C区（含大学城）.' };
const places: PlaceFeature[] = [
  place(
    { id: 'area-b', kind: 'core-area', name_zh: 'B城', groups: ['three-cities-one-zone'], group_note: AREA_NOTE, lines: [[44, 44]], anchor: [113.3, 23.3] },
    square(113.3, 23.3, 0.02),
  ),
  place(
    { id: 'area-a', kind: 'core-area', name_zh: 'A城', groups: ['three-cities-one-zone', 'corridor-cores'], group_note: AREA_NOTE, lines: [[42, 42]] },
    pt(113.2, 23.2),
  ),
  place(
    { id: 'area-c', kind: 'core-area', name_zh: 'C区', groups: ['three-cities-one-zone', 'corridor-cores'], group_note: AREA_NOTE, lines: [[46, 46]] },
    pt(113.4, 23.1),
  ),
  place(
    {
      id: 'uni',
      kind: 'core-area',
      name_zh: '大学城',
      name_en: 'University Town (UT)',
      groups: ['three-cities-one-zone'],
      group_note: AREA_NOTE,
      lines: [[46, 46]],
    },
    pt(113.42, 23.05),
  ),
  place({ id: 'node-east', ...NODE, confidence: 'low', uncertainty_km: 6 }, pt(113.6, 23.15)),
  place({ id: 'node-nosite-district', ...NODE, district: '黄埔区' }, null),
  place({ id: 'node-west', ...NODE, district: '荔湾区' }, pt(113.2, 23.1)),
  place({ id: 'node-nosite-city', ...NODE, district: null }, null),
  place({ id: 'node-mid', ...NODE, anchor: [113.4, 23.12] }, square(113.4, 23.12, 0.01)),
  place(
    {
      id: 'city-far',
      kind: 'context-city',
      name_zh: '深圳',
      name_en: 'Shenzhen',
      district: '深圳',
      groups: ['context'],
      group_note: { zh: '背景', en: 'context' },
      tasks: [],
      actions: [],
    },
    pt(114.05, 22.55),
  ),
];
function seg(corridor: CorridorProps['corridor'], order: number, from: string, to: string, coords: Array<[number, number]>): CorridorFeature {
  return {
    type: 'Feature',
    geometry: { type: 'LineString', coordinates: coords },
    properties: {
      id: `${corridor}-${String(order).padStart(2, '0')}`,
      corridor,
      name_zh: '走廊',
      name_en: 'Corridor',
      from,
      to,
      order,
      actions: ['A1'],
      tasks: ['A1-1'],
      lines: [[order === 1 ? 47 : 48, 48]],
      note: { zh: '推断的线路', en: 'inferred route' },
    },
  };
}
const corridors: CorridorFeature[] = [
  seg('gz-section', 2, 'node-mid', 'node-east', [
    [113.4, 23.12],
    [113.6, 23.15],
  ]),
  seg('gz-section', 1, 'node-west', 'node-mid', [
    [113.2, 23.1],
    [113.4, 23.12],
  ]),
  seg('sui-shen-gang', 1, 'node-east', 'city-far', [
    [113.6, 23.15],
    [114.05, 22.55],
  ]),
];
const districts = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', geometry: square(113.5, 23.3, 0.1), properties: { name_zh: '黄埔区', name_en: 'Huangpu District' } }],
} as FeatureCollection<Polygon, { name_zh: string; name_en: string }>;
const seedLines = Array.from({ length: 60 }, (_, i) => (i === 48 ? '走廊广州段“四核”和“十三节点”' : `line ${i + 1}`));

const tour = buildTour({ plan, places, corridors, districts, seedLines });
const byId = (id: string) => tour.find((c) => c.id === id)!;
const centre = (b: Bounds) => [(b[0] + b[2]) / 2, (b[1] + b[3]) / 2] as const;
const KM_PER_DEG_LAT = 111.32;

describe('buildTour', () => {
  it('tells the story in order: plan, 三城一区, cores, nodes west → east (no site last), corridors, close', () => {
    expect(tour.map((c) => c.kind)).toEqual([
      'title',
      'area',
      'area',
      'area',
      'cores',
      'node',
      'node',
      'node',
      'node',
      'node',
      'corridor',
      'corridor',
      'closing',
    ]);
    // 三城一区 in the order the plan names them; 大学城, written "（含大学城）", goes with the one before it.
    expect(tour.filter((c) => c.kind === 'area').map((c) => c.id)).toEqual(['area:area-a', 'area:area-b', 'area:area-c']);
    expect(byId('area:area-c').highlight).toEqual(['area-c', 'uni']);
    expect(byId('area:area-c').body[0]!.en).toBe('Includes University Town (UT)');
    expect(tour.filter((c) => c.kind === 'node').map((c) => c.select)).toEqual([
      'node-west',
      'node-mid',
      'node-east',
      'node-nosite-district',
      'node-nosite-city',
    ]);
    expect(tour.filter((c) => c.kind === 'corridor').map((c) => c.id)).toEqual(['corridor:gz-section', 'corridor:sui-shen-gang']);
    expect(new Set(tour.map((c) => c.id)).size).toBe(tour.length);
  });

  it('opens on the plan: title, status, period and the 2021 goals, over all of Guangzhou', () => {
    const t = tour[0]!;
    expect(t.title).toEqual({ zh: '规划', en: 'The plan' });
    expect(t.subtitle.zh).toBe('征求意见稿 · 2019—2021年');
    expect(t.subtitle.en).toBe('Draft for comment · 2019–2021');
    expect(t.stats.map((s) => s.value.en)).toEqual(['3.1%', 'about 65%']);
    expect(t.stats.map((s) => s.value.zh)).toEqual(['3.1%', '65%左右']);
    expect(t.cite).toEqual([[20, 21]]);
    expect(t.select).toBeUndefined();
    expect(centre(t.frame.bounds)[0]).toBeGreaterThan(113.3);
    expect(centre(t.frame.bounds)[0]).toBeLessThan(113.7);
    expect(t.frame.maxZoom).toBe(11);
  });

  it('says honestly when a node has no known site, and frames its district — or the city', () => {
    const d = byId('node:node-nosite-district');
    expect(d.noSite?.en).toMatch(/no site is known.*Huangpu District/);
    expect(d.noSite?.zh).toContain('黄埔区');
    expect(d.subtitle.en).toContain('Huangpu District');
    [113.4, 23.2, 113.6, 23.4].forEach((v, i) => expect(d.frame.bounds[i]).toBeCloseTo(v, 9));
    expect(d.frame.maxZoom).toBe(11);
    expect(d.select).toBe('node-nosite-district');
    const c = byId('node:node-nosite-city');
    expect(c.noSite?.en).toMatch(/all of Guangzhou/);
    expect(c.subtitle.en).toContain('district unknown');
    expect(byId('node:node-west').noSite).toBeUndefined();
  });

  it('marks inferred memberships and routes in large type, never the plan’s own lists', () => {
    expect(byId('cores').inferred?.en).toMatch(/2017 provincial corridor plan/);
    expect(byId('node:node-west').inferred?.en).toMatch(/never lists its thirteen nodes/);
    expect(byId('corridor:gz-section').inferred?.en).toMatch(/route and order shown are inferred/);
    expect(tour.filter((c) => c.kind === 'area' || c.kind === 'title').every((c) => c.inferred === undefined)).toBe(true);
    // The cores are cited where the plan says “四核”, with the corridor's line just before it.
    expect(byId('cores').cite).toEqual([[47, 49]]);
  });

  it('links each place to the actions that name it, with their targets', () => {
    const a = byId('area:area-a');
    expect(a.body.map((b) => b.en)).toEqual(['Action 1: Build', '1 task · 3 yearly targets · 1 responsible unit']);
    expect(a.body[0]!.zh).toBe('重点行动一：行动一');
    expect(a.cite).toEqual([[42, 42]]);
  });

  it('frames a place around its point or anchor (zoom 12 at most); a low-confidence point with its uncertainty', () => {
    const w = byId('node:node-west');
    expect(centre(w.frame.bounds)[0]).toBeCloseTo(113.2, 9);
    expect(centre(w.frame.bounds)[1]).toBeCloseTo(23.1, 9);
    expect(w.frame.maxZoom).toBe(12);
    // at least ~1.5 km around a point
    expect((w.frame.bounds[3] - w.frame.bounds[1]) / 2).toBeCloseTo(1.5 / KM_PER_DEG_LAT, 9);
    const mid = byId('node:node-mid');
    expect(centre(mid.frame.bounds)[0]).toBeCloseTo(113.4, 9);
    expect(centre(mid.frame.bounds)[1]).toBeCloseTo(23.12, 9);
    // a low-confidence point: its 6 km uncertainty around it
    const east = byId('node:node-east');
    expect(centre(east.frame.bounds)[0]).toBeCloseTo(113.6, 9);
    expect((east.frame.bounds[3] - east.frame.bounds[1]) / 2).toBeCloseTo(6 / KM_PER_DEG_LAT, 9);
    expect(east.body.some((b) => /within about 6\skm/.test(b.en))).toBe(true);
  });

  it('frames every segment of a corridor, at Bay Area scale when it crosses the border', () => {
    for (const id of ['corridor:gz-section', 'corridor:sui-shen-gang']) {
      const ch = byId(id);
      const cid = id.slice('corridor:'.length);
      const coords = corridors.filter((c) => c.properties.corridor === cid).flatMap((c) => c.geometry.coordinates as Array<[number, number]>);
      const [w, s, e, n] = ch.frame.bounds;
      for (const [lon, lat] of coords) {
        expect(lon).toBeGreaterThanOrEqual(w);
        expect(lon).toBeLessThanOrEqual(e);
        expect(lat).toBeGreaterThanOrEqual(s);
        expect(lat).toBeLessThanOrEqual(n);
      }
      expect(ch.highlight).toEqual(
        corridors
          .filter((c) => c.properties.corridor === cid)
          .map((c) => c.properties.id)
          .sort(),
      );
    }
    const gz = byId('corridor:gz-section');
    expect(gz.select).toBe('gz-section-01');
    const en = (id: string) => places.find((p) => p.properties.id === id)!.properties.name_en;
    expect(gz.body[0]!.en).toBe(`Route: ${en('node-west')} → ${en('node-mid')} → ${en('node-east')}`);
    expect(gz.subtitle.en).toBe('2 segments · within Guangzhou');
    expect(byId('corridor:sui-shen-gang').subtitle.en).toBe('1 segment · Greater Bay Area');
    expect(gz.cite).toEqual([[47, 48]]);
  });

  it('closes on the whole layout, highlighted through the task that plans it', () => {
    const c = tour.at(-1)!;
    expect(c.focus).toBe('A1-1');
    expect(c.stats.map((s) => s.value.en)).toEqual(['7', '5', '3']);
    expect(c.cite).toEqual([[40, 60]]);
  });
});

describe('clampChapter and mergeLines', () => {
  it('clamps chapter numbers: too large → the last, too small → the first', () => {
    expect(clampChapter(999, 24)).toBe(24);
    expect(clampChapter(25, 24)).toBe(24);
    expect(clampChapter(0, 24)).toBe(1);
    expect(clampChapter(-3, 24)).toBe(1);
    expect(clampChapter(3.7, 24)).toBe(3);
    expect(clampChapter(Number.POSITIVE_INFINITY, 24)).toBe(24);
    expect(clampChapter(Number.NaN, 24)).toBe(1);
  });
  it('merges line ranges that touch', () => {
    expect(
      mergeLines([
        [211, 211],
        [207, 207],
        [86, 88],
        [209, 209],
      ]),
    ).toEqual([
      [86, 88],
      [207, 211],
    ]);
    expect(
      mergeLines([
        [211, 211],
        [207, 207],
      ]),
    ).toEqual([
      [207, 207],
      [211, 211],
    ]);
    expect(
      mergeLines(
        [
          [10, 12],
          [20, 20],
        ],
        0,
      ),
    ).toEqual([
      [10, 12],
      [20, 20],
    ]);
  });
  it('writes goal figures with the plan’s qualifiers', () => {
    expect(formatTarget(target('X', { '2021': 5 }, ['超过']) as never)).toEqual({ zh: '超过5%', en: 'over 5%' });
  });
});

describe('the tour of the real data', () => {
  const data = realAppData();
  const real = buildTour({ ...data, seedLines: data.seedLines });

  it('gives a corridor chapter a journey along its segments in order, then its whole box', () => {
    const gz = byId('corridor:gz-section');
    expect(gz.path!.map((p) => p.light)).toEqual([
      ['gz-section-01', 'node-west', 'node-mid'],
      ['gz-section-02', 'node-mid', 'node-east'],
    ]);
    expect(gz.path![0]!.bounds).toEqual([113.2, 23.1, 113.4, 23.12]);
    expect(gz.stops).toEqual(['node-west', 'node-mid', 'node-east']);
    // Chapter 1 shows the corridors out of the city too (here to Shenzhen).
    expect(byId('title').frame.bounds[1]).toBeLessThanOrEqual(22.55);
  });

  it('has 32 chapters: 1 + 4 三城一区 + cores + 13 nodes + 4 corridors + close (24, as before the results) + 8 results', () => {
    expect(real).toHaveLength(32);
    // The results come after the close, so links to chapters 1–24 keep their meaning.
    expect(real.findIndex((c) => c.id === 'closing') + 1).toBe(24);
    expect(real.slice(24).map((c) => c.id)).toEqual(data.plan.actions.map((a) => `result:${a.id}`));
    expect(real.slice(0, 24).every((c) => c.kind !== 'result')).toBe(true);
    expect(real.filter((c) => c.kind === 'node')).toHaveLength(13);
    expect(real.filter((c) => c.kind === 'corridor').map((c) => c.id)).toEqual([
      'corridor:gz-section',
      'corridor:sui-shen-gang',
      'corridor:sui-zhu-ao',
      'corridor:guang-fo',
    ]);
    expect(real.find((c) => c.id === 'area:pazhou-gba-ai-digital-economy-pilot-zone')!.highlight).toContain('guangzhou-university-town');
  });
  it('cites lines that exist, and selects features that exist', () => {
    const ids = new Set([...data.places.map((f) => f.properties.id), ...data.corridors.map((c) => c.properties.id)]);
    for (const c of real) {
      expect(c.cite.length).toBeGreaterThan(0);
      for (const [a, b] of c.cite) {
        expect(b).toBeLessThanOrEqual(data.seedLines.length);
        expect(a).toBeGreaterThan(0);
      }
      if (c.select) expect(ids.has(c.select)).toBe(true);
      for (const id of c.highlight) expect(ids.has(id)).toBe(true);
      expect(c.title.zh.length * c.title.en.length).toBeGreaterThan(0);
    }
    expect(real.find((c) => c.id === 'cores')!.cite).toEqual([[209, 211]]);
    expect(real.find((c) => c.id === 'closing')!.cite).toEqual([[199, 230]]);
  });
  it('orders the sited nodes west → east', () => {
    const lons = real.filter((c) => c.kind === 'node' && !c.noSite).map((c) => centre(c.frame.bounds)[0]);
    expect(lons).toEqual([...lons].sort((a, b) => a - b));
    expect(real.filter((c) => c.kind === 'node' && c.noSite)).toHaveLength(2);
  });
});

describe('the room (issue 19): overviews, a node’s neighbours, whole outlines in a corridor’s frame', () => {
  const inside = (b: Bounds, inner: Bounds) => b[0] <= inner[0] && b[1] <= inner[1] && b[2] >= inner[2] && b[3] >= inner[3];
  it('the overview chapters are the first and the last, and draw the layout’s kinds only', () => {
    expect(tour.filter(isOverview).map((c) => c.id)).toEqual(['title', 'closing']);
    expect([...OVERVIEW_KINDS].sort()).toEqual(['context-city', 'core-area', 'node', 'zone']);
  });
  it('frames the overviews on the layout and the corridors (not the city’s empty outline)', () => {
    for (const id of ['title', 'closing']) {
      const b = byId(id).frame.bounds;
      // Every sited place of the layout (with its extent) and every corridor end is inside.
      expect(inside(b, [113.28, 23.28, 113.32, 23.32]), id).toBe(true);
      expect(inside(b, [114.05, 22.55, 114.05, 22.55]), id).toBe(true);
      expect(b[0]).toBeLessThan(113.2);
    }
  });
  it('gives a node chapter its nearest places (not itself, no Bay Area city), nearest first', () => {
    const west = byId('node:node-west');
    expect(west.context).toEqual(neighboursOf(places.find((p) => p.properties.id === 'node-west')!, places));
    // area-a (113.2, 23.2) is ~11 km north: beyond the 8 km; nothing else is that close.
    expect(west.context).toEqual([]);
    expect(neighboursOf(places.find((p) => p.properties.id === 'area-c')!, places)).toEqual(['node-mid', 'uni']);
    expect(neighboursOf(places.find((p) => p.properties.id === 'area-c')!, places, 1)).toEqual(['node-mid']);
    // A place without a site has no neighbours (and its chapter none).
    expect(byId('node:node-nosite-district').context).toBeUndefined();
  });
  it('frames a corridor with the whole outline of each area it joins', () => {
    const gz = byId('corridor:gz-section');
    // node-mid is a 0.01° square around (113.4, 23.12): all of it is in the frame.
    expect(inside(gz.frame.bounds, [113.39, 23.11, 113.41, 23.13])).toBe(true);
  });
});

describe('chapterKinds', () => {
  const kinds: Record<string, string> = { a: 'node', b: 'lab', c: 'core-area' };
  it("lists the kinds of a chapter's sited places, once each, and an overview only the layout's", () => {
    expect(chapterKinds({ kind: 'node', highlight: ['a', 'b'], context: ['b', 'x'] }, (id) => kinds[id])).toEqual(['node', 'lab']);
    expect(chapterKinds({ kind: 'title', highlight: ['a', 'b', 'c'] }, (id) => kinds[id])).toEqual(['node', 'core-area']);
  });
});
