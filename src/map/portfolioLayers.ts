// The portfolio on the map (Districts mode): the area within the radius of the user's companies, in
// the layer's colour, and a ring round each place measured to — red where none of the companies is
// within the radius (a gap), teal where some are. The adapter calls sync() when the overlay changes or
// the style is replaced. Under the user's points and every label.
//
// The area and the rings are one GeoJSON source (the layers tell them apart by a property): a new result
// is one setData, one round to MapLibre's worker and one repaint. Each repaint of the map is the costly
// part of drawing a result (in a software-rendered browser a frame of this map takes ~0.1 s of the main
// thread, whatever changed), so two sources updated apart, drawn in two frames, doubled it.
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
const SRC = 'pf-overlay';
/** The area's features carry `method` (circles or grid), the rings' `gap`: the filters of the layers. */
const IS_AREA = ['has', 'method'] as maplibregl.FilterSpecification;
const IS_RING = ['has', 'gap'] as maplibregl.FilterSpecification;

/** The overlay as one FeatureCollection: the area first, then a point per place. */
export const overlayFeatures = (o: PortfolioOverlay): FeatureCollection => ({
  type: 'FeatureCollection',
  features: [...(o.area ? [{ ...o.area, properties: { method: 'circles', ...o.area.properties } }] : []), ...o.targets.features],
});
const GAP = '#dc2626';
const COVERED = '#0f766e';

export function createPortfolioLayers(map: maplibregl.Map) {
  let drawn: PortfolioOverlay | null = null;
  // Under the plan's symbols, so places and the user's points stay on top.
  const before = () => (map.getLayer('points-halo') ? 'points-halo' : map.getLayer('gba-label') ? 'gba-label' : undefined);
  const remove = () => {
    for (const l of Object.values(PORTFOLIO_LAYERS)) if (map.getLayer(l)) map.removeLayer(l);
    if (map.getSource(SRC)) map.removeSource(SRC);
  };
  const add = (o: PortfolioOverlay) => {
    map.addSource(SRC, { type: 'geojson', data: overlayFeatures(o) });
    map.addLayer(
      {
        id: PORTFOLIO_LAYERS.fill,
        type: 'fill',
        source: SRC,
        filter: IS_AREA,
        paint: { 'fill-color': o.color, 'fill-opacity': 0.18, 'fill-antialias': false },
      },
      before(),
    );
    // An outline for the exact circles only: a rasterised area is many rectangles, whose edges would show.
    map.addLayer(
      {
        id: PORTFOLIO_LAYERS.line,
        type: 'line',
        source: SRC,
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
        source: SRC,
        filter: IS_RING,
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
      const source = map.getSource(SRC) as maplibregl.GeoJSONSource | undefined;
      if (o && drawn && source && map.getLayer(PORTFOLIO_LAYERS.fill)) {
        if (o.area !== drawn.area || o.targets !== drawn.targets) source.setData(overlayFeatures(o));
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
