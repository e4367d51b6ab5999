// Which of our features the map draws: the app's visible set (what passes the filters) as a layer
// filter, and the filter ops that put it on every filtered layer.
import { FILTERED_LAYERS, layerFilter } from '../style.ts';
import type { LayerFilter, MapOp } from './ops.ts';

/** Every id a filter can leave out: the places and corridor segments the map draws. */
export interface FilterableIds {
  readonly places: readonly string[];
  readonly corridors: readonly string[];
}

/**
 * The visible set as a filter on the features' `id`; null when nothing is filtered out, so that the
 * map's worker does not re-tile every source at start for a filter that keeps everything.
 */
export function visibleFilter(shown: ReadonlySet<string>, ids: FilterableIds): LayerFilter | null {
  const all = ids.places.every((id) => shown.has(id)) && ids.corridors.every((id) => shown.has(id));
  return all ? null : ['in', ['get', 'id'], ['literal', [...shown]]];
}

/** Each filtered layer's filter: its own role, and the visible set's filter if there is one. */
export function filterOps(extra: LayerFilter | null): MapOp[] {
  return FILTERED_LAYERS.map((layer) => ({ op: 'filter', layer, filter: layerFilter(layer, extra) ?? null }));
}
