// What the map draws right now, for the browser tests (src/testHooks.ts): read from MapLibre, never
// written. Only a build with VITE_TEST_HOOKS=1 creates it (src/map/mapAdapter.ts).
import type * as maplibregl from 'maplibre-gl';
import type { MapProbe } from '../testHooks.ts';

/** @param userRendered the user's points and clusters drawn, per layer (src/map/userLayersOnMap.ts). */
export function createMapProbe(map: maplibregl.Map, userRendered: MapProbe['userRendered']): MapProbe {
  const drawn = (layers: string[]) => map.queryRenderedFeatures({ layers });
  // The map's error events (a tile that failed, a style error), kept for a stuck wait to print. Only
  // the test build listens; MapLibre still logs each to the console as well.
  const errors: string[] = [];
  map.on('error', (e: maplibregl.ErrorEvent & { sourceId?: string }) => {
    errors.push(`${e.sourceId ?? ''} ${e.error?.message ?? String(e.error)}`.trim());
    console.error(e.error);
  });
  return {
    project(lonLat) {
      const p = map.project(lonLat);
      return { x: p.x, y: p.y };
    },
    renderedKinds: () => drawn(['points-circle', 'areas-fill']).map((f) => String(f.properties?.['kind'])),
    renderedPoints: () =>
      drawn(['points-circle']).flatMap((f) => {
        if (f.geometry.type !== 'Point') return [];
        const p = map.project(f.geometry.coordinates as [number, number]);
        return [{ id: String(f.properties?.['id']), x: p.x, y: p.y }];
      }),
    highlightedIds() {
      const ids = new Set<string>();
      for (const f of drawn(['points-circle', 'areas-fill', 'corridors-line', 'zones-fill'])) {
        if (f.state?.['hl']) ids.add(String(f.properties?.['id']));
      }
      return [...ids];
    },
    renderedIds: (layer) => (map.getLayer(layer) ? [...new Set(drawn([layer]).map((f) => String(f.properties?.['id'])))] : []),
    stateIds(name) {
      const ids = new Set<string>();
      for (const f of drawn(['points-circle', 'areas-fill', 'corridors-line', 'zones-fill'])) if (f.state?.[name]) ids.add(String(f.properties?.['id']));
      return [...ids];
    },
    stateValues(layer, name) {
      const out: Record<string, unknown> = {};
      if (!map.getLayer(layer)) return out;
      for (const f of drawn([layer])) if (f.state?.[name] !== undefined) out[String(f.properties?.['id'])] = f.state[name];
      return out;
    },
    userRendered,
    layerIds: () => map.getStyle()?.layers.map((l) => l.id) ?? [],
    renderedIn: (layer) => (map.getLayer(layer) ? map.queryRenderedFeatures({ layers: [layer] }).length : 0),
    styleValue(layer, prop) {
      if (!map.getLayer(layer)) return undefined;
      if (prop === 'filter') return map.getFilter(layer);
      const read = (f: () => unknown) => {
        try {
          return f();
        } catch {
          return undefined;
        }
      };
      return (
        read(() => map.getLayoutProperty(layer, prop as Parameters<typeof map.getLayoutProperty>[1])) ??
        read(() => map.getPaintProperty(layer, prop as Parameters<typeof map.getPaintProperty>[1]))
      );
    },
    districtStates() {
      const out: Record<string, Record<string, unknown>> = {};
      for (const f of drawn(['district-line'])) out[String(f.properties?.['name_zh'])] = { ...f.state };
      return out;
    },
    viewBounds() {
      const b = map.getBounds();
      return [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()];
    },
    placedLabels: (layer) =>
      (map.getLayer(layer) ? drawn([layer]) : []).flatMap((f) => {
        if (f.geometry.type !== 'Point') return [];
        const p = map.project(f.geometry.coordinates as [number, number]);
        return [{ id: String(f.properties?.['id'] ?? f.properties?.['name_zh']), x: p.x, y: p.y }];
      }),
    labelsAtEdges: (layer) => {
      if (!map.getLayer(layer)) return [];
      const { clientWidth: w, clientHeight: h } = map.getContainer();
      const strips: Array<[[number, number], [number, number]]> = [
        [
          [0, 0],
          [1, h],
        ],
        [
          [w - 1, 0],
          [w, h],
        ],
      ];
      return [...new Set(strips.flatMap((box) => map.queryRenderedFeatures(box, { layers: [layer] }).map((f) => String(f.properties?.['id']))))];
    },
    glyphs: () => map.getGlyphs() || null,
    loadState: () => ({
      loaded: map.loaded(),
      style: map.isStyleLoaded() === true,
      tiles: map.areTilesLoaded(),
      sources: Object.fromEntries(Object.keys(map.getStyle()?.sources ?? {}).map((id) => [id, map.isSourceLoaded(id)])),
      errors: errors.slice(-20),
    }),
  };
}
