// The app's context, wired from its data: the data as displayed, the link graph, the URL-linked store
// and the feature stores made from it (what Explore shows, what the map shows, the notices, the shown
// user layers, the brief), and the actions every panel shares (select, go back). Called once by App,
// inside its owner (the effects here live as long as the app); App keeps the layout.
import { batch, createEffect } from 'solid-js';
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
import { t } from '../i18n/index.ts';
import type { AppContext } from './context.ts';
import { districtsLoader } from './lazyScreens.ts';
import { createBriefControl } from './briefControl.ts';

export function createAppContext(raw: AppData, mapEl: HTMLElement) {
  // Shown with the plan's PDF artefacts corrected (装臵 → 装置); the files keep them (src/plan/artefacts.ts).
  const data = forDisplay(raw);
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
    brief: createBriefControl(),
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
  // The page's language and title, and the map's name for screen readers, follow the UI language.
  createEffect(() => {
    document.documentElement.lang = store.state.lang === 'zh' ? 'zh-CN' : 'en';
    document.title = t(store.state.lang, 'app.appName');
  });
  createEffect(() => mapEl.setAttribute('aria-label', t(store.state.lang, 'app.appName')));
  return { ctx, userLayers };
}
