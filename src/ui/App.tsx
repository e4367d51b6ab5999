// The one screen: top bar, notices, map, list twin and side panel (or a mode's own panel), wired to
// the app's context (createAppContext.ts: the store and the feature stores made from the data) and the map.
import { createSignal, onMount, onCleanup, Show, Switch, Match, getOwner } from 'solid-js';
import type { AppData } from '../data/appData.ts';
import type { MapHandle, MapStart } from '../map/mapAdapter.ts';
import { t } from '../i18n/index.ts';
import { Ctx } from './context.ts';
import { createAppContext } from './createAppContext.ts';
import { connectMap } from './connectMap.ts';
import { createPosterExport } from './posterExport.ts';
import { createDrawers } from './drawers.ts';
import { createInstitutionPoints } from './institutionPoints.ts';
import { prefetchLater } from './lazyScreens.ts';
import { DistrictsPanel, PresentView, PlanReader, BriefView, ScorecardPanel } from './LoadedScreens.tsx';
import { TopBar } from './TopBar.tsx';
import { Notices } from './Notices.tsx';
import { MapArea } from './MapArea.tsx';
import { SidePanel } from './SidePanel.tsx';
import { FilterPanel, type LayerToggles } from './FilterPanel.tsx';
import { FeatureList } from './FeatureList.tsx';
import { Announcer } from './Announcer.tsx';

/** `map`: the map started by Boot, drawing in `mapEl`, which the app shows where its map goes. */
export function App(props: { data: AppData; map: Promise<MapStart>; mapEl: HTMLDivElement }) {
  const { ctx, userLayers } = createAppContext(props.data, props.mapEl);
  const { data, store, explore, mapView, notices, graph, corridor, brief } = ctx;

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
