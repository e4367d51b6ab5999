// Two or three districts side by side: what each hosts by kind and by group, the nodes and zones
// there, the institutions the targets count, the plan tasks its government is responsible for, and
// the user's own points. A multi-campus place counts in each campus's district. Pure.
import { INSTITUTION_METRICS, KIND_ORDER, districtsOf, inMetric, resolveMetric, type StatPlace } from './districtStats.ts';
import { GROUP_IDS } from './kinds.ts';

export interface CompareRow {
  section: 'total' | 'kind' | 'group' | 'institution' | 'tasks' | 'user';
  /** Kind or group id, an institution metric's id (inst-…), 'tasks', a user layer's id, or 'total'. */
  id: string;
  values: number[];
}

export interface Comparison {
  districts: string[];
  rows: CompareRow[];
  /** Per district: ids of the places that are nodes or in the 三城一区 (the layout it hosts). */
  hosted: string[][];
  /** Per district: ids of the tasks its government is responsible for. */
  tasks: string[][];
}

/** The districts of a compare= list that exist, without repeats, at most three. */
export function compareList(names: readonly string[], known: readonly string[]): string[] {
  return [...new Set(names)].filter((n) => known.includes(n)).slice(0, 3);
}

export function compareDistricts(
  places: readonly StatPlace[],
  districts: readonly string[],
  opts: {
    /** The district government's unit id for a district, if the plan names one. */
    govUnitOf: (district: string) => string | undefined;
    tasksOfUnit: (unitId: string) => string[];
    userLayers?: ReadonlyArray<{ id: string; districts: ReadonlyArray<string | null> }>;
  },
): Comparison {
  const ds = [...districts];
  const inDistrict = ds.map((d) => places.filter((p) => districtsOf(p).includes(d)));
  // The plan's places; the institutions (places with `institution`) have rows of their own.
  const here = inDistrict.map((ps) => ps.filter((p) => !p.institution));
  const rows: CompareRow[] = [{ section: 'total', id: 'total', values: here.map((ps) => ps.filter((p) => inMetric(p, { type: 'all' })).length) }];
  const kinds = [...new Set(here.flat().map((p) => p.kind))].sort((a, b) => {
    const pos = (k: string) => (KIND_ORDER.includes(k) ? KIND_ORDER.indexOf(k) : KIND_ORDER.length);
    return pos(a) - pos(b) || a.localeCompare(b);
  });
  for (const k of kinds) rows.push({ section: 'kind', id: k, values: here.map((ps) => ps.filter((p) => p.kind === k).length) });
  for (const g of GROUP_IDS) {
    if (g === 'context' || sameAsKind(places, g)) continue;
    const values = here.map((ps) => ps.filter((p) => p.groups.includes(g)).length);
    if (values.some((v) => v > 0)) rows.push({ section: 'group', id: g, values });
  }
  if (places.some((p) => p.institution)) {
    for (const id of Object.keys(INSTITUTION_METRICS)) {
      const m = resolveMetric(id);
      rows.push({ section: 'institution', id, values: inDistrict.map((ps) => ps.filter((p) => inMetric(p, m)).length) });
    }
  }
  const tasks = ds.map((d) => {
    const u = opts.govUnitOf(d);
    return u ? [...new Set(opts.tasksOfUnit(u))] : [];
  });
  rows.push({ section: 'tasks', id: 'tasks', values: tasks.map((t) => t.length) });
  for (const l of opts.userLayers ?? []) {
    const values = ds.map(() => 0);
    for (const d of l.districts) {
      const i = d === null ? -1 : ds.indexOf(d);
      if (i >= 0) values[i]!++;
    }
    rows.push({ section: 'user', id: l.id, values });
  }
  const hosted = here.map((ps) =>
    ps.filter((p) => p.kind === 'node' || p.groups.includes('thirteen-nodes') || p.groups.includes('three-cities-one-zone')).map((p) => p.id),
  );
  return { districts: ds, rows, hosted, tasks };
}

/**
 * Whether a group holds exactly the places of one kind (十三节点 are the kind node, 三城一区 the kind
 * core-area): its row would repeat that kind's row, so the comparison shows it once, as the kind.
 */
export function sameAsKind(places: readonly Pick<StatPlace, 'id' | 'kind' | 'groups'>[], group: string): boolean {
  const members = places.filter((p) => p.groups.includes(group));
  if (members.length === 0) return false;
  const kind = members[0]!.kind;
  return members.every((p) => p.kind === kind) && places.filter((p) => p.kind === kind).length === members.length;
}

/** The bar's length 0–1 of a value in its row (the row's largest value is 1). */
export function barShare(values: readonly number[], v: number): number {
  const max = Math.max(0, ...values);
  return max > 0 ? v / max : 0;
}
