import { describe, it, expect } from 'vitest';
import {
  resolveMetric,
  inMetric,
  countByDistrict,
  districtTable,
  rankRows,
  sortRows,
  rankedFor,
  rankKey,
  nextSort,
  parseSort,
  formatSort,
  shares,
  groupByKind,
  bucketOf,
  UNLOCATED,
  OUTSIDE,
  USER_METRIC,
  placeStat,
  institutionStat,
  type StatPlace,
  type Tally,
} from '../../src/plan/districtStats.ts';
import { districtTableCsv } from '../../src/data/exportDistricts.ts';
import { districtGaps } from '../../src/plan/districtGaps.ts';

const D = ['甲区', '乙区', '丙区'] as const;
const p = (id: string, kind: string, district: string | null, groups: string[] = [], sited = true): StatPlace => ({ id, kind, groups, district, sited });

const places: StatPlace[] = [
  p('i1', 'institute', '甲区'),
  p('i2', 'institute', '甲区', [], false),
  p('i3', 'institute', '乙区'),
  p('l1', 'lab', '乙区'),
  p('b1', 'big-science-facility', '乙区'),
  p('u1', 'university', '丙区'),
  p('c1', 'campus', '丙区'),
  p('n1', 'node', '甲区', ['thirteen-nodes']),
  p('x1', 'institute', null, [], false),
  p('s1', 'exchange', '上海', [], false),
  p('hk', 'context-city', '香港', ['context']),
];

describe('resolveMetric / inMetric', () => {
  it('tells kinds, groups, all and unknown ids apart', () => {
    expect(resolveMetric(undefined)).toEqual({ type: 'all' });
    expect(resolveMetric('institute')).toEqual({ type: 'kind', id: 'institute' });
    expect(resolveMetric('thirteen-nodes')).toEqual({ type: 'group', id: 'thirteen-nodes' });
    expect(resolveMetric('toString')).toEqual({ type: 'unknown', id: 'toString' });
    expect(resolveMetric('bogus')).toEqual({ type: 'unknown', id: 'bogus' });
  });
  it('"all" leaves out the Bay Area context cities; a kind or group matches only its own', () => {
    expect(places.filter((x) => inMetric(x, resolveMetric(undefined))).map((x) => x.id)).not.toContain('hk');
    expect(places.filter((x) => inMetric(x, resolveMetric('institute'))).map((x) => x.id)).toEqual(['i1', 'i2', 'i3', 'x1']);
    expect(places.filter((x) => inMetric(x, resolveMetric('thirteen-nodes'))).map((x) => x.id)).toEqual(['n1']);
    expect(places.filter((x) => inMetric(x, resolveMetric('context-city'))).map((x) => x.id)).toEqual(['hk']);
  });
});

describe('countByDistrict', () => {
  it('counts every district, zeros included, and nothing outside them', () => {
    expect([...countByDistrict(places, undefined, D)]).toEqual([
      ['甲区', 3],
      ['乙区', 3],
      ['丙区', 2],
    ]);
    expect([...countByDistrict(places, 'institute', D)]).toEqual([
      ['甲区', 2],
      ['乙区', 1],
      ['丙区', 0],
    ]);
    expect([...countByDistrict(places, 'lab', D)]).toEqual([
      ['甲区', 0],
      ['乙区', 1],
      ['丙区', 0],
    ]);
  });
  it('defaults to the 11 Guangzhou districts', () => {
    const m = countByDistrict([p('a', 'institute', '黄埔区')], undefined);
    expect(m.size).toBe(11);
    expect(m.get('黄埔区')).toBe(1);
    expect(m.get('天河区')).toBe(0);
  });
});

