// The only module that talks to MapLibre: mount, data, filters, highlight, framing, basemap, destroy.
// Components hand it signals; it never reaches back into the UI except through the callbacks.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { createEffect, on, type Accessor } from 'solid-js';
import type { Lang, Basemap, View } from '../state/urlState.ts';
import type { MapSources } from '../geo/mapData.ts';
import { atLeast, GUANGZHOU_BOUNDS, type Bounds } from '../geo/bounds.ts';
import { ONLINE_STYLE_URL } from './onlineStyle.ts';
import { prebuiltGlyphs } from './prebuiltGlyphs.ts';
import { offlineStyle, ourLayers, ourSources, layerFilter, SOURCES, INTERACTIVE_LAYERS, LABEL_LAYERS, FILTERED_LAYERS, nameField, labelSize, glyphField } from './style.ts';
import { createPresentPaint, type PresentMapState } from './presentPaint.ts';
import { createPresentCamera, type PresentMove } from './presentCamera.ts';
import { posterSnapshot, type PosterMap } from './posterSnapshot.ts';
import { createUserLayers, type UserLayerView } from './userLayers.ts';

maplibregl.setWorkerUrl(workerUrl);

export interface FrameRequest {
  bounds: Bounds;
  /** Changes on every request, so asking twice for the same box frames twice. */
  seq: number;
  /** Jump instead of flying (the first framing of a load). */
  instant?: boolean;
}

export interface CameraRequest {
  center: [number, number];
  zoom: number;
  /** Changes on every request. */
  seq: number;
  /** ms; 0 jumps. */
  duration?: number;
}

export interface MapInputs {
  lang: Accessor<Lang>;
  basemap: Accessor<Basemap>;
  /** Ids of the places and corridors that pass the filters. */
  visible: Accessor<ReadonlySet<string>>;
  selected: Accessor<string | undefined>;
  /** Features of the current focus (action, target, task, unit); the rest fade. */
  highlighted: Accessor<ReadonlySet<string> | null>;
  highlightedDistrict: Accessor<string | undefined>;
  frame: Accessor<FrameRequest | undefined>;
  layerVisible: Accessor<{ districts: boolean; context: boolean; corridors: boolean }>;
  /** District name (zh) → share 0–1 for the choropleth, or null for none. */
  choropleth: Accessor<ReadonlyMap<string, number> | null>;
  /** Fly the camera somewhere (the presentation's chapters). */
  camera: Accessor<CameraRequest | undefined>;
  /** Label size multiplier (1 on a desk; larger when presenting to a room). */
  labelScale: Accessor<number>;
  /** The user's own layers (imported files), drawn by src/map/userLayers.ts. */
  userLayers: Accessor<readonly UserLayerView[]>;
  /** Districts mode: what hovering a district says (zh name → text); null elsewhere (districts are not clickable). */
  districtTips: Accessor<ReadonlyMap<string, string> | null>;
  /** Present mode's paint (sizes from the screen, the chapter's subject), or null outside it. */
  present?: Accessor<PresentMapState | null>;
  /** Present mode's camera moves (legs framed beside the card). */
  presentMove?: Accessor<PresentMove | undefined>;
}

/** Ids the adapter sets feature state on (the sources themselves may be URLs it never sees parsed). */
export interface MapStateIds {
  places: readonly string[];
  corridors: readonly string[];
  districts: ReadonlyArray<{ adcode: string; name_zh: string }>;
}

export interface MapCallbacks {
  /** The map has loaded its style and can take camera moves. */
  onLoad(): void;
  onSelect(id: string | undefined): void;
  onView(view: View): void;
  onBasemapError(message: string): void;
  /** A user point was clicked (null: a click elsewhere). */
  onUserPoint?(hit: { layerId: string; index: number } | null): void;
  /** Districts mode: a district was clicked. */
  onDistrict?(name: string): void;
  /** The street map's style is on its way (true) or settled (false). */
  onBasemapLoading?(loading: boolean): void;
  /** The street map loaded, but some of its tiles, sprites or glyphs did not. */
  onBasemapPartial?(): void;
}

