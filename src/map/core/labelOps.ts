// Labels in the chosen language and at the chosen size (Present scales them for a room).
import type { Lang } from '../../state/urlState.ts';
import { LABEL_LAYERS, glyphField, labelSize, nameField } from '../style.ts';
import type { MapOp } from './ops.ts';

/** Every label's text in `lang`, and the kinds' characters inside the points. */
export function labelLanguageOps(lang: Lang): MapOp[] {
  return [
    ...LABEL_LAYERS.map((layer): MapOp => ({ op: 'layout', layer, name: 'text-field', value: nameField(lang) })),
    { op: 'layout', layer: 'points-glyph', name: 'text-field', value: glyphField(lang) },
  ];
}

/** Every label's size at `scale` (1 on a desk). */
export function labelSizeOps(scale: number): MapOp[] {
  return LABEL_LAYERS.map((layer): MapOp => ({ op: 'layout', layer, name: 'text-size', value: labelSize(layer, scale) }));
}
