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
    const want = toggles[group] ? 'visible' : 'none';
    return TOGGLED_LAYERS[group]
      .filter((layer) => (current(layer) ?? 'visible') !== want)
      .map((layer): MapOp => ({ op: 'layout', layer, name: 'visibility', value: want }));
  });
}
