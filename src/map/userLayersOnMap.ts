// The user's own layers on the map: one GeoJSON source per layer, clustered when dense, labelled when
// zoomed in, in the layer's colour. The adapter calls sync() when the layers change or the style is
// replaced, and hit() to name or open the point under the pointer. Text only: names go in as data and
// are drawn by MapLibre as text, never as HTML.
import type * as maplibregl from 'maplibre-gl';
import type { FeatureCollection, Point } from 'geojson';
import { prebuiltChars, prebuiltGlyphs } from './prebuiltGlyphs.ts';
import { coversAll } from './glyphBundle.ts';

/** What the map needs of a user layer. */
export interface UserLayerView {
  id: string;
  color: string;
  visible: boolean;
  /** The layer's points (a new object means new points: the source is rebuilt). */
  data: FeatureCollection<Point>;
}

export interface UserHit {
  layerId: string;
  /** The point's index in its layer, or undefined for a cluster. */
  index?: number;
  name: string;
  /** A cluster: how many points it holds. */
  count?: number;
}

const src = (id: string) => `ul-${id}`;
const ids = (id: string) => ({ cluster: `ul-${id}-cluster`, count: `ul-${id}-count`, point: `ul-${id}-point`, label: `ul-${id}-label` });
/** The user's points go over the plan's symbols (they are what this screen is about) but under every label. */
const BEFORE = 'gba-label';

/**
 * @param builtIn whether the map shows the built-in style (not the street map), whose glyphs we choose.
 * @param onDrawn told when a layer's points are drawn (its data object).
 */
