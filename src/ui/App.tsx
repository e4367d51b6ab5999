// The one screen: top bar, map, list twin and side panel, wired to one store.
import { createMemo, createSignal, createEffect, onMount, onCleanup, Show, For, on, lazy, getOwner, runWithOwner } from 'solid-js';
import type { AppData } from '../data/appData.ts';
import { buildLinkGraph } from '../plan/linkGraph.ts';
import { applyFilters, countBy } from '../plan/filters.ts';
import { createAppStore, type FilterKey } from '../state/appStore.ts';
import { createHashHistory } from '../state/hashHistory.ts';
import { createFocusReturn } from './focusReturn.ts';
import { FilterChips } from './FilterChips.tsx';
import { IgnoredNotice } from './IgnoredNotice.tsx';
import { boundsOf, GUANGZHOU_BOUNDS, type Bounds } from '../geo/bounds.ts';
import type { FrameRequest, MapHandle, MapStart, CameraRequest } from '../map/mapAdapter.ts';
import { exposeTestHooks } from '../testHooks.ts';
import type { PresentMapState } from '../map/presentPaint.ts';
import type { PresentMove } from '../map/presentCamera.ts';
import { Ctx, type AppContext } from './context.ts';
import { t, defaultLang } from './i18n.ts';
import { SidePanel } from './SidePanel.tsx';
import { FilterPanel, type LayerToggles } from './FilterPanel.tsx';
import { FeatureList } from './FeatureList.tsx';
import { TopBar } from './TopBar.tsx';
import { Notice } from './Notice.tsx';
import { MapLoading } from './MapLoading.tsx';
import { watchForUpdates } from '../state/appUpdate.ts';
import { KINDS, KIND_IDS, GROUP_IDS, CORRIDORS, glyphOf, type Kind } from '../plan/kinds.ts';
import { forDisplay } from '../plan/artefacts.ts';

// Not needed for the first screen: loaded when first used, and prefetched once the map is idle.
const loadDistricts = () => import('./districts/DistrictsPanel.tsx');
const loadPresent = () => import('./present/PresentView.tsx');
const loadReader = () => import('./PlanReader.tsx');
const loadPoster = () => import('./poster.ts');
const DistrictsPanel = lazy(() => loadDistricts().then((m) => ({ default: m.DistrictsPanel })));
const PresentView = lazy(() => loadPresent().then((m) => ({ default: m.PresentView })));
const PlanReader = lazy(() => loadReader().then((m) => ({ default: m.PlanReader })));
function prefetchLater(then: () => void) {
  const go = () => { void loadDistricts(); void loadPresent(); void loadReader(); void loadPoster(); then(); };
  if ('requestIdleCallback' in window) requestIdleCallback(go, { timeout: 5000 });
  else setTimeout(go, 2000);
}

