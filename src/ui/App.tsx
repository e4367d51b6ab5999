// The one screen: top bar, notices, map, list twin and side panel (or a mode's own panel), wired to
// the store and the feature stores made here (what Explore shows, what the map shows, the notices).
import { batch, createEffect, createSignal, onMount, onCleanup, Show, Switch, Match, getOwner } from 'solid-js';
import type { AppData } from '../data/appData.ts';
import { buildLinkGraph } from '../plan/linkGraph.ts';
import { forDisplay } from '../plan/artefacts.ts';
import { scoreRows } from '../plan/scorecard.ts';
import { createHashHistory } from '../state/hashHistory.ts';
import { createLinkedStore } from '../state/linkedStore.ts';
import { createExploreView } from '../state/exploreView.ts';
import { createMapView } from '../state/mapView.ts';
import { afterSelect } from '../state/selection.ts';
import { createNotices } from '../state/notices.ts';
import { createShownUserLayers } from '../state/shownUserLayers.ts';
import { watchForUpdates } from '../state/appUpdate.ts';
import type { MapHandle, MapStart } from '../map/mapAdapter.ts';
import { t } from '../i18n/index.ts';
import { Ctx, type AppContext } from './context.ts';
import { connectMap } from './connectMap.ts';
import { createPosterExport } from './posterExport.ts';
import { createDrawers } from './drawers.ts';
import { createInstitutionPoints } from './institutionPoints.ts';
import { prefetchLater, districtsLoader } from './lazyScreens.ts';
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
  const store = createLinkedStore(data, graph, hist);
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
  const institutionPoints = createInstitutionPoints(store, mapView);
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
  const poster = createPosterExport({ store, graph, explore, mapView, notices, corridor, map: () => handle, institutions: institutionPoints });

  const { listOpen, setListOpen, filtersOpen, setFiltersOpen } = createDrawers(store);

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