describe('districtTable', () => {
  const t = districtTable(places, undefined, { districts: D });
  it('ranks the districts and counts places with no site in their district', () => {
    expect(t.rows.map((r) => [r.bucket, r.count, r.rank, r.noSite])).toEqual([
      ['甲区', 3, 1, 1],
      ['乙区', 3, 1, 0],
      ['丙区', 2, 3, 0],
    ]);
  });
  it('breaks down by the key kinds whatever the metric', () => {
    const byInst = districtTable(places, 'institute', { districts: D });
    const yi = byInst.rows.find((r) => r.bucket === '乙区')!;
    expect(yi.count).toBe(1);
    expect(yi.cols).toEqual({ labs: 2, institutes: 1, universities: 0, nodes: 0 });
    expect(byInst.rows.find((r) => r.bucket === '丙区')!.cols.universities).toBe(2);
    expect(byInst.rows.find((r) => r.bucket === '甲区')!.cols.nodes).toBe(1);
  });
  it('keeps places not located in a district and outside Guangzhou apart, never dropping them', () => {
    expect(t.unlocated.count).toBe(1);
    expect(t.unlocated.ids).toEqual(['x1']);
    expect(t.outside.count).toBe(1); // 上海 exchange; the context city is not counted by "all"
    expect([...t.outside.byCity]).toEqual([['上海', 1]]);
    expect(t.total.count).toBe(8);
    expect(t.total.count + t.unlocated.count + t.outside.count).toBe(places.filter((x) => x.kind !== 'context-city').length);
  });
  it('adds imported points per district and outside', () => {
    const u = districtTable(places, undefined, {
      districts: D,
      userCounts: new Map([
        ['丙区', 4],
        ['甲区', 1],
        [OUTSIDE, 2],
      ]),
    });
    expect(u.rows.map((r) => [r.bucket, r.user])).toEqual([
      ['甲区', 1],
      ['乙区', 0],
      ['丙区', 4],
    ]);
    expect(u.outside.user).toBe(2);
    expect(u.total.user).toBe(5);
  });
});

describe('bucketOf', () => {
  it('puts null apart from other cities', () => {
    expect(bucketOf(null, D)).toBe(UNLOCATED);
    expect(bucketOf('深圳', D)).toBe(OUTSIDE);
    expect(bucketOf('乙区', D)).toBe('乙区');
  });
});

const tally = (bucket: string, count: number, extra: Partial<Tally> = {}): Tally => ({
  bucket,
  count,
  noSite: 0,
  cols: { labs: 0, institutes: 0, universities: 0, nodes: 0 },
  user: 0,
  ids: [],
  ...extra,
});

describe('rankRows', () => {
  it('uses competition ranking (1, 2, 2, 4) and keeps ties in their order', () => {
    const r = rankRows([tally('a', 1), tally('b', 5), tally('c', 3), tally('d', 3), tally('e', 0)]);
    expect(r.map((x) => `${x.bucket}${x.rank}`)).toEqual(['b1', 'c2', 'd2', 'a4', 'e5']);
  });
});

