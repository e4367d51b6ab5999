// Which labels are placed first: the selected place, then the places in focus, before any context
// label, in both languages and at every zoom. MapLibre places a layer drawn later before one drawn
// earlier, and within a layer by symbol-sort-key; feature state cannot reach either (both are layout),
// so these places move to a label layer of their own, last in the style (style.ts PRIORITY_LABEL_LAYER),
// and leave points-label and areas-label while they are there (no label twice).
import { PRIORITY_LABEL_LAYER, priorityLabelFilter, prioritySortKey, withoutFirst } from '../style.ts';
import type { LayerFilter, MapOp } from './ops.ts';
import { filterOps } from './visibleFilter.ts';

/** The base label layers the priority layer takes its places from. */
export const BASE_LABEL_LAYERS = ['points-label', 'areas-label'] as const;

export interface PriorityInputs {
  readonly selected: string | undefined;
  /** The focus's features (null: no focus). */
  readonly highlighted: ReadonlySet<string> | null;
  /** Present paints its own labels (its subject first): nothing moves then. */
  readonly presenting: boolean;
}

/** The ids labelled first, in order: the selection, then the focus (each once). */
export function labelFirst(i: PriorityInputs): string[] {
  if (i.presenting) return [];
  const out: string[] = [];
  if (i.selected) out.push(i.selected);
  for (const id of i.highlighted ?? []) if (id !== i.selected) out.push(id);
  return out;
}

/**
 * The label layers' filters and the priority layer's order for `first` within the visible set
 * `extra`. With `first` empty, each filter is exactly the style's own (so setting it re-tiles nothing).
 */
export function labelPriorityOps(extra: LayerFilter | null, first: readonly string[]): MapOp[] {
  return [
    ...BASE_LABEL_LAYERS.map((layer): MapOp => ({ op: 'filter', layer, filter: withoutFirst(layer, extra, first) ?? null })),
    { op: 'filter', layer: PRIORITY_LABEL_LAYER, filter: priorityLabelFilter(extra, first) },
    { op: 'layout', layer: PRIORITY_LABEL_LAYER, name: 'symbol-sort-key', value: prioritySortKey(first) },
  ];
}

/**
 * Every filtered layer's filter (visibleFilter.ts) with the label layers' as the priority asks: one
 * list, so no label layer is set twice in a row.
 */
export function filterWithPriorityOps(filterOps: readonly MapOp[], extra: LayerFilter | null, first: readonly string[]): MapOp[] {
  const base: readonly string[] = BASE_LABEL_LAYERS;
  return [...filterOps.filter((o) => !(o.op === 'filter' && base.includes(o.layer))), ...labelPriorityOps(extra, first)];
}

/**
 * The visible set's filters with the label priority, and when Present's paint is applied: after them
 * while presenting (Present sets the label layers' filters itself, over the base ones, and nothing moves
 * first), before them otherwise (leaving Present first puts back its base filters; the priority's go over them).
 */
export function visibleFilterPlan(extra: LayerFilter | null, presenting: boolean, first: readonly string[]): { ops: MapOp[]; presentFirst: boolean } {
  return { ops: filterWithPriorityOps(filterOps(extra), extra, presenting ? [] : first), presentFirst: !presenting };
}
