// District statistics for the Districts screen: what each of Guangzhou's 11 districts hosts, by a
// metric (every place, one kind, or one group), with breakdowns by a few key kinds, ranking and
// sorting. Places with no district (null) or outside Guangzhou are counted apart, never dropped.
// A place is counted only in the district a source gives (data/places.geojson has null where none
// does); a multi-campus institution is counted in each district of a campus (alsoIn), once in the total.
// A place run by a zone outside its administrative district counts in its administrative district
// (ADMINISTRATIVE_RULE: 广州国际生物岛 in 海珠, not 黄埔).
// Pure: plain records in, plain records out.
import { GUANGZHOU_DISTRICT_NAMES } from '../data/vocab.ts';
import { KINDS, GROUPS } from './kinds.ts';

/** What a Districts table counts about one place. */
export interface StatPlace {
  id: string;
  kind: string;
  groups: readonly string[];
  /** A Guangzhou district (黄埔区), another city (深圳) or null when unresolved. */
  district: string | null;
  /** Whether the place has a known site (a geometry). */
  sited: boolean;
  /** Other districts it is counted in: those of its other campuses (a multi-campus institution). */
  alsoIn?: readonly string[];
  /** An institution a target counts (data/institutions.geojson), not a place of the plan: counted only by the institution metrics. */
  institution?: boolean;
}

/** A place of the plan (a feature of data/places.geojson) as a Districts table counts it. */
export function placeStat(f: {
  properties: { id: string; kind: string; groups: readonly string[]; district: string | null; campuses?: ReadonlyArray<{ district: string }> };
  geometry: unknown;
}): StatPlace {
  const p = f.properties;
  return {
    id: p.id,
    kind: p.kind,
    groups: p.groups,
    district: p.district,
    sited: f.geometry !== null,
    ...(p.campuses ? { alsoIn: p.campuses.map((c) => c.district) } : {}),
  };
}

/** An institution a target counts (a feature of data/institutions.geojson): counted only by the institution metrics. */
export function institutionStat(f: { id: string; properties: { kind: string; district: string | null }; geometry: unknown }): StatPlace {
  return { id: f.id, kind: f.properties.kind, groups: [], district: f.properties.district, sited: f.geometry !== null, institution: true };
}

export type Metric =
  | { type: 'all' }
  | { type: 'kind'; id: string }
  | { type: 'group'; id: string }
  /** Institutions of these kinds (data/institutions.geojson). */
  | { type: 'institution'; id: string; kinds: readonly string[] }
  /** The user's own points (the layers shown), per district: no place of the plan counts by it. */
  | { type: 'user' }
  /** An id that names no kind or group (e.g. from a stale link): counted like 'all'. */
  | { type: 'unknown'; id: string };

/** The Districts metrics that count institutions instead of the plan's places: id → institution kinds. */
export const INSTITUTION_METRICS: Readonly<Record<string, readonly string[]>> = {
  'inst-state-key-lab': ['state-key-lab'],
  'inst-provincial-lab': ['provincial-lab'],
  'inst-innovation-centre': ['technology-innovation-centre', 'industry-innovation-centre', 'manufacturing-innovation-centre'],
  'inst-all': [
    'state-key-lab',
    'provincial-lab',
    'technology-innovation-centre',
    'industry-innovation-centre',
    'manufacturing-innovation-centre',
    'enterprise-technology-centre',
  ],
};

/**
 * The metric of the user's own points. Only its name goes in the link (metric=user-points): the counts
 * are the user's data, kept in this browser, and come from the layers shown when the link is opened.
 */
export const USER_METRIC = 'user-points';

/** Bay Area context cities are the map's backdrop, not places a district hosts: "all" leaves them out. */
export const CONTEXT_KINDS: readonly string[] = ['context-city'];

export function resolveMetric(id: string | undefined): Metric {
  if (id === undefined || id === '') return { type: 'all' };
  if (Object.hasOwn(KINDS, id)) return { type: 'kind', id };
  if (Object.hasOwn(GROUPS, id)) return { type: 'group', id };
  if (id === USER_METRIC) return { type: 'user' };
  if (Object.hasOwn(INSTITUTION_METRICS, id)) return { type: 'institution', id, kinds: INSTITUTION_METRICS[id]! };
  return { type: 'unknown', id };
}

