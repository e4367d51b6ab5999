// Filtering the map's features by the facets shown in the filter panel (and kept in the URL).
// Within a facet the choices are alternatives (OR); across facets each one narrows further (AND).

export interface Filterable {
  id: string;
  kind: string;
  groups: readonly string[];
  actions: readonly string[];
  tasks: readonly string[];
  district: string | null;
  /** A multi-campus institution's campuses: a district filter keeps it in each campus's district. */
  campuses?: ReadonlyArray<{ district: string }>;
}

export interface Filters {
  kinds?: readonly string[];
  groups?: readonly string[];
  actions?: readonly string[];
  districts?: readonly string[];
  units?: readonly string[];
}

/** undefined means "no filter on this facet"; an empty list is treated the same, as nothing was chosen. */
const asSet = (list: readonly string[] | undefined): ReadonlySet<string> | undefined => (list && list.length > 0 ? new Set(list) : undefined);

const intersects = (values: readonly string[], set: ReadonlySet<string>): boolean => values.some((v) => set.has(v));

export function applyFilters<T extends Filterable>(items: readonly T[], f: Filters, tasksOfUnit: (unitId: string) => readonly string[]): T[] {
  const kinds = asSet(f.kinds);
  const groups = asSet(f.groups);
  const actions = asSet(f.actions);
  const districts = asSet(f.districts);
  // Units reach features only through the tasks they lead or join: take the union once, not per item.
  // A chosen unit with no tasks still filters (and so can leave nothing), rather than silently showing all.
  const unitTasks = f.units && f.units.length > 0 ? new Set(f.units.flatMap((u) => tasksOfUnit(u))) : undefined;

  return items.filter(
    (it) =>
      (!kinds || kinds.has(it.kind)) &&
      (!groups || intersects(it.groups, groups)) &&
      (!actions || intersects(it.actions, actions)) &&
      (!districts || (it.district !== null && districts.has(it.district)) || (it.campuses ?? []).some((c) => districts.has(c.district))) &&
      (!unitTasks || intersects(it.tasks, unitTasks)),
  );
}

/** Counts per key, in first-seen order; an array key counts the item once per distinct element. */
export function countBy<T>(items: readonly T[], key: (t: T) => string | readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    const k = key(item);
    // Set: an item listing the same group twice is still one item in that group.
    const keys: Iterable<string> = typeof k === 'string' ? [k] : new Set(k);
    for (const one of keys) counts.set(one, (counts.get(one) ?? 0) + 1);
  }
  return counts;
}
