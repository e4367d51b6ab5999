// The institutions layer (data/institutions.geojson, the sited ones): a ring in the kind's colour
// around a white dot — hollow, where the plan's own places are filled discs with a character — so the
// two are told apart by shape as well as colour. The adapter calls sync() when the layer is toggled or
// its data arrives (or the style is replaced), and hit() for the institution under the pointer.
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';

export const INSTITUTION_SOURCE = 'institutions';
export const INSTITUTION_LAYERS = { ring: 'institutions-ring', dot: 'institutions-dot' } as const;
/** Over the plan's symbols (what the toggle asked to see), under every label. */
const BEFORE = 'gba-label';

export type InstitutionPoints = FeatureCollection<Point, { id: string; kind: string; name_zh: string; name_en: string; color: string }>;

export function createInstitutionLayer(map: maplibregl.Map) {
  let drawn: InstitutionPoints | null = null;
  const add = (data: InstitutionPoints) => {
    const before = map.getLayer(BEFORE) ? BEFORE : undefined;
    map.addSource(INSTITUTION_SOURCE, { type: 'geojson', data });
    map.addLayer(
      {
        id: INSTITUTION_LAYERS.ring,
        type: 'circle',
        source: INSTITUTION_SOURCE,
        paint: {
          'circle-color': '#ffffff',
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 6, 14, 10],
          'circle-stroke-color': ['get', 'color'],
          'circle-stroke-width': ['interpolate', ['linear'], ['zoom'], 9, 2.5, 14, 3.5],
        },
      },
      before,
    );
    map.addLayer(
      {
        id: INSTITUTION_LAYERS.dot,
        type: 'circle',
        source: INSTITUTION_SOURCE,
        paint: { 'circle-color': ['get', 'color'], 'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 1.5, 14, 2.5] },
      },
      before,
    );
  };
  const remove = () => {
    for (const l of Object.values(INSTITUTION_LAYERS)) if (map.getLayer(l)) map.removeLayer(l);
    if (map.getSource(INSTITUTION_SOURCE)) map.removeSource(INSTITUTION_SOURCE);
  };
  return {
    /** Shows these points (null: the layer is off). @param fresh the style was replaced: nothing of ours is left. */
    sync(data: InstitutionPoints | null, fresh = false) {
      if (fresh) drawn = null;
      if (data === drawn) return;
      remove();
      if (data) add(data);
      drawn = data;
    },
    /** The institution under a screen point, if any. */
    hit(point: maplibregl.PointLike): { id: string; name_zh: string; name_en: string } | undefined {
      if (!map.getLayer(INSTITUTION_LAYERS.ring)) return undefined;
      const p = map.queryRenderedFeatures(point, { layers: [INSTITUTION_LAYERS.ring] })[0]?.properties;
      return p ? { id: String(p['id']), name_zh: String(p['name_zh']), name_en: String(p['name_en']) } : undefined;
    },
  };
}