describe('sortRows / nextSort', () => {
  const rows = rankRows([
    tally('Tianhe', 8, { user: 1, cols: { labs: 0, institutes: 4, universities: 2, nodes: 1 } }),
    tally('Huangpu', 13, { user: 0, cols: { labs: 3, institutes: 1, universities: 0, nodes: 2 } }),
    tally('Baiyun', 3, { user: 7, cols: { labs: 0, institutes: 0, universities: 0, nodes: 0 } }),
  ]);
  const order = (s: Parameters<typeof sortRows>[1]) => sortRows(rows, s, (d) => d, 'en').map((r) => r.bucket);
  it('sorts by each column, both ways', () => {
    expect(order({ key: 'rank', dir: 'asc' })).toEqual(['Huangpu', 'Tianhe', 'Baiyun']);
    expect(order({ key: 'rank', dir: 'desc' })).toEqual(['Baiyun', 'Tianhe', 'Huangpu']);
    expect(order({ key: 'district', dir: 'asc' })).toEqual(['Baiyun', 'Huangpu', 'Tianhe']);
    expect(order({ key: 'institutes', dir: 'desc' })).toEqual(['Tianhe', 'Huangpu', 'Baiyun']);
    expect(order({ key: 'user', dir: 'desc' })).toEqual(['Baiyun', 'Tianhe', 'Huangpu']);
    expect(order({ key: 'count', dir: 'asc' })).toEqual(['Baiyun', 'Tianhe', 'Huangpu']);
  });
  it('breaks ties by rank, and keeps zero rows at the bottom in either direction', () => {
    // labs: Tianhe 0, Baiyun 0 → after Huangpu both ways, Tianhe (rank 2) before Baiyun (rank 3).
    expect(order({ key: 'labs', dir: 'desc' })).toEqual(['Huangpu', 'Tianhe', 'Baiyun']);
    expect(order({ key: 'labs', dir: 'asc' })).toEqual(['Huangpu', 'Tianhe', 'Baiyun']);
    // user: Huangpu 0 stays last when sorted ascending.
    expect(order({ key: 'user', dir: 'asc' })).toEqual(['Tianhe', 'Baiyun', 'Huangpu']);
  });
  it('ranks again by the sorted column: the ranks read 1, 2, 3 down a column sorted most first', () => {
    const shown = (s: Parameters<typeof sortRows>[1]) => sortRows(rankedFor(rows, s), s, (d) => d, 'en').map((r) => `${r.bucket}${r.rank}`);
    expect(rankKey({ key: 'institutes', dir: 'desc' })).toBe('institutes');
    expect(rankKey({ key: 'district', dir: 'asc' })).toBe('count');
    expect(shown({ key: 'institutes', dir: 'desc' })).toEqual(['Tianhe1', 'Huangpu2', 'Baiyun3']);
    expect(shown({ key: 'user', dir: 'desc' })).toEqual(['Baiyun1', 'Tianhe2', 'Huangpu3']);
    // Ascending: the same ranks, read from the bottom; a tie shares its rank.
    expect(shown({ key: 'count', dir: 'asc' })).toEqual(['Baiyun3', 'Tianhe2', 'Huangpu1']);
    expect(shown({ key: 'labs', dir: 'desc' })).toEqual(['Huangpu1', 'Tianhe2', 'Baiyun2']);
    // By name: the rank stays the metric's.
    expect(shown({ key: 'district', dir: 'asc' })).toEqual(['Baiyun3', 'Huangpu1', 'Tianhe2']);
    // Every numeric sort, most first: the ranks never go down the table.
    for (const key of ['count', 'user', 'labs', 'institutes', 'universities', 'nodes'] as const) {
      const ranks = sortRows(rankedFor(rows, { key, dir: 'desc' }), { key, dir: 'desc' }).map((r) => r.rank);
      expect(ranks, key).toEqual([...ranks].sort((a, b) => a - b));
    }
  });
  it('reads and writes the sort of the link', () => {
    expect(parseSort('count-desc')).toEqual({ key: 'count', dir: 'desc' });
    expect(parseSort('evil-desc')).toBeUndefined();
    expect(parseSort(undefined)).toBeUndefined();
    expect(formatSort({ key: 'institutes', dir: 'asc' })).toBe('institutes-asc');
  });
  it('sorts Chinese names by a collator, not by code point', () => {
    const zh = rankRows([tally('天河区', 1), tally('白云区', 1), tally('黄埔区', 1)]);
    // Pinyin: baiyun < huangpu < tianhe (code points would put 天 first).
    expect(sortRows(zh, { key: 'district', dir: 'asc' }).map((r) => r.bucket)).toEqual(['白云区', '黄埔区', '天河区']);
  });
  it('flips the same column and starts a new one in its default direction', () => {
    expect(nextSort({ key: 'count', dir: 'desc' }, 'count')).toEqual({ key: 'count', dir: 'asc' });
    expect(nextSort({ key: 'count', dir: 'desc' }, 'district')).toEqual({ key: 'district', dir: 'asc' });
    expect(nextSort({ key: 'district', dir: 'asc' }, 'nodes')).toEqual({ key: 'nodes', dir: 'desc' });
  });
});

describe('shares', () => {
  it('divides by the largest count, and is all 0 when nothing counts', () => {
    expect([
      ...shares(
        new Map([
          ['a', 4],
          ['b', 1],
          ['c', 0],
        ]),
      ),
    ]).toEqual([
      ['a', 1],
      ['b', 0.25],
      ['c', 0],
    ]);
    expect([
      ...shares(
        new Map([
          ['a', 0],
          ['b', 0],
        ]),
      ),
    ]).toEqual([
      ['a', 0],
      ['b', 0],
    ]);
    expect(shares(new Map()).size).toBe(0);
  });
});

