// The one screen: top bar, notices, map, list twin and side panel (or a mode's own panel), wired to
// the store and the feature stores made here (what Explore shows, what the map shows, the notices).
import { batch, createEffect, createSignal, onMount, onCleanup, Show, For, Switch, Match, getOwner } from 'solid-js';
import type { AppData } from '../data/appData.ts';
import { buildLinkGraph } from '../plan/linkGraph.ts';
import { forDisplay } from '../plan/artefacts.ts';
import { KIND_IDS, GROUP_IDS } from '../plan/kinds.ts';
import { scoreRows } from '../plan/scorecard.ts';
import { createAppStore } from '../state/appStore.ts';
import type { UrlKey } from '../state/urlKeys.ts';
import { createHashHistory } from '../state/hashHistory.ts';
import { createExploreView } from '../state/exploreView.ts';
import { createMapView } from '../state/mapView.ts';
import { afterSelect } from '../state/selection.ts';
import { createNotices } from '../state/notices.ts';
import { createShownUserLayers } from '../state/shownUserLayers.ts';
import { watchForUpdates } from '../state/appUpdate.ts';
import type { MapHandle, MapStart } from '../map/mapAdapter.ts';
import { t, defaultLang } from '../i18n/index.ts';
import { Ctx, type AppContext } from './context.ts';
import { connectMap } from './connectMap.ts';
import { createPosterExport } from './posterExport.ts';
import { createEscapeAndFocus } from './escapeAndFocus.ts';
import { prefetchLater, districtsLoader, institutionsLoader } from './lazyScreens.ts';
import { DistrictsPanel, PresentView, PlanReader, BriefView, ScorecardPanel } from './LoadedScreens.tsx';
import { createBriefControl } from './briefControl.ts';
import { TopBar } from './TopBar.tsx';
import { Notices } from './Notices.tsx';
import { MapArea } from './MapArea.tsx';
import { SidePanel } from './SidePanel.tsx';
import { FilterPanel, type LayerToggles } from './FilterPanel.tsx';
import { FeatureList } from './FeatureList.tsx';
import { Announcer } from './Announcer.tsx';

