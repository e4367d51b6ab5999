// Our layers over the street map (src/map/core/streetMap.ts).
import { describe, expect, it } from 'vitest';
import type { LayerSpecification, StyleSpecification } from 'maplibre-gl';
import { firstSymbolFont, overStreetMap, withOurLayers } from '../../../src/map/core/streetMap.ts';

const street: StyleSpecification = {
  version: 8,
  sources: { osm: { type: 'vector', url: 'x' } },
  layers: [
    { id: 'bg', type: 'background' },
    { id: 'road-label', type: 'symbol', source: 'osm', 'source-layer': 'road', layout: { 'text-font': ['Noto Sans Regular'] } },
    { id: 'place-label', type: 'symbol', source: 'osm', 'source-layer': 'place', layout: { 'text-font': ['Noto Sans Bold'] } },
  ],
};
const ours = (font: string[] | undefined): LayerSpecification[] => [
  { id: 'district-fill', type: 'fill', source: 'd' },
  { id: 'gba-fill', type: 'fill', source: 'g' },
  { id: 'district-line', type: 'line', source: 'd' },
  { id: 'points-label', type: 'symbol', source: 'p', layout: { 'text-font': font ?? ['none'] } },
];

describe('street map', () => {
  it('takes the first symbol layer’s font, or none', () => {
    expect(firstSymbolFont(street.layers)).toEqual(['Noto Sans Regular']);
    expect(firstSymbolFont([{ id: 'bg', type: 'background' }])).toBeUndefined();
  });

  it('leaves our land fills out', () => {
    expect(['district-fill', 'district-fill-compare', 'gba-fill', 'district-line', 'points-label'].filter((id) => overStreetMap({ id }))).toEqual([
      'district-line',
      'points-label',
    ]);
  });

  it('draws our sources and layers over the street map’s, in its font', () => {
    const out = withOurLayers(street, { sources: { d: { type: 'geojson', data: 'd.geojson' } }, layers: ours });
    expect(Object.keys(out.sources)).toEqual(['osm', 'd']);
    expect(out.layers.map((l) => l.id)).toEqual(['bg', 'road-label', 'place-label', 'district-line', 'points-label']);
    expect(out.layers.at(-1)).toMatchObject({ layout: { 'text-font': ['Noto Sans Regular'] } });
  });
});
