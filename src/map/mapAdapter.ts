// The app's map: creates it, wires its events, and applies to it what src/map/core/ decides from the
// app's signals (filters, feature state, labels, layer visibility, framing, the basemap) — decisions
// there, MapLibre calls here. It never reaches back into the UI except through the callbacks.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import { createEffect, createMemo, on, type Accessor } from 'solid-js';
import type { Lang, Basemap, View } from '../state/urlState.ts';
import type { MapSources } from '../geo/mapData.ts';
import { GUANGZHOU_BOUNDS, type Bounds } from '../geo/bounds.ts';
import { ONLINE_STYLE_URL } from './onlineStyle.ts';
import { prebuiltGlyphs } from './prebuiltGlyphs.ts';
import { offlineStyle, ourLayers, ourSources, INTERACTIVE_LAYERS } from './style.ts';
import { createPresentPaint, type PresentMapState } from './presentPaint.ts';
import { createPresentCamera, type PresentMove } from './presentCamera.ts';
import { posterSnapshot, sheetSnapshot, type PosterMap } from './posterSnapshot.ts';
import { createUserLayers, type UserLayerView } from './userLayersOnMap.ts';
import { createInstitutionLayer, type InstitutionPoints } from './institutionLayer.ts';
import { createPortfolioLayers, type PortfolioOverlay } from './portfolioLayers.ts';
import { createCorridorBufferLayers, type CorridorBufferOverlay } from './corridorBufferLayers.ts';
import { createMapProbe } from './mapProbe.ts';
import { exposeTestHooks } from '../testHooks.ts';
import type { MapOp } from './core/ops.ts';
import { visibleFilter, filterOps } from './core/visibleFilter.ts';
import { featureStateOps, remember, wantedStates, type StateIds } from './core/featureStates.ts';
import { layerVisibilityOps, type LayerToggles } from './core/layerVisibility.ts';
import { labelLanguageOps, labelSizeOps } from './core/labelOps.ts';
import { filterWithPriorityOps, labelFirst } from './core/labelPriority.ts';
import { FRAME_MAX_ZOOM, flyDecision, frameBox, frameDecision, framePadding } from './core/frame.ts';
import { BASEMAP_START, basemapStep, listensForErrors, shownBasemap, type BasemapEffect, type BasemapEvent, type BasemapState } from './core/basemap.ts';

maplibregl.setWorkerUrl(workerUrl);

/**
 * Where the camera goes, one request at a time: frame a box (a selection, a focus, a district), go to a
 * view (a link's, exactly), or Present's legs framed beside the card. `seq` changes on every request,
 * so asking twice for the same thing moves twice.
 */
export type CameraRequest = { seq: number } & (
  | { kind: 'frame'; bounds: Bounds /** Jump instead of flying (the first framing of a load). */; instant?: boolean }
  | { kind: 'view'; center: [number, number]; zoom: number /** ms; 0 jumps. */; duration?: number }
  | ({ kind: 'legs' } & Omit<PresentMove, 'seq'>)
);

export interface MapInputs {
  lang: Accessor<Lang>;
  basemap: Accessor<Basemap>;
  /** Ids of the places and corridors that pass the filters. */
  visible: Accessor<ReadonlySet<string>>;
  selected: Accessor<string | undefined>;
  /** A place or corridor segment hovered in a list: marked on the map. */
  hovered?: Accessor<string | undefined>;
  /** Features of the current focus (action, target, task, unit); the rest fade. */
  highlighted: Accessor<ReadonlySet<string> | null>;
  highlightedDistrict: Accessor<string | undefined>;
  /** Districts mode: the districts compared side by side (zh names). */
  comparedDistricts?: Accessor<ReadonlySet<string>>;
  /** The camera's one channel: framing, a view, Present's legs. */
  camera: Accessor<CameraRequest | undefined>;
  layerVisible: Accessor<LayerToggles>;
  /** District name (zh) → share 0–1 for the choropleth, or null for none. */
  choropleth: Accessor<ReadonlyMap<string, number> | null>;
  /** Label size multiplier (1 on a desk; larger when presenting to a room). */
  labelScale: Accessor<number>;
  /** The user's own layers (imported files), drawn by src/map/userLayers.ts. */
  userLayers: Accessor<readonly UserLayerView[]>;
  /** The institutions layer's points (src/map/institutionLayer.ts); null while it is off. */
  institutions?: Accessor<InstitutionPoints | null>;
  /** Districts mode: what hovering a district says (zh name → text); null elsewhere (districts are not clickable). */
  districtTips: Accessor<ReadonlyMap<string, string> | null>;
  /** Present mode's paint (sizes from the screen, the chapter's subject), or null outside it. */
  present?: Accessor<PresentMapState | null>;
  /** The scorecard: place id → its mark's code for the chosen year (src/plan/statusMap.ts); null: no marks. */
  statusMarks?: Accessor<ReadonlyMap<string, number> | null>;
  /** The map's own buttons' names in the UI's language. */
  controlNames?: Accessor<{ zoomIn: string; zoomOut: string }>;
  /** Districts mode: the portfolio's area and rings (src/map/portfolioLayers.ts), or null. */
  portfolio?: Accessor<PortfolioOverlay | null>;
  /** Districts mode: the corridor counts' buffers (src/map/corridorBufferLayers.ts), or null. */
  corridorBuffers?: Accessor<CorridorBufferOverlay | null>;
}