export function inMetric(p: Pick<StatPlace, 'kind' | 'groups' | 'institution'>, m: Metric): boolean {
  if (m.type === 'user') return false;
  if (m.type === 'institution') return p.institution === true && m.kinds.includes(p.kind);
  if (p.institution) return false;
  switch (m.type) {
    case 'kind':
      return p.kind === m.id;
    case 'group':
      return p.groups.includes(m.id);
    default:
      return !CONTEXT_KINDS.includes(p.kind);
  }
}

/** The breakdown columns of the table: the kinds an investor looks for first. */
export const KEY_COLUMNS = [
  { id: 'labs', kinds: ['lab', 'big-science-facility'] },
  { id: 'institutes', kinds: ['institute'] },
  { id: 'universities', kinds: ['university', 'campus'] },
  { id: 'nodes', kinds: ['node'] },
] as const satisfies ReadonlyArray<{ id: string; kinds: readonly string[] }>;
export type KeyColumnId = (typeof KEY_COLUMNS)[number]['id'];

/** The rule the district counts and the district filter use: a place counts in its administrative district. */
export const DISTRICT_RULE = 'administrative' as const;

/** Every district a place is counted in: its own, then its other campuses', once each. */
export const districtsOf = (p: Pick<StatPlace, 'district' | 'alsoIn'>): string[] =>
  p.district === null ? [] : [...new Set([p.district, ...(p.alsoIn ?? [])])];

export const UNLOCATED = 'unlocated';
export const OUTSIDE = 'outside';
export type BucketId = string; // a district name (zh), UNLOCATED or OUTSIDE

export function bucketOf(district: string | null, districts: readonly string[] = GUANGZHOU_DISTRICT_NAMES): BucketId {
  if (district === null) return UNLOCATED;
  return districts.includes(district) ? district : OUTSIDE;
}

export interface Tally {
  /** The district (zh), UNLOCATED or OUTSIDE. */
  bucket: BucketId;
  /** Places counted by the metric. */
  count: number;
  /** Of those, places with no known site. */
  noSite: number;
  /** Places of the key kinds (whatever the metric), among the places given. */
  cols: Record<KeyColumnId, number>;
  /** Imported points that fall in the district (0 when nothing is imported). */
  user: number;
  /** Ids of the places counted by the metric, in input order. */
  ids: string[];
}

export interface DistrictRow extends Tally {
  /** 1 = most; equal counts share a rank (1, 2, 2, 4). */
  rank: number;
}

export interface DistrictTable {
  /** One row per district, in ranked order. */
  rows: DistrictRow[];
  unlocated: Tally;
  outside: Tally & { byCity: Map<string, number> };
  /** The sum over the districts. */
  total: Tally;
}

const emptyCols = (): Record<KeyColumnId, number> => ({ labs: 0, institutes: 0, universities: 0, nodes: 0 });
const emptyTally = (bucket: BucketId): Tally => ({ bucket, count: 0, noSite: 0, cols: emptyCols(), user: 0, ids: [] });

/** How many places each of the 11 districts hosts by the metric (every district present, 0 when none). */
export function countByDistrict(
  places: readonly StatPlace[],
  metric: string | undefined | Metric,
  districts: readonly string[] = GUANGZHOU_DISTRICT_NAMES,
): Map<string, number> {
  const m = typeof metric === 'object' ? metric : resolveMetric(metric);
  const counts = new Map<string, number>(districts.map((d) => [d, 0]));
  for (const p of places) {
    if (!inMetric(p, m)) continue;
    for (const d of districtsOf(p)) if (counts.has(d)) counts.set(d, counts.get(d)! + 1);
  }
  return counts;
}

/**
 * The table of the Districts screen.
 * @param userCounts imported points per district (zh name), with OUTSIDE for those outside Guangzhou.
 */