describe('groupByKind', () => {
  it('lists institutes first, then the investor order, unknown kinds last', () => {
    const g = groupByKind([
      p('n', 'node', null),
      p('zz', 'mystery', null),
      p('u', 'university', null),
      p('i1', 'institute', null),
      p('i2', 'institute', null),
      p('l', 'lab', null),
    ]);
    expect(g).toEqual([
      { kind: 'institute', ids: ['i1', 'i2'] },
      { kind: 'lab', ids: ['l'] },
      { kind: 'university', ids: ['u'] },
      { kind: 'node', ids: ['n'] },
      { kind: 'mystery', ids: ['zz'] },
    ]);
  });
});

describe('on the real places', () => {
  it('accounts for every place: 11 districts + not located + outside = all but the context cities', async () => {
    const { readFileSync } = await import('node:fs');
    const fc = JSON.parse(readFileSync(new URL('../../data/places.geojson', import.meta.url), 'utf8')) as {
      features: Array<{ geometry: unknown; properties: { id: string; kind: string; groups: string[]; district: string | null } }>;
    };
    const all: StatPlace[] = fc.features.map((f) => ({ ...f.properties, sited: f.geometry !== null }));
    const t = districtTable(all, undefined);
    expect(t.rows).toHaveLength(11);
    const nonContext = all.filter((x) => x.kind !== 'context-city').length;
    expect(t.total.count + t.unlocated.count + t.outside.count).toBe(nonContext);
    expect(t.unlocated.count).toBeGreaterThan(0);
    // Places with no known site are counted in their district.
    expect(t.total.noSite).toBe(
      all.filter((x) => x.district !== null && x.kind !== 'context-city' && !x.sited && t.rows.some((r) => r.bucket === x.district)).length,
    );
    expect(t.total.noSite).toBeGreaterThan(0);
    // Ranked: counts never rise down the table.
    expect(t.rows.map((r) => r.count)).toEqual([...t.rows.map((r) => r.count)].sort((a, b) => b - a));
  });
});

describe('choroClasses / classShare', () => {
  it('keeps zero apart and steps whole counts', async () => {
    const { choroClasses, classShare } = await import('../../src/plan/districtStats.ts');
    expect(choroClasses(0)).toEqual([{ from: 0, to: 0 }]);
    expect(choroClasses(3)).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 1 },
      { from: 2, to: 2 },
      { from: 3, to: 3 },
    ]);
    expect(choroClasses(20)).toEqual([
      { from: 0, to: 0 },
      { from: 1, to: 5 },
      { from: 6, to: 10 },
      { from: 11, to: 15 },
      { from: 16, to: 20 },
    ]);
    expect(choroClasses(13).at(-1)).toEqual({ from: 13, to: 13 });
    const c = choroClasses(20);
    expect([0, 1, 5, 6, 20].map((n) => classShare(n, c))).toEqual([0, 0.25, 0.25, 0.5, 1]);
  });
});

describe('the user’s points as a metric (metric=user-points)', () => {
  const userCounts = new Map([
    ['丙区', 4],
    ['甲区', 1],
    [OUTSIDE, 2],
  ]);
  it('is a metric of its own, which no place of the plan is in', () => {
    expect(resolveMetric(USER_METRIC)).toEqual({ type: 'user' });
    expect(places.filter((x) => inMetric(x, resolveMetric(USER_METRIC)))).toEqual([]);
  });
  it('ranks the districts by the user’s points, the plan’s places beside them by kind', () => {
    const u = districtTable(places, USER_METRIC, { districts: D, userCounts });
    expect(u.rows.map((r) => [r.bucket, r.count, r.rank])).toEqual([
      ['丙区', 4, 1],
      ['甲区', 1, 2],
      ['乙区', 0, 3],
    ]);
    expect(u.rows.find((r) => r.bucket === '乙区')!.cols).toEqual({ labs: 2, institutes: 1, universities: 0, nodes: 0 });
    expect(u.total.count).toBe(5);
    expect(u.outside.count).toBe(2);
    expect(u.unlocated.count).toBe(0);
    expect(u.rows.every((r) => r.ids.length === 0)).toBe(true);
  });
  it('counts 0 everywhere without a layer shown', () => {
    const u = districtTable(places, USER_METRIC, { districts: D });
    expect(u.rows.map((r) => r.count)).toEqual([0, 0, 0]);
  });
});