/** Ids the adapter sets feature state on (the sources themselves may be URLs it never sees parsed). */
export type MapStateIds = StateIds;

export interface MapCallbacks {
  /** The map has loaded its style and can take camera moves. */
  onLoad(): void;
  onSelect(id: string | undefined): void;
  onView(view: View): void;
  onBasemapError(message: string): void;
  /** A user point was clicked (null: a click elsewhere). */
  onUserPoint?(hit: { layerId: string; index: number } | null): void;
  /** An institution was clicked (its id). */
  onInstitution?(id: string): void;
  /** Districts mode: a district was clicked. */
  onDistrict?(name: string): void;
  /** The street map's style is on its way (true) or settled (false). */
  onBasemapLoading?(loading: boolean): void;
  /** The street map loaded, but some of its tiles, sprites or glyphs did not. */
  onBasemapPartial?(): void;
}

export interface MapHandle {
  destroy(): void;
  /** The map for the poster: widened to `extent` (and the view), at print resolution, with its scale. */
  posterMap(pixelRatio: number, extent: Bounds | null): Promise<PosterMap>;
  /** The map for a printed sheet: exactly `extent`, in a box of the size it has on paper (CSS px), at print resolution. */
  sheetMap(width: number, height: number, pixelRatio: number, extent: Bounds): Promise<PosterMap>;
}

/**
 * Which characters MapLibre draws with the browser's fonts. On the built-in map with the build's glyph
 * file, none (CJK too comes from the file); the street map's glyph server has no CJK, so those are drawn
 * locally there (MapLibre's default).
 */
const glyphDrawing = (basemap: 'offline' | 'online'): { localIdeographFontFamily: string | false } => ({
  localIdeographFontFamily: basemap === 'offline' && prebuiltGlyphs() ? false : 'sans-serif',
});

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
 * Creates the map and starts drawing at once: it needs none of the app's parsed data (its sources are
 * the map's own files, which the page fetched for its worker from the start: src/data/mapFiles.ts), so
 * it starts beside the app data's checks instead of after them. Without a view, it opens on the whole
 * city as the app frames it. mountMap wires the app to it later.
 */
