// Our layers over the opt-in street map: drawn on top of its own, with its font, without our land fills
// (the street map draws the land; our district and Greater Bay Area fills would cover it). Pure: the
// basemap switch (src/map/basemapSwitch.ts) hands it to MapLibre's transformStyle.

import type { LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';

/** The street map's first symbol layer's font (our labels use it: its glyph server has no other). */
export function firstSymbolFont(layers: readonly LayerSpecification[]): string[] | undefined {
  return layers.flatMap((l) => (l.type === 'symbol' && Array.isArray(l.layout?.['text-font']) ? [l.layout['text-font'] as string[]] : []))[0];
}

/** Which of our layers go over the street map: all but the land fills. */
export const overStreetMap = (layer: { readonly id: string }): boolean => !layer.id.startsWith('district-fill') && !layer.id.startsWith('gba-fill');

/** The street map's style with our sources and, over its own layers, ours (in its font). */
export function withOurLayers(
  next: StyleSpecification,
  ours: { sources: Record<string, SourceSpecification>; layers(font: string[] | undefined): LayerSpecification[] },
): StyleSpecification {
  return {
    ...next,
    sources: { ...next.sources, ...ours.sources },
    layers: [...next.layers, ...ours.layers(firstSymbolFont(next.layers)).filter(overStreetMap)],
  };
}