describe('districtTableCsv', () => {
  const u = districtTable(places, undefined, { districts: D, userCounts: new Map([['丙区', 1200]]) });
  const h = { rank: '#', district: 'district', count: 'All places', cols: { labs: 'labs', institutes: 'inst', universities: 'univ', nodes: 'nodes' } };
  it('writes the ranked rows, the total, not located and outside; BOM and CRLF', () => {
    const lines = districtTableCsv(u, (b) => (b === UNLOCATED ? '=not located' : b), { ...h, user: 'yours' })
      .slice(1)
      .split('\r\n');
    expect(lines[0]).toBe('#,district,All places,labs,inst,univ,nodes,yours');
    expect(lines[1]).toBe('1,甲区,3,0,2,0,1,0');
    expect(lines[3]).toBe('3,丙区,2,0,0,2,0,1200');
    expect(lines[4]).toBe(',total,8,2,3,2,1,1200');
    // Imported points are never "not located": that cell is empty; a name like a formula is neutralised.
    expect(lines[5]).toBe(`,'=not located,1,0,1,0,0,`);
    expect(lines[6]!.startsWith(',outside,1,')).toBe(true);
    expect(lines[7]).toBe('');
  });
  it('leaves the user’s column out when it is not given', () => {
    expect(
      districtTableCsv(u, (b) => b, h)
        .slice(1)
        .split('\r\n')[0],
    ).toBe('#,district,All places,labs,inst,univ,nodes');
  });
});

describe('districtGaps', () => {
  const g = districtGaps([
    { district: '甲区', places: 6, institutions: 4, yours: 10 },
    { district: '乙区', places: 8, institutions: 2, yours: 0 },
    { district: '丙区', places: 0, institutions: 0, yours: 30 },
    { district: '丁区', places: 0, institutions: 0, yours: 0 },
  ]);
  it('sets each district’s share of the plan against its share of the points, in percentage points', () => {
    const by = Object.fromEntries(g.rows.map((r) => [r.district, r]));
    expect(by['甲区']).toMatchObject({ plan: 10, planShare: 0.5, yourShare: 0.25, gap: 25 });
    expect(by['乙区']).toMatchObject({ plan: 10, planShare: 0.5, yourShare: 0, gap: 50 });
    expect(by['丙区']).toMatchObject({ plan: 0, yourShare: 0.75, gap: -75 });
    expect(by['丁区']!.gap).toBe(0);
  });
  it('ranks the districts short of points first, and the reverse apart', () => {
    expect(g.rows.map((r) => r.district)).toEqual(['乙区', '甲区', '丁区', '丙区']);
    expect(g.short.map((r) => r.district)).toEqual(['乙区', '甲区']);
    expect(g.ahead.map((r) => r.district)).toEqual(['丙区']);
  });
  it('has no gaps without points or without the plan (shares of nothing are 0)', () => {
    const none = districtGaps([{ district: '甲区', places: 3, institutions: 0, yours: 0 }]);
    expect(none.rows[0]).toMatchObject({ planShare: 1, yourShare: 0, gap: 100 });
    expect(districtGaps([]).rows).toEqual([]);
  });
});

describe('placeStat and institutionStat', () => {
  it('count a place where it is sited and in its other campuses’ districts, an institution only by the institution metrics', () => {
    const place = {
      properties: { id: 'p1', kind: 'lab', groups: ['g'], district: '甲区', campuses: [{ district: '甲区' }, { district: '乙区' }] },
      geometry: { type: 'Point' },
    };
    expect(placeStat(place)).toEqual({ id: 'p1', kind: 'lab', groups: ['g'], district: '甲区', sited: true, alsoIn: ['甲区', '乙区'] });
    expect(placeStat({ properties: { id: 'p2', kind: 'lab', groups: [], district: null }, geometry: null })).toEqual({
      id: 'p2',
      kind: 'lab',
      groups: [],
      district: null,
      sited: false,
    });
    const inst = institutionStat({ id: 'i1', properties: { kind: 'university', district: '乙区' }, geometry: null });
    expect(inst).toEqual({ id: 'i1', kind: 'university', groups: [], district: '乙区', sited: false, institution: true });
    expect(inMetric(inst, resolveMetric(undefined))).toBe(false);
  });
});