export async function startMap(container: HTMLElement, sources: MapSources | Promise<MapSources>, initial: { view?: View; lang: Lang }): Promise<MapStart> {
  const data = await sources;
  const map = new maplibregl.Map({
    container,
    style: offlineStyle(data, initial.lang, prebuiltGlyphs()),
    ...(initial.view
      ? { center: [initial.view.lon, initial.view.lat] as [number, number], zoom: initial.view.zoom }
      : {
          bounds: frameBox(GUANGZHOU_BOUNDS),
          fitBoundsOptions: { padding: framePadding(container.clientWidth, container.clientHeight), maxZoom: FRAME_MAX_ZOOM },
        }),
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
  map.once('load', () => {
    loaded = true;
    performance.mark('map-load');
  });
  map.once('style.load', () => {
    styleLoaded = true;
  });
  map.on('idle', () => {
    if (firstIdle) {
      firstIdle = false;
      performance.mark('map-first-idle');
    }
    container.dataset.idle = 'true';
  });
  map.on('render', () => {
    container.dataset.idle = 'false';
  });
  return { map, container, data, loaded: () => loaded, styleLoaded: () => styleLoaded, stop: () => map.remove() };
}

export function mountMap(start: MapStart, ids: MapStateIds, inputs: MapInputs, cb: MapCallbacks): MapHandle {
  const { map, container, data } = start;
  if (start.loaded()) queueMicrotask(() => cb.onLoad());
  else map.once('load', () => cb.onLoad());
  const reduceMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;

  // Selection by click: the topmost interactive feature wins.
  const interactive = () => INTERACTIVE_LAYERS.filter((l) => map.getLayer(l));
  // Which style the map shows (the built-in one at start; see "basemap" below).
  let basemap: BasemapState = BASEMAP_START;
  const userLayers = createUserLayers(map, () => shownBasemap(basemap) === 'offline');
  const institutions = createInstitutionLayer(map);
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
    const inst = institutions.hit(e.point);
    if (inst) return cb.onInstitution?.(inst.id);
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
      tip
        .setLngLat(e.lngLat)
        .setText(u.count !== undefined ? `${u.count} ×` : u.name)
        .addTo(map);
      return;
    }
    const inst = institutions.hit(e.point);
    if (inst) {
      map.getCanvas().style.cursor = 'pointer';
      tip
        .setLngLat(e.lngLat)
        .setText(inputs.lang() === 'zh' ? inst.name_zh : inst.name_en)
        .addTo(map);
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
    const name = inputs.lang() === 'zh' ? p['name_zh'] : (p['label_en'] ?? p['name_en']);
    tip
      .setLngLat(e.lngLat)
      .setText(String(name ?? p['id'] ?? ''))
      .addTo(map);
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

  // --- state → map: src/map/core/ decides, apply() does ------------------------------------
  // True once our sources exist in the current style (isStyleLoaded() also waits for the worker to
  // parse every source, which would drop state set in between).
  let styleReady = false;
  /** Runs ops on the map. One on a layer the style lacks (the street map has none of our fills) is skipped. */
  const apply = (ops: readonly MapOp[]) => {
    for (const o of ops) {
      if (o.op === 'featureState') map.setFeatureState({ source: o.source, id: o.id }, o.state);
      else if (!map.getLayer(o.layer)) continue;
      else if (o.op === 'filter') map.setFilter(o.layer, o.filter);
      else map.setLayoutProperty(o.layer, o.name as Parameters<typeof map.setLayoutProperty>[1], o.value as never);
    }
  };
  const currentFilter = () => visibleFilter(inputs.visible(), ids);
  const present = createPresentPaint(map, { state: inputs.present ?? (() => null), visibleFilter: currentFilter, lang: inputs.lang });
  const presentCamera = createPresentCamera(map);

  // Feature state as last set (a new style starts with none).
  const stateMemo = new Map<string, string>();
  const applyStates = () => {
    if (!styleReady) return;
    const ops = featureStateOps(
      stateMemo,
      wantedStates(ids, {
        selected: inputs.selected(),
        hovered: inputs.hovered?.(),
        highlighted: inputs.highlighted(),
        highlightedDistrict: inputs.highlightedDistrict(),
        choropleth: inputs.choropleth(),
        comparedDistricts: inputs.comparedDistricts?.(),
        marks: inputs.statusMarks?.() ?? null,
      }),
    );
    apply(ops);
    remember(stateMemo, ops);
  };
  // The selection's and the focus's labels are placed before any other (src/map/core/labelPriority.ts).
  const first = createMemo(
    () => labelFirst({ selected: inputs.selected(), highlighted: inputs.highlighted(), presenting: Boolean(inputs.present?.()) }),
    undefined,
    { equals: (a, b) => a.length === b.length && a.every((x, i) => x === b[i]) },
  );
  const applyVisibleFilter = () => {
    if (!styleReady) return;
    const extra = currentFilter();
    if (inputs.present?.()) {
      // Present sets the label layers' filters itself, over the base ones.
      apply(filterWithPriorityOps(filterOps(extra), extra, []));
      present.apply();
    } else {
      // Leaving Present first puts back its base filters; the priority's go over them.
      present.apply();
      apply(filterWithPriorityOps(filterOps(extra), extra, first()));
    }
  };
  const applyLang = () => {
    if (!styleReady) return;
    apply(labelLanguageOps(inputs.lang()));
    present.apply();
  };
  const applyLabelScale = () => {
    if (!styleReady) return;
    apply(labelSizeOps(inputs.labelScale()));
    present.apply();
  };
  const applyLayerVisibility = () => {
    if (!styleReady) return;
    apply(layerVisibilityOps(inputs.layerVisible(), (l) => (map.getLayer(l) ? map.getLayoutProperty(l, 'visibility') : undefined)));
  };
  const applyUserLayers = (fresh = false) => {
    if (styleReady) userLayers.sync(inputs.userLayers(), fresh);
  };
  const applyInstitutions = (fresh = false) => {
    if (styleReady) institutions.sync(inputs.institutions?.() ?? null, fresh);
  };
  const portfolio = createPortfolioLayers(map);
  const applyPortfolio = (fresh = false) => {
    if (styleReady) portfolio.sync(inputs.portfolio?.() ?? null, fresh);
  };
  const corridorBuffers = createCorridorBufferLayers(map);
  const applyCorridorBuffers = (fresh = false) => {
    if (styleReady) corridorBuffers.sync(inputs.corridorBuffers?.() ?? null, fresh);
  };
  const applyAll = () => {
    styleReady = true;
    stateMemo.clear();
    applyVisibleFilter();
    applyStates();
    applyLang();
    applyLabelScale();
    applyLayerVisibility();
    applyInstitutions(true);
    applyUserLayers(true);
    applyPortfolio(true);
    applyCorridorBuffers(true);
  };
  map.on('style.load', applyAll);
  // The map may have loaded its style before the app was wired to it.
  if (start.styleLoaded()) applyAll();

  // A selection's panel is what the user reads first: the map follows one frame later, so a software-
  // rendered map frame never delays the panel's paint. Calls in one frame are coalesced.
  // The map is not idle while such work waits (tests and the bench wait for data-idle); a repaint
  // after it makes sure an idle event follows.
  const afterPaint = (fn: () => void) => {
    container.dataset.idle = 'false';
    requestAnimationFrame(() =>
      setTimeout(() => {
        fn();
        map.triggerRepaint();
      }, 0),
    );
  };
  let statesPending = false;
  const applyStatesSoon = () => {
    if (statesPending) return;
    statesPending = true;
    afterPaint(() => {
      statesPending = false;
      applyStates();
    });
  };
  createEffect(
    on(
      [
        inputs.selected,
        inputs.highlighted,
        inputs.highlightedDistrict,
        inputs.choropleth,
        () => inputs.hovered?.(),
        () => inputs.comparedDistricts?.(),
        () => inputs.statusMarks?.(),
      ],
      applyStatesSoon,
    ),
  );
  if (inputs.present) createEffect(on(inputs.present, () => styleReady && (inputs.present?.() ? present.apply() : applyVisibleFilter()), { defer: true }));
  const goTo = (c: Extract<CameraRequest, { kind: 'view' }>) => {
    const fly = flyDecision(c, reduceMotion());
    // The link follows the camera's destination at once, so a reload mid-flight lands there too.
    cb.onView(fly.view);
    map.flyTo({ center: c.center, zoom: c.zoom, duration: fly.duration, essential: false });
  };
  createEffect(on(inputs.visible, applyVisibleFilter));
  // MapLibre names its zoom buttons once, in English: renamed with the language (title and aria-label, as it does).
  createEffect(() => {
    const names = inputs.controlNames?.();
    if (!names) return;
    for (const [cls, name] of [
      ['maplibregl-ctrl-zoom-in', names.zoomIn],
      ['maplibregl-ctrl-zoom-out', names.zoomOut],
    ] as const) {
      const b = container.querySelector<HTMLElement>(`.${cls}`);
      b?.setAttribute('title', name);
      b?.setAttribute('aria-label', name);
    }
  });
  // A new selection or focus relabels after the panel has painted, like its feature state.
  createEffect(on(first, () => afterPaint(applyVisibleFilter), { defer: true }));
  createEffect(on(inputs.lang, applyLang));
  createEffect(on(inputs.labelScale, applyLabelScale));
  createEffect(on(inputs.userLayers, () => applyUserLayers()));
  if (inputs.institutions) createEffect(on(inputs.institutions, () => applyInstitutions()));
  if (inputs.portfolio) createEffect(on(inputs.portfolio, () => applyPortfolio()));
  if (inputs.corridorBuffers) createEffect(on(inputs.corridorBuffers, () => applyCorridorBuffers()));
  createEffect(on(inputs.layerVisible, applyLayerVisibility));
  const frameTo = (req: Extract<CameraRequest, { kind: 'frame' }>) => {
    const box = frameBox(req.bounds);
    const padding = framePadding(container.clientWidth, container.clientHeight);
    const target = map.cameraForBounds(box, { padding, maxZoom: FRAME_MAX_ZOOM });
    const here = map.getCenter();
    const { view, fit } = frameDecision({
      instant: Boolean(req.instant),
      box,
      padding,
      reduceMotion: reduceMotion(),
      target: target?.center ? { center: maplibregl.LngLat.convert(target.center).toArray(), zoom: target.zoom } : undefined,
      here: { center: [here.lng, here.lat], zoom: map.getZoom() },
    });
    if (view) cb.onView(view);
    if (!fit) return;
    const move = () => map.fitBounds(fit.box, { padding: fit.padding, maxZoom: fit.maxZoom, duration: fit.duration });
    if (fit.afterPaint) afterPaint(move);
    else move();
  };
  createEffect(
    on(
      inputs.camera,
      (c) => {
        if (!c) return;
        if (c.kind === 'frame') frameTo(c);
        else if (c.kind === 'view') goTo(c);
        else presentCamera.run(c, reduceMotion());
      },
      { defer: true },
    ),
  );

  // --- basemap: src/map/core/basemap.ts decides, run() does ------------------------------
  let basemapTimer: ReturnType<typeof setTimeout> | undefined;
  let hearingErrors = false;
  const onMapError = (e: maplibregl.ErrorEvent) => dispatch({ type: 'error', message: e.error?.message ?? 'style error' });
  const setStyle = (to: Basemap) => {
    styleReady = false;
    if (to === 'offline') {
      map.setStyle(offlineStyle(data, inputs.lang(), prebuiltGlyphs()), { diff: false, ...glyphDrawing('offline') });
      return;
    }
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
  };
  const run = (effect: BasemapEffect) => {
    switch (effect.type) {
      case 'setStyle':
        return setStyle(effect.basemap);
      case 'startTimer':
        basemapTimer = setTimeout(() => dispatch({ type: 'timeout' }), effect.ms);
        return;
      case 'clearTimer':
        return clearTimeout(basemapTimer);
      case 'loading':
        return cb.onBasemapLoading?.(effect.on);
      case 'failed':
        return cb.onBasemapError(effect.why);
      case 'partial':
        return cb.onBasemapPartial?.();
    }
  };
  function dispatch(event: BasemapEvent) {
    const step = basemapStep(basemap, event);
    // The state first: a callback below may ask for a basemap again (the app goes back to 'offline').
    basemap = step.state;
    if (listensForErrors(basemap) !== hearingErrors) {
      hearingErrors = !hearingErrors;
      if (hearingErrors) map.on('error', onMapError);
      else map.off('error', onMapError);
    }
    step.effects.forEach(run);
  }
  const onStyleLoad = () => dispatch({ type: 'styleLoaded' });
  map.on('style.load', onStyleLoad);
  createEffect(on(inputs.basemap, (b) => dispatch({ type: 'request', basemap: b })));

  // Read-only probe for the browser tests (src/testHooks.ts): dropped from a build without the flag.
  if (import.meta.env.VITE_TEST_HOOKS === '1') exposeTestHooks({ map: createMapProbe(map, () => userLayers.rendered()) });

  return {
    destroy() {
      clearTimeout(basemapTimer);
      map.off('error', onMapError);
      map.off('click', onClick);
      map.off('mousemove', onMove);
      map.off('mouseout', onLeave);
      tip.remove();
      map.off('moveend', onMoveEnd);
      map.off('style.load', applyAll);
      map.off('style.load', onStyleLoad);
      map.remove();
    },
    posterMap(pixelRatio, extent) {
      return posterSnapshot(map, pixelRatio, extent);
    },
    sheetMap(width, height, pixelRatio, extent) {
      return sheetSnapshot(map, { width, height, pixelRatio, extent });
    },
  };
}