export function createUserLayers(map: maplibregl.Map, builtIn: () => boolean = () => true, onDrawn?: (data: object) => void) {
  // What is on the map now, to add, update or remove only what changed.
  const drawn = new Map<string, { data: FeatureCollection<Point>; color: string; visible: boolean }>();
  const font = () =>
    (map.getLayer('points-label') ? (map.getLayoutProperty('points-label', 'text-font') as string[] | undefined) : undefined) ?? ['sans-serif'];

  const add = (l: UserLayerView) => {
    const before = map.getLayer(BEFORE) ? BEFORE : undefined;
    const L = ids(l.id);
    map.addSource(src(l.id), { type: 'geojson', data: l.data, cluster: true, clusterRadius: 45, clusterMaxZoom: 13 });
    const vis = l.visible ? 'visible' : 'none';
    map.addLayer(
      {
        id: L.cluster,
        type: 'circle',
        source: src(l.id),
        filter: ['has', 'point_count'],
        layout: { visibility: vis },
        paint: {
          'circle-color': l.color,
          'circle-opacity': 0.75,
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 2,
          'circle-radius': ['step', ['get', 'point_count'], 12, 50, 16, 500, 21, 5000, 27],
        },
      },
      before,
    );
    map.addLayer({
      id: L.count,
      type: 'symbol',
      source: src(l.id),
      filter: ['has', 'point_count'],
      layout: {
        visibility: vis,
        'text-field': ['get', 'point_count_abbreviated'],
        'text-font': font(),
        'text-size': 11,
        'text-allow-overlap': true,
        'text-ignore-placement': true,
      },
      paint: { 'text-color': '#ffffff', 'text-halo-color': l.color, 'text-halo-width': 1 },
    }); // On top, so a count stays readable over the plan's labels (which it never pushes away).

    map.addLayer(
      {
        id: L.point,
        type: 'circle',
        source: src(l.id),
        filter: ['!', ['has', 'point_count']],
        layout: { visibility: vis },
        paint: {
          'circle-color': l.color,
          'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, 4, 14, 6],
          'circle-stroke-color': '#ffffff',
          'circle-stroke-width': 1.5,
        },
      },
      before,
    );
    map.addLayer(
      {
        id: L.label,
        type: 'symbol',
        source: src(l.id),
        filter: ['!', ['has', 'point_count']],
        minzoom: 12,
        layout: {
          visibility: vis,
          'text-field': ['get', 'n'],
          'text-font': font(),
          'text-size': 11,
          'text-max-width': 10,
          'text-variable-anchor': ['left', 'right', 'top', 'bottom'],
          'text-radial-offset': 0.7,
        },
        paint: { 'text-color': l.color, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5 },
      },
      before,
    );
    drawn.set(l.id, { data: l.data, color: l.color, visible: l.visible });
    // For field measurement (and the import bench): when the layer's data is parsed and drawable.
    const onData = (e: maplibregl.MapSourceDataEvent) => {
      if (e.sourceId !== src(l.id) || !e.isSourceLoaded) return;
      map.off('sourcedata', onData);
      performance.mark('user-layer-drawn', { detail: l.id });
      onDrawn?.(l.data);
    };
    map.on('sourcedata', onData);
  };
  const remove = (id: string) => {
    for (const layer of Object.values(ids(id))) if (map.getLayer(layer)) map.removeLayer(layer);
    if (map.getSource(src(id))) map.removeSource(src(id));
    drawn.delete(id);
  };

  // Whether a layer's names are all in the build's glyph file, per points object (100,000 names are
  // read once, not at every sync).
  const covered = new WeakMap<FeatureCollection<Point>, boolean>();
  const namesCovered = (data: FeatureCollection<Point>) => {
    let c = covered.get(data);
    if (c === undefined) {
      c = coversAll(
        prebuiltChars(),
        data.features.map((f) => String(f.properties?.['n'] ?? '')),
      );
      // Not kept while the file is unread: it may cover them once read.
      if (prebuiltChars()) covered.set(data, c);
    }
    return c;
  };
  /**
   * Names in a user's file can hold any character, the build's glyph file only the plan's (and ASCII):
   * while a user layer whose names it cannot draw is on the built-in map, every label is drawn with the
   * browser's fonts (as without that file). Names it can draw (and cluster counts, digits) keep it:
   * swapping reloads every label tile and draws each character on the page's main thread. The street
   * map's glyphs are its own and stay.
   */
  const fitGlyphs = () => {
    const prebuilt = prebuiltGlyphs()?.url;
    if (!prebuilt || !builtIn()) return;
    const now = map.getGlyphs() || null;
    const want = [...drawn.values()].every((d) => namesCovered(d.data)) ? prebuilt : null;
    if (now !== want) map.setGlyphs(want);
  };

  return {
    /** Brings the map to these layers. @param fresh the style was replaced: nothing of ours is left. */
    sync(layers: readonly UserLayerView[], fresh = false) {
      if (fresh) drawn.clear();
      for (const id of [...drawn.keys()]) if (!layers.some((l) => l.id === id)) remove(id);
      for (const l of layers) {
        const d = drawn.get(l.id);
        if (!d || d.data !== l.data) {
          if (d) remove(l.id);
          add(l);
          continue;
        }
        const L = ids(l.id);
        if (d.color !== l.color) {
          map.setPaintProperty(L.cluster, 'circle-color', l.color);
          map.setPaintProperty(L.point, 'circle-color', l.color);
          map.setPaintProperty(L.label, 'text-color', l.color);
        }
        if (d.visible !== l.visible) for (const layer of Object.values(L)) map.setLayoutProperty(layer, 'visibility', l.visible ? 'visible' : 'none');
        drawn.set(l.id, { data: l.data, color: l.color, visible: l.visible });
      }
      fitGlyphs();
    },
    /** The user point or cluster under a screen point (the last layer is drawn on top). */
    hit(point: maplibregl.PointLike): UserHit | undefined {
      const layers = [...drawn.keys()]
        .reverse()
        .flatMap((id) => [ids(id).point, ids(id).cluster])
        .filter((l) => map.getLayer(l));
      if (layers.length === 0) return undefined;
      const f = map.queryRenderedFeatures(point, { layers })[0];
      if (!f) return undefined;
      const layerId = f.layer.id.replace(/^ul-/, '').replace(/-(point|cluster)$/, '');
      const p = f.properties ?? {};
      if (p['point_count'] !== undefined) return { layerId, name: '', count: Number(p['point_count']) };
      return { layerId, index: Number(p['i']), name: String(p['n'] ?? '') };
    },
    /** Zooms into a cluster under a screen point, if there is one. */
    async expand(point: maplibregl.PointLike): Promise<boolean> {
      const layers = [...drawn.keys()].map((id) => ids(id).cluster).filter((l) => map.getLayer(l));
      const f = layers.length ? map.queryRenderedFeatures(point, { layers })[0] : undefined;
      if (f?.geometry.type !== 'Point') return false;
      const source = map.getSource(f.source) as maplibregl.GeoJSONSource | undefined;
      const zoom = await source?.getClusterExpansionZoom(Number(f.properties?.['cluster_id']));
      if (zoom === undefined) return false;
      map.easeTo({ center: f.geometry.coordinates as [number, number], zoom: Math.min(zoom, 16) });
      return true;
    },
    /** How many user points and clusters are drawn now, per layer (for tests). */
    rendered(): Record<string, { points: number; clusters: number }> {
      const out: Record<string, { points: number; clusters: number }> = {};
      for (const id of drawn.keys()) {
        const L = ids(id);
        out[id] = {
          points: map.getLayer(L.point) ? map.queryRenderedFeatures({ layers: [L.point] }).length : 0,
          clusters: map.getLayer(L.cluster) ? map.queryRenderedFeatures({ layers: [L.cluster] }).length : 0,
        };
      }
      return out;
    },
  };
}
