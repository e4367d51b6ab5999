// src/map/corridorBufferLayers.ts against a stand-in for the map: the bands added once under the
// corridors' lines, later overlays set as data (no layer added again), null removes them; every paint
// value reads the feature, so the layers share the style's shader programs (see styleVariants.test.ts).
import { describe, expect, it } from 'vitest';
import type * as maplibregl from 'maplibre-gl';
import { createCorridorBufferLayers, CORRIDOR_BUFFER_LAYERS, type CorridorBufferOverlay } from '../../src/map/corridorBufferLayers.ts';
import { isDataDriven } from '../../src/map/style.ts';

function fakeMap() {
  const layers: Array<{ spec: maplibregl.LayerSpecification; before?: string }> = [{ spec: { id: 'corridors-casing', type: 'line', source: 'x' } }];
  const sources = new Map<string, { data: unknown; setData(d: unknown): void }>();
  const calls: string[] = [];
  const map = {
    getLayer: (id: string) => layers.find((l) => l.spec.id === id),
    getSource: (id: string) => sources.get(id),
    addSource(id: string, s: { data: unknown }) {
      calls.push(`addSource ${id}`);
      const src = {
        data: s.data,
        setData(d: unknown) {
          calls.push(`setData ${id}`);
          src.data = d;
        },
      };
      sources.set(id, src);
    },
    addLayer(spec: maplibregl.LayerSpecification, before?: string) {
      calls.push(`addLayer ${spec.id}`);
      const i = before ? layers.findIndex((l) => l.spec.id === before) : layers.length;
      layers.splice(i < 0 ? layers.length : i, 0, { spec, before });
    },
    removeLayer(id: string) {
      calls.push(`removeLayer ${id}`);
      layers.splice(
        layers.findIndex((l) => l.spec.id === id),
        1,
      );
    },
    removeSource(id: string) {
      calls.push(`removeSource ${id}`);
      sources.delete(id);
    },
  };
  return { map: map as unknown as maplibregl.Map, layers, calls };
}
const overlay = (within: number): CorridorBufferOverlay => ({
  areas: {
    type: 'FeatureCollection',
    features: [
      {
        type: 'Feature',
        properties: { corridor: 'gz-section', buffer_km: 2, within },
        geometry: {
          type: 'Polygon',
          coordinates: [
            [
              [113.3, 23.1],
              [113.4, 23.1],
              [113.4, 23.2],
              [113.3, 23.1],
            ],
          ],
        },
      },
    ],
  },
});

describe('corridor bands on the map', () => {
  it('adds its layers once, under the corridors’ lines; new data goes into the source; null removes them', () => {
    const { map, layers, calls } = fakeMap();
    const cb = createCorridorBufferLayers(map);
    cb.sync(overlay(1));
    expect(layers.map((l) => l.spec.id)).toEqual(['cb-fill', 'cb-casing', 'cb-line', 'corridors-casing']);
    calls.length = 0;
    cb.sync(overlay(2));
    expect(calls).toEqual(['setData cb-areas']);
    cb.sync(null);
    expect(layers.map((l) => l.spec.id)).toEqual(['corridors-casing']);
    // A new style: added again.
    cb.sync(overlay(3), true);
    expect(layers.map((l) => l.spec.id)).toContain('cb-fill');
  });
  it('draws every paint value from the feature (no new shader variant); the edge dashed in the corridor’s colour', () => {
    const { map, layers } = fakeMap();
    createCorridorBufferLayers(map).sync(overlay(1));
    for (const id of Object.values(CORRIDOR_BUFFER_LAYERS)) {
      const paint = (layers.find((l) => l.spec.id === id)!.spec as { paint: Record<string, unknown> }).paint;
      for (const [k, v] of Object.entries(paint)) if (k !== 'line-dasharray' && k !== 'fill-antialias') expect(isDataDriven(v), `${id} ${k}`).toBe(true);
    }
    // No outline pass (nor its shader): the casing and the line draw the band's edge.
    expect((layers.find((l) => l.spec.id === 'cb-fill')!.spec as { paint: Record<string, unknown> }).paint['fill-antialias']).toBe(false);
    const line = layers.find((l) => l.spec.id === 'cb-line')!.spec as { paint: Record<string, unknown> };
    expect(line.paint['line-dasharray']).toEqual([3, 2]);
    expect(JSON.stringify(line.paint['line-color'])).toContain('#c2410c');
  });
});
