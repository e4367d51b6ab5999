// The Layers panel's toggles as layer visibility, set only where it changes: setting 'visible' on a
// layer that has no visibility yet would make MapLibre re-tile its source.
import type { MapOp } from './ops.ts';

export interface LayerToggles {
  readonly districts: boolean;
  readonly context: boolean;
  readonly corridors: boolean;
}

/** The style's layers each toggle shows or hides. */
export const TOGGLED_LAYERS: Readonly<Record<keyof LayerToggles, readonly string[]>> = {
  districts: ['district-fill', 'district-line', 'district-label'],
  context: ['gba-fill', 'gba-line', 'gba-label'],
  corridors: ['corridors-casing', 'corridors-line', 'corridors-arrow'],
};

/** @param current a layer's visibility now (undefined: none set, which draws it). */
export function layerVisibilityOps(toggles: LayerToggles, current: (layer: string) => unknown): MapOp[] {
  return (Object.keys(TOGGLED_LAYERS) as Array<keyof LayerToggles>).flatMap((group) => {
    return visibilityOps(TOGGLED_LAYERS[group], toggles[group], current);
  });
}

/** `layers` shown or hidden, each only where its visibility differs (undefined draws it). */
function visibilityOps(layers: readonly string[], shown: boolean, current: (layer: string) => unknown): MapOp[] {
  const want = shown ? 'visible' : 'none';
  return layers.filter((layer) => (current(layer) ?? 'visible') !== want).map((layer): MapOp => ({ op: 'layout', layer, name: 'visibility', value: want }));
}

/** The scorecard's status rings (style.ts): hidden while no marks are shown. */
export const MARK_LAYERS = ['points-mark', 'points-mark-inner'] as const;

/**
 * The rings shown exactly while there are marks to draw. Only a change is set: each one makes MapLibre
 * re-tile the places (once on entering the scorecard or a results chapter, once on leaving).
 * @param current a layer's visibility now (the style starts them at 'none').
 */
export function markLayerOps(shown: boolean, current: (layer: string) => unknown): MapOp[] {
  return visibilityOps(MARK_LAYERS, shown, current);
}
