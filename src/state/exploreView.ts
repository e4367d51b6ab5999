// What the Explore filters and the focus leave on the map: the places and corridor segments shown,
// the faceted counts of the legend, and the features of the action, target, task or unit in focus.
import { createMemo, type Accessor } from 'solid-js';
import type { AppData, PlaceFeature } from '../data/appData.ts';
import type { LinkGraph } from '../plan/linkGraph.ts';
import { applyFilters, countBy, type Filters } from '../plan/filters.ts';
import type { AppStore } from './appStore.ts';

export interface ExploreView {
  /** Places that pass the filters. */
  filtered: Accessor<PlaceFeature[]>;
  /** Corridor segment ids that pass them (a place facet hides every segment). */
  filteredCorridors: Accessor<string[]>;
  /** Both, as ids: what the map shows. */
  visible: Accessor<ReadonlySet<string>>;
  /** Legend counts, faceted: how many each choice would show, given the other filters. */
  kindCounts: Accessor<Map<string, number>>;
  groupCounts: Accessor<Map<string, number>>;
  /** The features of the focus (action, target, task, unit), or undefined without one. */
  focusFeatures: Accessor<ReturnType<LinkGraph['featuresOf']> | undefined>;
}

export function createExploreView(data: AppData, graph: LinkGraph, store: AppStore): ExploreView {
  const filterable = data.places.map((f) => ({ ...f.properties, feature: f }));
  const placesPassing = (filters: Filters) => applyFilters(filterable, filters, graph.tasksOfUnit).map((x) => x.feature);
  const corridors = data.corridors.map((c) => ({ ...c.properties, kind: 'corridor', groups: [], district: null }));

  const filtered = createMemo(() => placesPassing(store.filters()));
  const filteredCorridors = createMemo(() => {
    const f = store.filters();
    // Corridors have no kind or district: a place facet hides them; actions and units filter them.
    if (f.kinds.length + f.groups.length + f.districts.length > 0) return [];
    return applyFilters(corridors, { actions: f.actions, units: f.units }, graph.tasksOfUnit).map((c) => c.id);
  });
  const visible = createMemo(() => new Set([...filtered().map((f) => f.properties.id), ...filteredCorridors()]));
  const countWithout = (facet: 'kinds' | 'groups', key: (f: PlaceFeature) => string | readonly string[]) =>
    countBy(placesPassing({ ...store.filters(), [facet]: [] }), key);
  return {
    filtered,
    filteredCorridors,
    visible,
    kindCounts: createMemo(() => countWithout('kinds', (f) => f.properties.kind)),
    groupCounts: createMemo(() => countWithout('groups', (f) => f.properties.groups)),
    focusFeatures: createMemo(() => (store.state.focus ? graph.featuresOf(store.state.focus) : undefined)),
  };
}