/** `map`: the map started by Boot, drawing in `mapEl`, which the app shows where its map goes. */
export function App(props: { data: AppData; map: Promise<MapStart>; mapEl: HTMLDivElement }) {
  // Shown with the plan's PDF artefacts corrected (装臵 → 装置); the files keep them (src/plan/artefacts.ts).
  const data = forDisplay(props.data);
  const placeById = new Map(data.places.map((f) => [f.properties.id, f]));
  const corridorById = new Map(data.corridors.map((f) => [f.properties.id, f]));
  const graph = buildLinkGraph(data.plan, data.places.map((f) => f.properties), data.corridors.map((f) => f.properties));

  const hist = createHashHistory();
  // What a link's filter values may name: anything else is dropped and named in the notice.
  const knownValues: Record<FilterKey, ReadonlySet<string>> = {
    kinds: new Set(KIND_IDS), groups: new Set(GROUP_IDS), actions: new Set(data.plan.actions.map((a) => a.id)),
    districts: new Set([...data.districts.features.map((f) => f.properties.name_zh), ...data.places.flatMap((f) => f.properties.district ?? [])]),
    units: new Set(data.plan.units.map((u) => u.id)),
  };
  const store = createAppStore({
    initialHash: location.hash,
    defaultLang: defaultLang(navigator.languages ?? [navigator.language]),
    isKnownFeature: (id) => placeById.has(id) || corridorById.has(id),
    isKnownFocus: (id) => graph.focus(id) !== undefined,
    isKnownValue: (key, v) => knownValues[key].has(v),
    writeHash: (hash, how) => hist.write(hash, how),
    readHash: () => hist.read(),
    listenHash: (cb) => hist.listen(cb),
  });

  const [frame, setFrame] = createSignal<FrameRequest | undefined>();
  let seq = 0;
  // The first framing of a load jumps (no flight to watch before the map is even up).
  let instantFrames = false;
  const frameBounds = (b: Bounds | null) => b && setFrame({ bounds: b, seq: ++seq, instant: instantFrames });
  const districtBounds = (name: string) => boundsOf(data.districts.features.filter((f) => f.properties.name_zh === name));
  const frameIds = (ids: readonly string[], district?: string) => {
    const feats = ids.flatMap((id) => placeById.get(id) ?? corridorById.get(id) ?? []);
    const b = boundsOf(feats);
    const d = district ? districtBounds(district) : null;
    frameBounds(b && d ? [Math.min(b[0], d[0]), Math.min(b[1], d[1]), Math.max(b[2], d[2]), Math.max(b[3], d[3])] : b ?? d);
  };
  const tr: AppContext['tr'] = (b) => b[store.lang()];
  // Set by the Districts and Present screens; Explore leaves them empty.
  const [choropleth, setChoropleth] = createSignal<ReadonlyMap<string, number> | null>(null);
  const [camera, setCamera] = createSignal<CameraRequest | undefined>();
  let cameraSeq = 0;
  const [presentHighlight, setPresentHighlight] = createSignal<readonly string[] | null>(null);
  const [mapReady, setMapReady] = createSignal(false);
  // The user's own layers (kept in IndexedDB) are drawn in Districts mode; their store is loaded with
  // that mode. Hovering a district there says what it holds.
  const [userLayerStore, setUserLayerStore] = createSignal<typeof import('../state/userLayers.ts')>();
  createEffect(() => {
    if (store.mode() === 'districts' && !userLayerStore()) void import('../state/userLayers.ts').then((m) => { void m.loadUserLayers(); setUserLayerStore(m); });
  });
  const shownUserLayers = createMemo(() => {
    const m = userLayerStore();
    return m && store.mode() === 'districts' ? m.userLayers().map((l) => ({ id: l.id, color: l.color, visible: l.visible, data: l.features })) : [];
  });
  const [districtTips, setDistrictTips] = createSignal<ReadonlyMap<string, string> | null>(null);
  const [posterClasses, setPosterClasses] = createSignal<{ title: string; items: Array<{ label: string; color: string }> } | null>(null);
  const [chosenDistrict, setChosenDistrict] = createSignal<string | undefined>();
  // Presenting to a room: map labels grow with the screen (1× at 1280 px wide, at most 2.5×).
  const [viewportWidth, setViewportWidth] = createSignal(window.innerWidth);
  const onResize = () => setViewportWidth(window.innerWidth);
  window.addEventListener('resize', onResize);
  onCleanup(() => window.removeEventListener('resize', onResize));
  const labelScale = createMemo(() => (store.mode() === 'present' ? Math.min(2.5, Math.max(1, viewportWidth() / 1280)) : 1));
  const [presentMap, setPresentMap] = createSignal<PresentMapState | null>(null);
  const [presentMove, setPresentMove] = createSignal<PresentMove | undefined>();
  let presentSeq = 0;
  const [tapped, setTapped] = createSignal<{ id: string; seq: number } | undefined>();
  const ctx: AppContext = {
    data, graph, store, place: (id) => placeById.get(id), corridor: (id) => corridorById.get(id), frameIds, tr,
    setChoropleth,
    setHighlight: setPresentHighlight,
    mapReady,
    setDistrictTips,
    setPosterClasses,
    setChosenDistrict: (name) => setChosenDistrict(name ?? undefined),
    flyTo: (center, zoom, duration) => setCamera({ center, zoom, duration, seq: ++cameraSeq }),
    visibleIds: () => visible(),
    goBack: () => {
      // The panel's Back is the browser's, as long as that stays inside the app.
      if (hist.canGoBack()) hist.back();
      else if (store.selected()) store.select(undefined);
      else store.setFocus(undefined);
    },
    setPresentMap,
    movePresent: (m) => setPresentMove({ ...m, seq: ++presentSeq }),
    tapped,
  };
  // A link or history entry with a view puts the camera exactly there (no flight).
  createEffect(on(store.restored, (r) => r.view && setCamera({ center: [r.view.lon, r.view.lat], zoom: r.view.zoom, duration: 0, seq: ++cameraSeq }), { defer: true }));
  /** Framing follows a new selection or filter, but not a restored entry that brings its own view. */
  const restoringView = () => store.restoring() && store.restored().view !== undefined;

  // --- what is shown -----------------------------------------------------------------------
  const filterable = data.places.map((f) => ({ ...f.properties, feature: f }));
  const placesPassing = (filters: Parameters<typeof applyFilters>[1]) =>
    applyFilters(filterable, filters, graph.tasksOfUnit).map((x) => x.feature);
  const filtered = createMemo(() => placesPassing(store.filters()));
  const filteredCorridors = createMemo(() => {
    const f = store.filters();
    const placeFacets = f.kinds.length + f.groups.length + f.districts.length;
    // Corridors have no kind or district: a place facet hides them; actions and units filter them.
    if (placeFacets > 0) return [];
    return applyFilters(data.corridors.map((c) => ({ ...c.properties, kind: 'corridor', groups: [], district: null })), { actions: f.actions, units: f.units }, graph.tasksOfUnit).map((c) => c.id);
  });
  const visible = createMemo(() => new Set([...filtered().map((f) => f.properties.id), ...filteredCorridors()]));
  // Legend counts are faceted: how many each choice would show, given the other filters.
  const countWithout = (facet: 'kinds' | 'groups', key: (f: AppData['places'][number]) => string | readonly string[]) =>
    countBy(placesPassing({ ...store.filters(), [facet]: [] }), key);
  const kindCounts = createMemo(() => countWithout('kinds', (f) => f.properties.kind));
  const groupCounts = createMemo(() => countWithout('groups', (f) => f.properties.groups));
  const focusFeatures = createMemo(() => (store.focus() ? graph.featuresOf(store.focus()!) : undefined));
  const highlighted = createMemo(() => {
    const chosen = presentHighlight();
    if (chosen) return new Set(chosen);
    const f = focusFeatures();
    return f ? new Set([...f.places, ...f.corridors]) : null;
  });
  const [layers, setLayers] = createSignal<LayerToggles>({ districts: true, context: true, corridors: true });

  // Focus → frame what it concerns; selection → frame the feature.
  const frameFocus = (id: string) => {
    const f = graph.featuresOf(id);
    frameIds([...f.places, ...f.corridors], f.district);
  };
  // A place with no known site frames its district instead (and the district is highlighted).
  const unsitedDistrict = () => {
    const p = store.selected() ? placeById.get(store.selected()!) : undefined;
    return p && !p.geometry && p.properties.district ? p.properties.district : undefined;
  };
  const frameSelection = (id: string) => {
    const d = unsitedDistrict();
    if (d) frameBounds(districtBounds(d));
    else frameIds([id]);
  };
  // In Present the chapter's camera frames, not the selection or the focus.
  const presenting = () => store.mode() === 'present';
  createEffect(on(store.focus, (id) => id && !restoringView() && !presenting() && frameFocus(id), { defer: true }));
  createEffect(on(store.selected, (id) => id && !restoringView() && !presenting() && frameSelection(id), { defer: true }));
  createEffect(on(() => store.filters().districts, (ds) => ds.length === 1 && !restoringView() && frameBounds(districtBounds(ds[0]!)), { defer: true }));
  // A unit filter frames what it leaves (places and corridor segments).
  createEffect(on(() => store.filters().units, (us) => {
    if (us.length === 0 || restoringView()) return;
    frameIds([...filtered().map((f) => f.properties.id), ...filteredCorridors()]);
  }, { defer: true }));
  createEffect(() => { document.documentElement.lang = store.lang() === 'zh' ? 'zh-CN' : 'en'; document.title = t(store.lang(), 'appName'); });

  // --- the map (lazy chunk: the shell paints first) ----------------------------------------
  const [mapError, setMapError] = createSignal<string | undefined>();
  const [mapChunkReady, setMapChunkReady] = createSignal(false);
  // Service worker: registered once the map is up, so caching never competes with the first load.
  const [updateReady, setUpdateReady] = createSignal(false);
  const [offlineReady, setOfflineReady] = createSignal(false);
  let applyUpdate: (reload: boolean) => Promise<void> = async () => {};
  let updatesStarted = false;
  const startUpdates = () => {
    if (updatesStarted) return;
    updatesStarted = true;
    applyUpdate = watchForUpdates({
      needRefresh: () => setUpdateReady(true),
      offlineReady: () => { setOfflineReady(true); setTimeout(() => setOfflineReady(false), 8000); },
    });
  };
  const [basemapError, setBasemapError] = createSignal<'failed' | 'timeout' | undefined>();
  const [basemapLoading, setBasemapLoading] = createSignal(false);
  const [basemapPartial, setBasemapPartial] = createSignal(false);
  const mapEl = props.mapEl;
  createEffect(() => mapEl.setAttribute('aria-label', t(store.lang(), 'appName')));
  let handle: MapHandle | undefined;
  // The map's effects are created after awaits: they belong to this component all the same (disposed with it).
  const owner = getOwner();
  onMount(async () => {
    try {
      const [{ mountMap }, start] = await Promise.all([import('../map/mapAdapter.ts'), props.map]);
      // Wiring the map (its layers' filters and state) in a task of its own, after the one that
      // rendered the panel: neither holds the page for long.
      await new Promise<void>((r) => setTimeout(r, 0));
      setMapChunkReady(true);
      const ids = {
        places: data.places.map((f) => f.properties.id),
        corridors: data.corridors.map((f) => f.properties.id),
        districts: data.districts.features.map((f) => ({ adcode: String(f.properties.adcode), name_zh: f.properties.name_zh })),
      };
      handle = runWithOwner(owner, () => mountMap(start, ids, {
        lang: store.lang, basemap: store.basemap, visible, selected: store.selected, highlighted,
        highlightedDistrict: () => (store.mode() === 'districts' ? chosenDistrict() : undefined) ?? focusFeatures()?.district ?? unsitedDistrict()
          ?? (store.filters().districts.length === 1 ? store.filters().districts[0] : undefined),
        frame, layerVisible: layers, choropleth, camera, labelScale, userLayers: shownUserLayers, districtTips, present: presentMap, presentMove,
      }, {
        onLoad: () => { setMapReady(true); prefetchLater(startUpdates); },
        // A tap in Present never leaves the chapter.
        onSelect: (id) => {
          if (!presenting()) store.select(id);
          else if (id) setTapped({ id, seq: ++presentSeq });
        },
        onView: (v) => store.setView(v),
        onBasemapError: (why) => { setBasemapError(why === 'timeout' ? 'timeout' : 'failed'); setBasemapPartial(false); store.setBasemap('offline'); },
        onBasemapLoading: setBasemapLoading,
        onBasemapPartial: () => setBasemapPartial(true),
        onUserPoint: (hit) => userLayerStore()?.pickUserPoint(hit),
        onDistrict: (name) => store.setDistrict(name),
      }));
      // A link with a view keeps it; otherwise frame what the link selects, or the whole city.
      if (!store.view()) {
        const sel = store.selected();
        const foc = store.focus();
        instantFrames = true;
        if (sel) frameSelection(sel);
        else if (foc) frameFocus(foc);
        else frameBounds(GUANGZHOU_BOUNDS);
        instantFrames = false;
      }
      // Read-only hook for the browser tests (src/testHooks.ts; only in a build with the flag): where each place is drawn.
      if (import.meta.env.VITE_TEST_HOOKS === '1') {
        const anchors: Record<string, [number, number]> = {};
        for (const f of data.places) {
          const g = f.geometry;
          if (g?.type === 'Point') anchors[f.properties.id] = g.coordinates as [number, number];
          else if (f.properties.anchor) anchors[f.properties.id] = f.properties.anchor as [number, number];
        }
        exposeTestHooks({ anchors });
      }
    } catch (e) {
      console.error(e);
      setMapError(String((e as Error)?.message ?? e));
      // No map (no WebGL): the panels still work, so the app is still cached and installable.
      prefetchLater(startUpdates);
    }
  });
  onCleanup(() => handle?.destroy());

  // Keyboard focus goes back to what opened a panel, the list or the reader once it closes.
  const focusReturn = createFocusReturn();
  createEffect(on(() => store.selected() ?? store.focus(), (now) => {
    focusReturn.track('panel', now);
    // The control that opened the panel may have gone with the old one: keep keyboard users in the panel.
    if (now !== undefined) queueMicrotask(() => {
      if (document.activeElement !== document.body) return;
      const title = document.querySelector<HTMLElement>('[data-testid="side-panel"] #details-title');
      title?.setAttribute('tabindex', '-1');
      title?.focus({ preventScroll: true });
    });
  }, { defer: true }));
  createEffect(on(() => (store.readerLine() !== undefined ? 'open' : undefined), (now) => focusReturn.track('reader', now), { defer: true }));
  const onKey = (e: KeyboardEvent) => {
    // The reader handles its own Escape (and may already be gone when the key reaches the window).
    if (e.key !== 'Escape' || store.readerLine() || e.defaultPrevented || (e.target as Element | null)?.closest?.('[role="dialog"]')) return;
    // The innermost first: the selection, then the focus, then the List, then the filters drawer.
    if (store.selected()) store.select(undefined);
    else if (store.focus()) store.setFocus(undefined);
    else if (listOpen()) closeList();
    else if (filtersOpen()) closeFilters();
  };
  window.addEventListener('keydown', onKey);
  onCleanup(() => window.removeEventListener('keydown', onKey));

  // What a screen reader hears when the selection or the focus changes.
  const announcement = createMemo(() => {
    const id = store.selected();
    const p = id ? placeById.get(id) : undefined;
    if (p) return `${t(store.lang(), 'selected')}: ${store.lang() === 'zh' ? p.properties.name_zh : p.properties.name_en}`;
    const c = id ? corridorById.get(id) : undefined;
    if (c) return `${t(store.lang(), 'selected')}: ${tr({ zh: c.properties.name_zh, en: c.properties.name_en })}`;
    const f = focusFeatures();
    return f ? t(store.lang(), 'featuresOf', { n: f.places.length }) : '';
  });
  const [exporting, setExporting] = createSignal(false);
  const [exportError, setExportError] = createSignal<string | undefined>();
  const exportImage = async () => {
    if (!handle || exporting()) return;
    setExporting(true);
    setExportError(undefined);
    try {
      const lang = store.lang();
      const shownKinds = [...new Set(filtered().filter((f) => f.geometry).map((f) => f.properties.kind))];
      const title = store.focus() ? graph.focusTitle(store.focus()!) : undefined;
      const focusTitle = title ? tr(title) : '';
      // The poster shows all of what is shown (a corridor to Hong Kong is not cut), with its legends.
      const shownCorridors = filteredCorridors().flatMap((id) => corridorById.get(id) ?? []);
      const extent = boundsOf([...filtered(), ...shownCorridors]);
      const [{ composePoster, downloadCanvas }, { canvas: map, metresPerPixel }] = await Promise.all([loadPoster(), handle.posterMap(3, extent)]);
      const corridorKeys = [...new Set(shownCorridors.map((c) => c.properties.corridor))];
      const posterText = {
        title: t(lang, 'appName'),
        subtitle: [t(lang, 'appSubtitle'), focusTitle].filter(Boolean).join(' · '),
        legend: shownKinds.map((k) => ({ label: tr(KINDS[k as Kind] ?? { zh: k, en: k }), color: KINDS[k as Kind]?.color ?? '#64748b', glyph: KINDS[k as Kind] ? glyphOf(k as Kind, lang) : '' })),
        sources: t(lang, 'posterSources'),
        corridors: corridorKeys.map((c) => ({ label: tr(CORRIDORS[c]), color: CORRIDORS[c].color })),
        scale: { metresPerPixel, km: (n: number) => t(lang, 'km', { n }) },
        north: t(lang, 'north'),
        // In Districts mode the map is a choropleth: its title and classes go on the poster too.
        classes: store.mode() === 'districts' ? posterClasses() ?? undefined : undefined,
      };
      const poster = composePoster(map, posterText);
      // Read-only, for the browser test (src/testHooks.ts; only in a build with the flag): what the last poster carried.
      if (import.meta.env.VITE_TEST_HOOKS === '1') exposeTestHooks({ poster: { ...posterText, scale: { metresPerPixel }, width: poster.width, height: poster.height, mapHeight: map.height } });
      await downloadCanvas(poster, `guangzhou-hub-map-${new Date().toISOString().slice(0, 10)}.png`);
    } catch (e) {
      setExportError(String((e as Error)?.message ?? e));
    } finally {
      setExporting(false);
    }
  };
  const [listOpen, setListOpen] = createSignal(false);
  const [filtersOpen, setFiltersOpen] = createSignal(false);
  const closeList = () => { setListOpen(false); document.querySelector<HTMLElement>('[aria-controls="list-drawer"]')?.focus(); };
  const closeFilters = () => { setFiltersOpen(false); document.querySelector<HTMLElement>('[aria-controls="filters-drawer"]')?.focus(); };
  const lang = () => store.lang();

  return (
    <Ctx.Provider value={ctx}>
      <div class="app" classList={{ 'with-list': listOpen(), 'with-filters': filtersOpen(), presenting: store.mode() === 'present' }} data-mode={store.mode()}>
        <TopBar filtersOpen={filtersOpen()} listOpen={listOpen()} onToggleFilters={() => setFiltersOpen((v) => !v)}
          onToggleList={() => setListOpen((v) => !v)} onExport={exportImage} exporting={exporting()} canExport={mapError() === undefined} />
        <Show when={store.ignored().length > 0}>
          <IgnoredNotice items={store.ignored()} onClose={() => store.dismissIgnored()} />
        </Show>
        <Show when={exportError()}>
          {(msg) => <Notice tone="warn" onClose={() => setExportError(undefined)}>{t(lang(), 'exportFailed')}{msg()}</Notice>}
        </Show>
        <Show when={basemapError()}>
          {(why) => <Notice tone="warn" onClose={() => setBasemapError(undefined)}>{t(lang(), why() === 'timeout' ? 'basemapTimeout' : 'basemapFailed')}</Notice>}
        </Show>
        <Show when={updateReady()}>
          <Notice onClose={() => setUpdateReady(false)}>
            {t(lang(), 'updateReady')}{' '}
            <button type="button" class="link" onClick={() => void applyUpdate(true)}>{t(lang(), 'updateNow')}</button>
          </Notice>
        </Show>
        <Show when={basemapPartial() && store.basemap() === 'online'}>
          <Notice tone="warn" onClose={() => setBasemapPartial(false)}>
            {t(lang(), 'basemapPartial')}{' '}
            <button type="button" class="link" onClick={() => { setBasemapPartial(false); store.setBasemap('offline'); }}>{t(lang(), 'useBuiltInMap')}</button>
          </Notice>
        </Show>
        <div class="body">
          <Show when={filtersOpen()}>
            <div id="filters-drawer" class="drawer" role="region" aria-label={t(lang(), 'layers')}>
              <FilterPanel kindCounts={kindCounts()} groupCounts={groupCounts()} layers={layers()} onLayers={setLayers} />
            </div>
          </Show>
          <Show when={listOpen()}>
            <div id="list-drawer" class="drawer">
              <FeatureList places={filtered()} corridorIds={filteredCorridors()} />
            </div>
          </Show>
          <main class="map-wrap">
            {/* The top bar (and its h1) is hidden while presenting: the page keeps its name for screen readers. */}
            <Show when={store.mode() === 'present'}><h1 class="sr-only">{t(lang(), 'appName')}</h1></Show>
            {mapEl}
            <Show when={store.mode() === 'explore'}><FilterChips /></Show>
            <Show when={mapError()}>
              <p class="notice warn map-error" role="alert">{t(lang(), 'mapFailed')}</p>
            </Show>
            <Show when={offlineReady()}>
              <p class="offline-ready" role="status" data-testid="offline-ready">{t(lang(), 'offlineReady')}</p>
            </Show>
            <Show when={basemapLoading()}>
              <p class="notice basemap-loading" role="status" data-testid="basemap-loading">{t(lang(), 'basemapLoading')}</p>
            </Show>
            <Show when={!mapReady() && !mapError()}>
              <MapLoading lang={lang()} stage={mapChunkReady() ? 'drawing' : 'engine'} />
            </Show>
            <Show when={focusFeatures()}>
              {(f) => (
                <p class="focus-badge" role="status" data-places={f().places.length}>
                  {f().corridors.length > 0
                    ? t(lang(), 'featuresAndCorridors', { n: f().places.length, m: f().corridors.length })
                    : t(lang(), 'featuresOf', { n: f().places.length })}
                </p>
              )}
            </Show>
          </main>
          <Show when={store.mode() === 'present'}>
            <PresentView />
          </Show>
          <Show when={store.mode() === 'districts'} fallback={<SidePanel />}>
            <DistrictsPanel />
          </Show>
        </div>
        <Show when={store.readerLine()}>{(line) => <PlanReader line={line()} />}</Show>
        <p class="sr-only" aria-live="polite" data-testid="announcer">{announcement()}</p>
      </div>
    </Ctx.Provider>
  );
}

export function DataError(props: { errors: string[] }) {
  return (
    <div class="data-error" role="alert">
      <h1>广州科技创新强市地图 · Guangzhou Innovation Hub Map</h1>
      <p>数据无法加载 · The data could not be loaded:</p>
      <ul><For each={props.errors}>{(e) => <li><code>{e}</code></li>}</For></ul>
    </div>
  );
}