export function districtTable(
  places: readonly StatPlace[],
  metric: string | undefined | Metric,
  opts: { districts?: readonly string[]; userCounts?: ReadonlyMap<string, number> } = {},
): DistrictTable {
  const m = typeof metric === 'object' ? metric : resolveMetric(metric);
  const districts = opts.districts ?? GUANGZHOU_DISTRICT_NAMES;
  const tallies = new Map<BucketId, Tally>([...districts, UNLOCATED, OUTSIDE].map((b) => [b, emptyTally(b)]));
  const byCity = new Map<string, number>();
  for (const p of places) {
    const buckets = [...new Set(p.district === null ? [UNLOCATED] : districtsOf(p).map((d) => bucketOf(d, districts)))];
    for (const b of buckets) {
      const t = tallies.get(b)!;
      if (!p.institution) for (const c of KEY_COLUMNS) if ((c.kinds as readonly string[]).includes(p.kind)) t.cols[c.id]++;
      if (!inMetric(p, m)) continue;
      t.count++;
      if (!p.sited) t.noSite++;
      t.ids.push(p.id);
      if (b === OUTSIDE && p.district !== null) byCity.set(p.district, (byCity.get(p.district) ?? 0) + 1);
    }
  }
  for (const [b, n] of opts.userCounts ?? []) {
    const t = tallies.get(districts.includes(b) ? b : b === UNLOCATED ? UNLOCATED : OUTSIDE);
    if (t) t.user += n;
  }
  // The user's points as the metric: the count is theirs (the key columns stay the plan's places).
  if (m.type === 'user') for (const t of tallies.values()) t.count = t.user;
  const rows = rankRows(districts.map((d) => tallies.get(d)!));
  // The total counts each place once, though a multi-campus one is in several rows.
  const total = emptyTally('total');
  const counted = new Set<string>();
  for (const r of rows) total.user += r.user;
  if (m.type === 'user') total.count = total.user;
  for (const p of places) {
    if (counted.has(p.id) || !districtsOf(p).some((d) => districts.includes(d))) continue;
    counted.add(p.id);
    if (!p.institution) for (const c of KEY_COLUMNS) if ((c.kinds as readonly string[]).includes(p.kind)) total.cols[c.id]++;
    if (!inMetric(p, m)) continue;
    total.count++;
    if (!p.sited) total.noSite++;
    total.ids.push(p.id);
  }
  return { rows, unlocated: tallies.get(UNLOCATED)!, outside: { ...tallies.get(OUTSIDE)!, byCity }, total };
}

/**
 * Ranks by count, most first; equal counts share a rank ("1, 2, 2, 4") and keep their given order.
 * @param value what to rank by (the metric's count unless told).
 */
export function rankRows<T extends Tally>(tallies: readonly T[], value: (t: T) => number = (t) => t.count): Array<T & { rank: number }> {
  const sorted = tallies.map((t, i) => ({ t, i })).sort((a, b) => value(b.t) - value(a.t) || a.i - b.i);
  let rank = 0;
  return sorted.map(({ t }, pos) => {
    if (pos === 0 || value(sorted[pos - 1]!.t) !== value(t)) rank = pos + 1;
    return { ...t, rank };
  });
}

export type SortKey = 'rank' | 'district' | 'count' | 'user' | KeyColumnId;
export type SortDir = 'asc' | 'desc';
export interface Sort {
  key: SortKey;
  dir: SortDir;
}

/** The direction a column sorts in when first clicked: numbers most first, names and ranks ascending. */
export function defaultDir(key: SortKey): SortDir {
  return key === 'rank' || key === 'district' ? 'asc' : 'desc';
}

/** Clicking a header: the same column flips, another starts in its default direction. */
export function nextSort(current: Sort, key: SortKey): Sort {
  if (current.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  return { key, dir: defaultDir(key) };
}

/**
 * Sorts rows by a column; ties fall back to the rank, then to the rows' given order, so the result
 * is stable. @param nameOf the label a district sorts by (its name in the current language).
 */
export function sortRows(rows: readonly DistrictRow[], sort: Sort, nameOf: (district: string) => string = (d) => d, locale = 'zh-CN'): DistrictRow[] {
  const sign = sort.dir === 'asc' ? 1 : -1;
  const collator = new Intl.Collator(locale);
  const primary = (a: DistrictRow, b: DistrictRow): number => {
    switch (sort.key) {
      case 'rank':
        return a.rank - b.rank;
      case 'district':
        return collator.compare(nameOf(a.bucket), nameOf(b.bucket));
      case 'count':
        return a.count - b.count;
      case 'user':
        return a.user - b.user;
      default:
        return a.cols[sort.key] - b.cols[sort.key];
    }
  };
  // A row with nothing in a numeric column stays at the bottom whichever way that column is sorted
  // (as blanks do in a spreadsheet): flipping to ascending shows the smallest counts, not eleven zeros.
  const numeric = (r: DistrictRow): number | undefined => {
    switch (sort.key) {
      case 'district':
        return undefined;
      case 'rank':
      case 'count':
        return r.count;
      case 'user':
        return r.user;
      default:
        return r.cols[sort.key];
    }
  };
  const zeroLast = (a: DistrictRow, b: DistrictRow) => Number(numeric(a) === 0) - Number(numeric(b) === 0);
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => zeroLast(a.r, b.r) || sign * primary(a.r, b.r) || a.r.rank - b.r.rank || a.i - b.i)
    .map(({ r }) => r);
}