export interface MapHandle {
  destroy(): void;
  /** Screen position of a feature, for tests and for anchoring UI. */
  project(lonLat: [number, number]): { x: number; y: number };
  /** Kinds of the place symbols drawn right now (what a person sees), for tests. */
  renderedKinds(): string[];
  /** Place points drawn right now, with their screen position, for tests. */
  renderedPoints(): Array<{ id: string; x: number; y: number }>;
  /** Ids of drawn features whose state is highlighted, for tests. */
  highlightedIds(): string[];
  /** User points and clusters drawn now, per layer id, for tests. */
  userRendered(): Record<string, { points: number; clusters: number }>;
  /** Ids of the current style's layers, for tests. */
  layerIds(): string[];
  /** How many features one layer draws right now, for tests. */
  renderedIn(layer: string): number;
  /** The map for the poster: widened to `extent` (and the view), at print resolution, with its scale. */
  posterMap(pixelRatio: number, extent: Bounds | null): Promise<PosterMap>;
  /** One layer's current paint or layout value (as set, unevaluated), for tests. */
  styleValue(layer: string, prop: string): unknown;
  /** The style's glyph URL (null: every label drawn with the browser's fonts), for tests. */
  glyphs(): string | null;
}

/** A style request that hangs must not leave the map without layers: back to the built-in map. */
const BASEMAP_TIMEOUT_MS = 5_000;
/** Framing never goes closer than this (a single place is shown with its surroundings). */
const FRAME_MAX_ZOOM = 12.5;

/** Padding around a framed box: a little room at the edges, less on a small map. */
const framePadding = (container: HTMLElement) => Math.min(80, Math.round(Math.min(container.clientWidth, container.clientHeight) / 8));

/**
 * Which characters MapLibre draws with the browser's fonts. On the built-in map with the build's glyph
 * file, none (CJK too comes from the file); the street map's glyph server has no CJK, so those are drawn
 * locally there (MapLibre's default).
 */
const glyphDrawing = (basemap: 'offline' | 'online'): { localIdeographFontFamily: string | false } =>
  ({ localIdeographFontFamily: basemap === 'offline' && prebuiltGlyphs() ? false : 'sans-serif' });

/** A map drawing before the app is wired to it (see startMap). */
export interface MapStart {
  readonly map: maplibregl.Map;
  readonly container: HTMLElement;
  readonly data: MapSources;
  /** Set once the first style and every source have loaded ('load'), and once the style is in ('style.load'). */
  readonly loaded: () => boolean;
  readonly styleLoaded: () => boolean;
  /** Removes a map no app was wired to (the data failed: the page shows why instead). */
  readonly stop: () => void;
}

/**
 * Creates the map and starts drawing at once: it needs no parsed data (its sources are files its own
 * worker fetches), so it starts beside the data's download and checks instead of after them. Without a
 * view, it opens on the whole city as the app frames it. mountMap wires the app to it later.
 */
