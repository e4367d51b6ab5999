// What the map adapter does to MapLibre, as plain data. The modules beside this one decide (pure, no
// MapLibre: tested in Node); src/map/styleState.ts (applyOps) applies each op to the map and does nothing else.
import type { layerFilter } from '../style.ts';

/** A layer's filter as style.ts writes it (its role and the visible set). */
export type LayerFilter = NonNullable<ReturnType<typeof layerFilter>>;

/** A feature's state as the style reads it (`['feature-state', name]`); nothing set reads as false/0. */
export type FeatureState = Readonly<Record<string, boolean | number>>;

export type MapOp =
  | { readonly op: 'featureState'; readonly source: string; readonly id: string; readonly state: FeatureState }
  | { readonly op: 'filter'; readonly layer: string; readonly filter: LayerFilter | null }
  | { readonly op: 'layout'; readonly layer: string; readonly name: string; readonly value: unknown };
