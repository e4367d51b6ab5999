// The portfolio on the map (Districts mode): the area within the radius of the user's companies, in
// the layer's colour, and a ring round each place measured to — red where none of the companies is
// within the radius (a gap), teal where some are. The adapter calls sync() when the overlay changes or
// the style is replaced. Under the user's points and every label.
import type * as maplibregl from 'maplibre-gl';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon } from 'geojson';

export interface PortfolioOverlay {
  /** The area within the radius of the companies (null: none to draw). */
  area: Feature<Polygon | MultiPolygon> | null;
  color: string;
  /** The places measured to: `gap` when no company is within the radius. */
  targets: FeatureCollection<Point, { id: string; gap: boolean; within: number }>;
}

export const PORTFOLIO_LAYERS = { fill: 'pf-buffer-fill', line: 'pf-buffer-line', ring: 'pf-target-ring' } as const;
const SRC = { area: 'pf-buffer', targets: 'pf-targets' } as const;
const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };
const GAP = '#dc2626';
const COVERED = '#0f766e';

export function createPortfolioLayers(map: maplibregl.Map) {
  let drawn: PortfolioOverlay | null = null;
  // Under the plan's symbols, so places and the user's points stay on top.
  const before = () => (map.getLayer('points-halo') ? 'points-halo' : map.getLayer('gba-label') ? 'gba-label' : undefined);
  const remove = () => {
    for (const l of Object.values(PORTFOLIO_LAYERS)) if (map.getLayer(l)) map.removeLayer(l);
    for (const s of Object.values(SRC)) if (map.getSource(s)) map.removeSource(s);
  };
  const add = (o: PortfolioOverlay) => {
    map.addSource(SRC.area, { type: 'geojson', data: o.area ? { type: 'FeatureCollection', features: [o.area] } : EMPTY });
    map.addSource(SRC.targets, { type: 'geojson', data: o.targets });
    map.addLayer({ id: PORTFOLIO_LAYERS.fill, type: 'fill', source: SRC.area, paint: { 'fill-color': o.color, 'fill-opacity': 0.18 } }, before());
    // An outline for the exact circles only: a rasterised area is many rectangles, whose edges would show.
    map.addLayer(
      {
        id: PORTFOLIO_LAYERS.line,
        type: 'line',
        source: SRC.area,
        filter: ['==', ['get', 'method'], 'circles'],
        paint: { 'line-color': o.color, 'line-width': 1.2, 'line-opacity': 0.7 },
      },
      before(),
    );
    // Drawn over the plan's symbols (a ring round each), under the labels.
    map.addLayer(
      {
        id: PORTFOLIO_LAYERS.ring,
        type: 'circle',
        source: SRC.targets,
        paint: {
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 8, 9, 14, 14],
          'circle-color': 'rgba(0,0,0,0)',
          'circle-stroke-width': ['case', ['get', 'gap'], 2.5, 1.5],
          'circle-stroke-color': ['case', ['get', 'gap'], GAP, COVERED],
        },
      },
      map.getLayer('gba-label') ? 'gba-label' : undefined,
    );
  };
  return {
    /**
     * Brings the map to this overlay: new data into the sources there are (no layer added or removed,
     * so the style is not laid out again), the colour as a paint value.
     * @param fresh the style was replaced: nothing of ours is left.
     */
    sync(o: PortfolioOverlay | null, fresh = false) {
      if (fresh) drawn = null;
      if (o === drawn) return;
      const area = map.getSource(SRC.area) as maplibregl.GeoJSONSource | undefined;
      const targets = map.getSource(SRC.targets) as maplibregl.GeoJSONSource | undefined;
      if (o && drawn && area && targets && map.getLayer(PORTFOLIO_LAYERS.fill)) {
        if (o.area !== drawn.area) area.setData(o.area ? { type: 'FeatureCollection', features: [o.area] } : EMPTY);
        if (o.targets !== drawn.targets) targets.setData(o.targets);
        if (o.color !== drawn.color) {
          map.setPaintProperty(PORTFOLIO_LAYERS.fill, 'fill-color', o.color);
          map.setPaintProperty(PORTFOLIO_LAYERS.line, 'line-color', o.color);
        }
      } else {
        remove();
        if (o) add(o);
      }
      drawn = o;
    },
  };
}