export function startMap(container: HTMLElement, data: MapSources, initial: { view?: View; lang: Lang }): MapStart {
  const [w, s, e, n] = atLeast(GUANGZHOU_BOUNDS, 0.04);
  const map = new maplibregl.Map({
    container,
    style: offlineStyle(data, initial.lang, prebuiltGlyphs()),
    ...(initial.view
      ? { center: [initial.view.lon, initial.view.lat] as [number, number], zoom: initial.view.zoom }
      : { bounds: [[w, s], [e, n]] as [[number, number], [number, number]], fitBoundsOptions: { padding: framePadding(container), maxZoom: FRAME_MAX_ZOOM } }),
    attributionControl: { compact: true },
    // Sharp on 4K screens without drawing 4× the pixels.
    pixelRatio: Math.min(window.devicePixelRatio || 1, 2),
    dragRotate: false,
    ...glyphDrawing('offline'),
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');

  let loaded = false;
  let styleLoaded = false;
  let firstIdle = true;
  map.once('render', () => performance.mark('map-first-render'));
  map.once('load', () => { loaded = true; performance.mark('map-load'); });
  map.once('style.load', () => { styleLoaded = true; });
  map.on('idle', () => {
    if (firstIdle) {
      firstIdle = false;
      performance.mark('map-first-idle');
    }
    container.dataset.idle = 'true';
  });
  map.on('render', () => { container.dataset.idle = 'false'; });
  return { map, container, data, loaded: () => loaded, styleLoaded: () => styleLoaded, stop: () => map.remove() };
}

export function mountMap(start: MapStart, ids: MapStateIds, inputs: MapInputs, cb: MapCallbacks): MapHandle {
  const { map, container, data } = start;
  if (start.loaded()) queueMicrotask(() => cb.onLoad());
  else map.once('load', () => cb.onLoad());

  // Selection by click: the topmost interactive feature wins.
  const interactive = () => INTERACTIVE_LAYERS.filter((l) => map.getLayer(l));
  // Which style the map shows (the built-in one at start; see "basemap" below).
  let currentBasemap: Basemap = 'offline';
  const userLayers = createUserLayers(map, () => currentBasemap === 'offline');
  const districtAt = (pt: maplibregl.PointLike): string | undefined => {
    if (!inputs.districtTips() || !map.getLayer('district-fill')) return undefined;
    const name = map.queryRenderedFeatures(pt, { layers: ['district-fill'] })[0]?.properties?.['name_zh'];
    return typeof name === 'string' ? name : undefined;
  };
  const onClick = (e: maplibregl.MapMouseEvent) => {
    const u = userLayers.hit(e.point);
    if (u && u.index === undefined) return void userLayers.expand(e.point);
    cb.onUserPoint?.(u && u.index !== undefined ? { layerId: u.layerId, index: u.index } : null);
    if (u) return;
    const hits = map.queryRenderedFeatures(e.point, { layers: interactive() });
    const ordered = INTERACTIVE_LAYERS.flatMap((l) => hits.filter((h) => h.layer.id === l));
    const id = ordered[0]?.properties?.['id'];
    const district = typeof id === 'string' ? undefined : districtAt(e.point);
    if (district) return cb.onDistrict?.(district);
    cb.onSelect(typeof id === 'string' ? id : undefined);
  };
  // A name under the pointer: text only (setText), never markup.
  const tip = new maplibregl.Popup({ closeButton: false, closeOnClick: false, className: 'hover-tip', offset: 12, maxWidth: '260px' });
  const onMove = (e: maplibregl.MapMouseEvent) => {
    const u = userLayers.hit(e.point);
    if (u) {
      map.getCanvas().style.cursor = 'pointer';
      tip.setLngLat(e.lngLat).setText(u.count !== undefined ? `${u.count} ×` : u.name).addTo(map);
      return;
    }
    const hits = map.queryRenderedFeatures(e.point, { layers: interactive() });
    const top = INTERACTIVE_LAYERS.flatMap((l) => hits.filter((h) => h.layer.id === l))[0];
    map.getCanvas().style.cursor = top ? 'pointer' : '';
    const p = top?.properties;
    if (!p) {
      const d = districtAt(e.point);
      const text = d ? inputs.districtTips()?.get(d) : undefined;
      map.getCanvas().style.cursor = text ? 'pointer' : '';
      if (text) tip.setLngLat(e.lngLat).setText(text).addTo(map);
      else tip.remove();
      return;
    }
    const name = inputs.lang() === 'zh' ? p['name_zh'] : p['label_en'] ?? p['name_en'];
    tip.setLngLat(e.lngLat).setText(String(name ?? p['id'] ?? '')).addTo(map);
  };
  const onLeave = () => tip.remove();
  const onMoveEnd = () => {
    const c = map.getCenter();
    cb.onView({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
  };
  map.on('click', onClick);
  map.on('mousemove', onMove);
  map.on('mouseout', onLeave);
  map.on('moveend', onMoveEnd);

  // --- state → map -----------------------------------------------------------------------
  // True once our sources exist in the current style (isStyleLoaded() also waits for the worker to
  // parse every source, which would drop state set in between).
  let styleReady = false;
  // The ids of every source whose features carry selection/highlight state.
  // (State on an id a source does not hold is kept and never drawn: harmless.)
  const sourceIds: ReadonlyArray<[string, readonly string[]]> = [
    [SOURCES.places, ids.places],
    [SOURCES.corridors, ids.corridors],
  ];

  /** The visible set as a filter; null when nothing is filtered out, so the worker does not re-tile every source at start. */
  const visibleFilter = (): maplibregl.FilterSpecification | null => {
    const shown = inputs.visible();
    const all = ids.places.every((id) => shown.has(id)) && ids.corridors.every((id) => shown.has(id));
    return all ? null : ['in', ['get', 'id'], ['literal', [...shown]]];
  };
  const present = createPresentPaint(map, { state: inputs.present ?? (() => null), visibleFilter, lang: inputs.lang });
  const presentCamera = createPresentCamera(map);

  // Feature state as last set, per source and id: only what changes is set again (every call makes
  // MapLibre recompute the paint of that source's tiles). Nothing set reads as false, the default.
  const lastState = new Map<string, string>();
  const setState = (source: string, id: string, state: Record<string, boolean | number>) => {
    const key = `${source}\u0000${id}`;
    const value = JSON.stringify(state);
    const prev = lastState.get(key);
    if (prev === value || (prev === undefined && Object.values(state).every((v) => v === false || v === 0))) return;
    lastState.set(key, value);
    map.setFeatureState({ source, id }, state);
  };
  const applyStates = () => {
    if (!styleReady) return;
    const sel = inputs.selected();
    const hl = inputs.highlighted();
    for (const [source, ids] of sourceIds) {
      for (const id of ids) {
        setState(source, id, { sel: id === sel, hl: hl ? hl.has(id) : false, dim: hl ? !hl.has(id) && id !== sel : false });
      }
    }
    const district = inputs.highlightedDistrict();
    const choro = inputs.choropleth();
    for (const d of ids.districts) {
      const name = d.name_zh;
      setState(SOURCES.districts, d.adcode, { hl: name === district, choro: choro !== null, share: choro?.get(name) ?? 0 });
    }
  };
  const applyFilters = () => {
    if (!styleReady) return;
    const extra = visibleFilter();
    for (const layer of FILTERED_LAYERS) {
      if (map.getLayer(layer)) map.setFilter(layer, layerFilter(layer, extra) ?? null);
    }
    present.apply();
  };
  const applyLang = () => {
    if (!styleReady) return;
    for (const layer of LABEL_LAYERS) if (map.getLayer(layer)) map.setLayoutProperty(layer, 'text-field', nameField(inputs.lang()));
    if (map.getLayer('points-glyph')) map.setLayoutProperty('points-glyph', 'text-field', glyphField(inputs.lang()));
    present.apply();
  };
  const applyLabelScale = () => {
    if (!styleReady) return;
    for (const layer of LABEL_LAYERS) if (map.getLayer(layer)) map.setLayoutProperty(layer, 'text-size', labelSize(layer, inputs.labelScale()));
    present.apply();
  };
  const applyLayerVisibility = () => {
    if (!styleReady) return;
    const v = inputs.layerVisible();
    // Only a real change: setting 'visible' on a layer that has no visibility yet would re-tile its source.
    const set = (ids: string[], on: boolean) => ids.forEach((l) => {
      const want = on ? 'visible' : 'none';
      if (map.getLayer(l) && (map.getLayoutProperty(l, 'visibility') ?? 'visible') !== want) map.setLayoutProperty(l, 'visibility', want);
    });
    set(['district-fill', 'district-line', 'district-label'], v.districts);
    set(['gba-fill', 'gba-line', 'gba-label'], v.context);
    set(['corridors-casing', 'corridors-line', 'corridors-arrow'], v.corridors);
  };
  const applyUserLayers = (fresh = false) => {
    if (styleReady) userLayers.sync(inputs.userLayers(), fresh);
  };
  const applyAll = () => { styleReady = true; lastState.clear(); applyFilters(); applyStates(); applyLang(); applyLabelScale(); applyLayerVisibility(); applyUserLayers(true); };
  map.on('style.load', applyAll);
  // The map may have loaded its style before the app was wired to it.
  if (start.styleLoaded()) applyAll();

  // A selection's panel is what the user reads first: the map follows one frame later, so a software-
  // rendered map frame never delays the panel's paint. Calls in one frame are coalesced.
  // The map is not idle while such work waits (tests and the bench wait for data-idle); a repaint
  // after it makes sure an idle event follows.
  const afterPaint = (fn: () => void) => {
    container.dataset.idle = 'false';
    requestAnimationFrame(() => setTimeout(() => { fn(); map.triggerRepaint(); }, 0));
  };
  let statesPending = false;
  const applyStatesSoon = () => {
    if (statesPending) return;
    statesPending = true;
    afterPaint(() => { statesPending = false; applyStates(); });
  };
  createEffect(on([inputs.selected, inputs.highlighted, inputs.highlightedDistrict, inputs.choropleth], applyStatesSoon));
  if (inputs.present) createEffect(on(inputs.present, () => styleReady && present.apply(), { defer: true }));
  if (inputs.presentMove) {
    createEffect(on(inputs.presentMove, (m) => m && presentCamera.run(m, matchMedia('(prefers-reduced-motion: reduce)').matches), { defer: true }));
  }
  createEffect(on(inputs.camera, (c) => {
    if (!c) return;
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    // The link follows the camera's destination at once, so a reload mid-flight lands there too.
    cb.onView({ lon: c.center[0], lat: c.center[1], zoom: c.zoom });
    map.flyTo({ center: c.center, zoom: c.zoom, duration: reduce ? 0 : c.duration ?? 2500, essential: false });
  }, { defer: true }));
  createEffect(on(inputs.visible, applyFilters));
  createEffect(on(inputs.lang, applyLang));
  createEffect(on(inputs.labelScale, applyLabelScale));
  createEffect(on(inputs.userLayers, () => applyUserLayers()));
  createEffect(on(inputs.layerVisible, applyLayerVisibility));
  createEffect(on(inputs.frame, (req) => {
    if (!req) return;
    const [w, s, e, n] = atLeast(req.bounds, 0.04);
    const pad = framePadding(container);
    const target = map.cameraForBounds([[w, s], [e, n]], { padding: pad, maxZoom: FRAME_MAX_ZOOM });
    if (target?.center) {
      const c = maplibregl.LngLat.convert(target.center);
      cb.onView({ lon: c.lng, lat: c.lat, zoom: target.zoom ?? map.getZoom() });
      // Already there (the load's first framing of the view startMap opened on): a jump would only
      // cost a frame.
      const here = map.getCenter();
      if (req.instant && Math.abs(c.lng - here.lng) < 1e-9 && Math.abs(c.lat - here.lat) < 1e-9 && Math.abs((target.zoom ?? NaN) - map.getZoom()) < 1e-9) return;
    }
    const move = () => map.fitBounds([[w, s], [e, n]], { padding: pad, maxZoom: FRAME_MAX_ZOOM, duration: req.instant || matchMedia('(prefers-reduced-motion: reduce)').matches ? 0 : 800 });
    if (req.instant) move();
    else afterPaint(move);
  }, { defer: true }));

  // --- basemap ---------------------------------------------------------------------------
  let basemapTimer: ReturnType<typeof setTimeout> | undefined;
  const backToOffline = (why: string) => {
    clearTimeout(basemapTimer);
    currentBasemap = 'offline';
    cb.onBasemapLoading?.(false);
    map.off('error', onStyleError);
    map.off('error', onResourceError);
    styleReady = false;
    map.setStyle(offlineStyle(data, inputs.lang(), prebuiltGlyphs()), { diff: false, ...glyphDrawing('offline') });
    cb.onBasemapError(why);
  };
  const onStyleError = (e: maplibregl.ErrorEvent) => backToOffline(e.error?.message ?? 'style error');
  // Once the street style is in, a failing tile, sprite or glyph is said once (the map stays usable).
  let partialSaid = false;
  const onResourceError = () => {
    if (partialSaid || currentBasemap !== 'online') return;
    partialSaid = true;
    cb.onBasemapPartial?.();
  };
  createEffect(on(inputs.basemap, (basemap) => {
    clearTimeout(basemapTimer);
    // The map starts on the built-in style; a link may ask for the online one from the start.
    if (basemap === currentBasemap) return;
    currentBasemap = basemap;
    if (basemap === 'offline') {
      cb.onBasemapLoading?.(false);
      map.off('error', onStyleError);
      map.off('error', onResourceError);
      styleReady = false;
      map.setStyle(offlineStyle(data, inputs.lang(), prebuiltGlyphs()), { diff: false, ...glyphDrawing('offline') });
      return;
    }
    map.on('error', onStyleError);
    partialSaid = false;
    cb.onBasemapLoading?.(true);
    basemapTimer = setTimeout(() => backToOffline('timeout'), BASEMAP_TIMEOUT_MS);
    map.once('style.load', () => {
      clearTimeout(basemapTimer);
      cb.onBasemapLoading?.(false);
      map.off('error', onStyleError);
      if (currentBasemap === 'online') map.on('error', onResourceError);
    });
    styleReady = false;
    map.setStyle(ONLINE_STYLE_URL, {
      diff: false,
      ...glyphDrawing('online'),
      // Draw our layers on top of the street map, with its fonts.
      transformStyle: (_prev, next) => {
        const font = next.layers.flatMap((l) => (l.type === 'symbol' && Array.isArray(l.layout?.['text-font']) ? [l.layout['text-font'] as string[]] : []))[0];
        return {
          ...next,
          sources: { ...next.sources, ...ourSources(data) },
          layers: [...next.layers, ...ourLayers(inputs.lang(), font).filter((l) => !l.id.startsWith('district-fill') && !l.id.startsWith('gba-fill'))],
        };
      },
    });
  }));

  return {
    destroy() {
      clearTimeout(basemapTimer);
      map.off('error', onResourceError);
      map.off('click', onClick);
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      tip.remove();
      map.off('moveend', onMoveEnd);
      map.off('style.load', applyAll);
      map.remove();
    },
    posterMap(pixelRatio, extent) {
      return posterSnapshot(map, pixelRatio, extent);
    },
    styleValue(layer, prop) {
      if (!map.getLayer(layer)) return undefined;
      if (prop === 'filter') return map.getFilter(layer);
      const read = (f: () => unknown) => { try { return f(); } catch { return undefined; } };
      return read(() => map.getLayoutProperty(layer, prop as Parameters<typeof map.getLayoutProperty>[1])) ?? read(() => map.getPaintProperty(layer, prop as Parameters<typeof map.getPaintProperty>[1]));
    },
    userRendered: () => userLayers.rendered(),
    glyphs: () => map.getGlyphs() || null,
    renderedIn(layer) {
      return map.getLayer(layer) ? map.queryRenderedFeatures({ layers: [layer] }).length : 0;
    },
    layerIds() {
      return map.getStyle()?.layers.map((l) => l.id) ?? [];
    },
    highlightedIds() {
      const ids = new Set<string>();
      for (const f of map.queryRenderedFeatures({ layers: ['points-circle', 'areas-fill', 'corridors-line', 'zones-fill'] })) {
        if (f.state?.['hl']) ids.add(String(f.properties?.['id']));
      }
      return [...ids];
    },
    renderedPoints() {
      return map.queryRenderedFeatures({ layers: ['points-circle'] }).flatMap((f) => {
        if (f.geometry.type !== 'Point') return [];
        const p = map.project(f.geometry.coordinates as [number, number]);
        return [{ id: String(f.properties?.['id']), x: p.x, y: p.y }];
      });
    },
    renderedKinds() {
      return map.queryRenderedFeatures({ layers: ['points-circle', 'areas-fill'] }).map((f) => String(f.properties?.['kind']));
    },
    project(lonLat) {
      const p = map.project(lonLat);
      return { x: p.x, y: p.y };
    },
  };
}