/**
 * What the rank column ranks by under a sort: the sorted number (labs, user points…), or the metric's
 * count when the rows are sorted by rank or by name.
 */
export function rankKey(sort: Sort): 'count' | 'user' | KeyColumnId {
  return sort.key === 'rank' || sort.key === 'district' ? 'count' : sort.key;
}

/**
 * The rows ranked again by what the rank column ranks by under `sort` (most = 1, ties share a rank),
 * so the ranks read 1, 2, 3 … down a column sorted most first, never the old ranks shuffled.
 */
export function rankedFor(rows: readonly DistrictRow[], sort: Sort): DistrictRow[] {
  const k = rankKey(sort);
  const value = (r: Tally): number => (k === 'count' ? r.count : k === 'user' ? r.user : r.cols[k]);
  return rankRows(
    rows.map(({ rank: _r, ...t }) => t),
    value,
  );
}

/** `count-desc` ⇄ { key, dir }; an unknown text gives undefined. */
export function parseSort(s: string | undefined): Sort | undefined {
  const m = s?.match(/^(rank|district|count|user|labs|institutes|universities|nodes)-(asc|desc)$/);
  return m ? { key: m[1] as SortKey, dir: m[2] as SortDir } : undefined;
}
export const formatSort = (s: Sort): string => `${s.key}-${s.dir}`;

/** District → share 0–1 of the largest count (all 0 when nothing is counted), for the choropleth. */
export function shares(counts: ReadonlyMap<string, number>): Map<string, number> {
  const max = Math.max(0, ...counts.values());
  return new Map([...counts].map(([d, n]) => [d, max > 0 ? n / max : 0]));
}

/** The order kinds are listed in for an investor: research first, then where it is turned into business. */
export const KIND_ORDER: readonly string[] = [
  'institute',
  'lab',
  'big-science-facility',
  'university',
  'campus',
  'innovation-centre',
  'tech-transfer',
  'talent',
  'industrial-park',
  'core-area',
  'node',
  'zone',
  'finance',
  'exchange',
  'court',
  'other',
  'context-city',
];

/** Groups places by kind in KIND_ORDER (unknown kinds last, by name); places keep their given order. */
export function groupByKind<T extends Pick<StatPlace, 'id' | 'kind'>>(
  places: readonly T[],
  order: readonly string[] = KIND_ORDER,
): Array<{ kind: string; ids: string[] }> {
  const by = new Map<string, string[]>();
  for (const p of places) {
    if (!by.has(p.kind)) by.set(p.kind, []);
    by.get(p.kind)!.push(p.id);
  }
  const pos = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  return [...by.keys()].sort((a, b) => pos(a) - pos(b) || a.localeCompare(b)).map((kind) => ({ kind, ids: by.get(kind)! }));
}

/** A class of the choropleth: counts from..to (inclusive). */
export interface ChoroClass {
  from: number;
  to: number;
}

/**
 * The legend's classes for counts 0..max: zero on its own, then up to four equal steps of whole
 * counts (max 3 → 0 | 1 | 2 | 3; max 20 → 0 | 1–5 | 6–10 | 11–15 | 16–20).
 */
export function choroClasses(max: number): ChoroClass[] {
  const m = Math.max(0, Math.floor(max));
  if (m === 0) return [{ from: 0, to: 0 }];
  const out: ChoroClass[] = [{ from: 0, to: 0 }];
  const w = Math.ceil(m / 4);
  for (let from = 1; from <= m; from += w) out.push({ from, to: Math.min(m, from + w - 1) });
  return out;
}

/** The share 0–1 a count is shaded at: its class's position on the scale, so the map shows classes, not a ramp. */
export function classShare(n: number, classes: readonly ChoroClass[]): number {
  if (classes.length <= 1) return 0;
  const i = classes.findIndex((c) => n >= c.from && n <= c.to);
  return (i < 0 ? classes.length - 1 : i) / (classes.length - 1);
}