/** `map`: the map started by Boot, drawing in `mapEl`, which the app shows where its map goes. */
export function App(props: { data: AppData; map: Promise<MapStart>; mapEl: HTMLDivElement }) {
  // Shown with the plan's PDF artefacts corrected (装臵 → 装置); the files keep them (src/plan/artefacts.ts).
  const data = forDisplay(props.data);
  const placeById = new Map(data.places.map((f) => [f.properties.id, f]));
  const corridorById = new Map(data.corridors.map((f) => [f.properties.id, f]));
  const place = (id: string) => placeById.get(id);
  const corridor = (id: string) => corridorById.get(id);
  const graph = buildLinkGraph(
    data.plan,
    data.places.map((f) => f.properties),
    data.corridors.map((f) => f.properties),
  );

  const hist = createHashHistory();
  // What a link's ids and filter values may name: anything else is dropped and named in the notice.
  const knownValues: Partial<Record<UrlKey, ReadonlySet<string>>> = {
    kinds: new Set(KIND_IDS),
    groups: new Set(GROUP_IDS),
    actions: new Set(data.plan.actions.map((a) => a.id)),
    districts: new Set([...data.districts.features.map((f) => f.properties.name_zh), ...data.places.flatMap((f) => f.properties.district ?? [])]),
    units: new Set(data.plan.units.map((u) => u.id)),
  };
  const store = createAppStore({
    initialHash: location.hash,
    defaultLang: defaultLang(navigator.languages ?? [navigator.language]),
    isKnown: (key, v) =>
      key === 'select' ? placeById.has(v) || corridorById.has(v) : key === 'focus' ? graph.focus(v) !== undefined : (knownValues[key]?.has(v) ?? true),
    writeHash: (hash, how) => hist.write(hash, how),
    readHash: () => hist.read(),
    listenHash: (cb) => hist.listen(cb),
  });
  const explore = createExploreView(data, graph, store);
  const mapView = createMapView({ data, graph, store, explore, place, corridor });
  const notices = createNotices(watchForUpdates);
  const userLayers = createShownUserLayers(store, districtsLoader.module);
  const brief = createBriefControl();
  const ctx: AppContext = {
    data,
    graph,
    store,
    explore,
    mapView,
    notices,
    place,
    corridor,
    scorecard: { rows: scoreRows(data.plan, data.outcomes) },
    brief,
    tr: (b) => b[store.state.lang],
    select: (id) => {
      const next = afterSelect(store.state.focus, explore.focusFeatures(), id);
      // One change of the store, so one history entry.
      batch(() => {
        store.set('focus', next.focus);
        store.set('select', next.select);
      });
    },
    goBack: () => {
      // The panel's Back is the browser's, as long as that stays inside the app.
      if (hist.canGoBack()) hist.back();
      else if (store.state.inst) store.set('inst', undefined);
      else if (store.state.select) store.set('select', undefined);
      else store.set('focus', undefined);
    },
  };
  createEffect(() => {
    document.documentElement.lang = store.state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(store.state.lang, 'app.appName');
  });
  createEffect(() => props.mapEl.setAttribute('aria-label', t(store.state.lang, 'app.appName')));

  const [layers, setLayers] = createSignal<LayerToggles>({ districts: true, context: true, corridors: true });
  // The institutions layer: its chunk is fetched when it is first switched on (or a link opens one).
  createEffect(() => {
    if (store.state.inst) mapView.setInstitutionsOn(true);
  });
  createEffect(() => {
    if (mapView.institutionsOn()) void institutionsLoader.get();
  });
  const institutionPoints = () => (mapView.institutionsOn() ? (institutionsLoader.module()?.pointsFor(store.state.year) ?? null) : null);
  let handle: MapHandle | undefined;
  const owner = getOwner();
  onMount(async () => {
    handle = await connectMap({
      owner,
      data,
      start: props.map,
      store,
      explore,
      mapView,
      notices,
      layers,
      select: ctx.select,
      userLayers: userLayers.shown,
      institutions: institutionPoints,
      onUserPoint: userLayers.pick,
      afterLoad: () => prefetchLater(notices.startUpdates),
    });
  });
  onCleanup(() => handle?.destroy());
  const poster = createPosterExport({ store, graph, explore, mapView, notices, corridor, map: () => handle });

  const [listOpen, setListOpen] = createSignal(false);
  const [filtersOpen, setFiltersOpen] = createSignal(false);
  const closeList = () => {
    setListOpen(false);
    document.querySelector<HTMLElement>('[aria-controls="list-drawer"]')?.focus();
  };
  const closeFilters = () => {
    setFiltersOpen(false);
    document.querySelector<HTMLElement>('[aria-controls="filters-drawer"]')?.focus();
  };
  createEscapeAndFocus(store, { listOpen, closeList, filtersOpen, closeFilters });

  return (
    <Ctx.Provider value={ctx}>
      <div
        class="app"
        classList={{ 'with-list': listOpen(), 'with-filters': filtersOpen(), presenting: store.state.mode === 'present' }}
        data-mode={store.state.mode}
      >
        <TopBar
          filtersOpen={filtersOpen()}
          listOpen={listOpen()}
          onToggleFilters={() => setFiltersOpen((v) => !v)}
          onToggleList={() => setListOpen((v) => !v)}
          onExport={() => void poster.run()}
          exporting={poster.exporting()}
          canExport={notices.mapStage() !== 'failed'}
        />
        <Notices />
        <div class="body">
          <Show when={filtersOpen()}>
            <div id="filters-drawer" class="drawer" role="region" aria-label={t(store.state.lang, 'app.layers')}>
              <FilterPanel kindCounts={explore.kindCounts()} groupCounts={explore.groupCounts()} layers={layers()} onLayers={setLayers} />
            </div>
          </Show>
          <Show when={listOpen()}>
            <div id="list-drawer" class="drawer">
              <FeatureList places={explore.filtered()} corridorIds={explore.filteredCorridors()} />
            </div>
          </Show>
          <MapArea mapEl={props.mapEl} />
          <Show when={store.state.mode === 'present'}>
            <PresentView />
          </Show>
          <Switch fallback={<SidePanel />}>
            <Match when={store.state.mode === 'districts'}>
              <DistrictsPanel />
            </Match>
            <Match when={store.state.mode === 'scorecard'}>
              <ScorecardPanel />
            </Match>
          </Switch>
        </div>
        <Show when={store.state.line}>{(line) => <PlanReader line={line()} />}</Show>
        <Show when={brief.subject()}>{(s) => <BriefView subject={s()} map={() => handle} onClose={brief.close} />}</Show>
        <Announcer />
      </div>
    </Ctx.Provider>
  );
}

export function DataError(props: { errors: string[] }) {
  return (
    <div class="data-error" role="alert">
      <h1>广州科技创新强市地图 · Guangzhou Innovation Hub Map</h1>
      <p>数据无法加载 · The data could not be loaded:</p>
      <ul>
        <For each={props.errors}>
          {(e) => (
            <li>
              <code>{e}</code>
            </li>
          )}
        </For>
      </ul>
    </div>
  );
}
