// Corridor counts on the map (Districts mode): the area within the chosen distance of each corridor
// (its segments' buffers joined), in the corridor's colour, with a dashed edge on a white casing (the
// Guangzhou section's colour is the choropleth's dark end: the casing keeps its edge readable there). The adapter calls sync()
// when the overlay changes or the style is replaced. Under the corridors' lines, the places and labels.
import type * as maplibregl from 'maplibre-gl';
import type { ExpressionSpecification } from 'maplibre-gl';
import type { FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { CORRIDORS } from '../plan/kinds.ts';
import { asData } from './style.ts';

export interface CorridorBufferOverlay {
  /** One feature per corridor: `corridor` its id, `within` the points within the distance. */
  areas: FeatureCollection<Polygon | MultiPolygon, { corridor: string; buffer_km: number; within: number }>;
}

export const CORRIDOR_BUFFER_LAYERS = { fill: 'cb-fill', casing: 'cb-casing', line: 'cb-line' } as const;
const SRC = 'cb-areas';

// Every paint value reads the feature (constants written as data, style.ts's asData): the layers draw
// with the programs the style's own fills and lines use, so no new shader variant is compiled.
const colour = ['match', ['get', 'corridor'], ...Object.entries(CORRIDORS).flatMap(([k, v]) => [k, v.color]), '#334155'] as unknown as ExpressionSpecification;

export function createCorridorBufferLayers(map: maplibregl.Map) {
  let drawn: CorridorBufferOverlay | null = null;
  const before = () => (map.getLayer('corridors-casing') ? 'corridors-casing' : map.getLayer('points-halo') ? 'points-halo' : undefined);
  const remove = () => {
    for (const l of Object.values(CORRIDOR_BUFFER_LAYERS)) if (map.getLayer(l)) map.removeLayer(l);
    if (map.getSource(SRC)) map.removeSource(SRC);
  };
  const add = (o: CorridorBufferOverlay) => {
    map.addSource(SRC, { type: 'geojson', data: o.areas });
    map.addLayer(
      { id: CORRIDOR_BUFFER_LAYERS.fill, type: 'fill', source: SRC, paint: { 'fill-antialias': false, 'fill-color': colour, 'fill-opacity': asData(0.14) } },
      before(),
    );
    map.addLayer(
      {
        id: CORRIDOR_BUFFER_LAYERS.casing,
        type: 'line',
        source: SRC,
        paint: { 'line-color': asData('#ffffff'), 'line-width': asData(3.6), 'line-opacity': asData(0.85) },
      },
      before(),
    );
    map.addLayer(
      {
        id: CORRIDOR_BUFFER_LAYERS.line,
        type: 'line',
        source: SRC,
        paint: { 'line-color': colour, 'line-width': asData(1.8), 'line-opacity': asData(0.95), 'line-dasharray': [3, 2] },
      },
      before(),
    );
  };
  return {
    /**
     * Brings the map to this overlay: new data into the source if there is one (no layer added or
     * removed), else the layers added (or removed for null).
     * @param fresh the style was replaced: nothing of ours is left.
     */
    sync(o: CorridorBufferOverlay | null, fresh = false) {
      if (fresh) drawn = null;
      if (o === drawn) return;
      const src = map.getSource(SRC) as maplibregl.GeoJSONSource | undefined;
      if (o && drawn && src && map.getLayer(CORRIDOR_BUFFER_LAYERS.fill)) {
        if (o.areas !== drawn.areas) src.setData(o.areas);
      } else {
        remove();
        if (o) add(o);
      }
      drawn = o;
    },
  };
}
