// Wires the map Boot started to the app, once the map's chunk is here: the adapter gets the app's
// signals (what is shown, selected, lit, framed) and reports back clicks, moves and the street map's
// troubles. The map's effects belong to the App component (runWithOwner): created after awaits, they
// would otherwise have no owner and never be disposed.
import { runWithOwner, type Owner } from 'solid-js';
import type { AppData } from '../data/appData.ts';
import type { MapHandle, MapStart } from '../map/mapAdapter.ts';
import type { UserLayerView } from '../map/userLayersOnMap.ts';
import type { InstitutionPoints } from '../map/institutionLayer.ts';
import { batch } from 'solid-js';
import type { AppStore } from '../state/appStore.ts';
import type { ExploreView } from '../state/exploreView.ts';
import type { MapView } from '../state/mapView.ts';
import type { Notices } from '../state/notices.ts';
import type { LayerToggles } from './FilterPanel.tsx';
import { exposeTestHooks } from '../testHooks.ts';
import { placeAnchor } from '../plan/placeAnchor.ts';
import { t } from '../i18n/index.ts';

export async function connectMap(opts: {
  owner: Owner | null;
  data: AppData;
  start: Promise<MapStart>;
  store: AppStore;
  explore: ExploreView;
  mapView: MapView;
  notices: Notices;
  layers: () => LayerToggles;
  userLayers: () => readonly UserLayerView[];
  /** Selects a feature as the panel does (ending a focus it is outside of). */
  select(id: string | undefined): void;
  institutions: () => InstitutionPoints | null;
  onUserPoint(hit: { layerId: string; index: number } | null): void;
  /** The map is up (or could not be): prefetch the other screens, register the service worker. */
  afterLoad(): void;
}): Promise<MapHandle | undefined> {
  const { data, store, mapView, notices } = opts;
  try {
    const [{ mountMap }, start] = await Promise.all([import('../map/mapAdapter.ts'), opts.start]);
    // Wiring the map (its layers' filters and state) in a task of its own, after the one that
    // rendered the panel: neither holds the page for long.
    await new Promise<void>((r) => setTimeout(r, 0));
    notices.setMapStage('drawing');
    const ids = {
      places: data.places.map((f) => f.properties.id),
      corridors: data.corridors.map((f) => f.properties.id),
      districts: data.districts.features.map((f) => ({ adcode: String(f.properties.adcode), name_zh: f.properties.name_zh })),
    };
    const handle = runWithOwner(opts.owner, () =>
      mountMap(
        start,
        ids,
        {
          lang: () => store.state.lang,
          basemap: () => store.state.basemap,
          visible: opts.explore.visible,
          selected: () => store.state.select,
          hovered: mapView.hovered,
          highlighted: mapView.highlighted,
          highlightedDistrict: mapView.highlightedDistrict,
          comparedDistricts: mapView.comparedDistricts,
          camera: mapView.camera,
          layerVisible: opts.layers,
          choropleth: mapView.choropleth,
          labelScale: mapView.labelScale,
          userLayers: opts.userLayers,
          districtTips: mapView.districtTips,
          present: mapView.presentMap,
          statusMarks: mapView.statusMarks,
          controlNames: () => ({ zoomIn: t(store.state.lang, 'app.zoomIn'), zoomOut: t(store.state.lang, 'app.zoomOut') }),
          institutions: opts.institutions,
          portfolio: mapView.portfolio,
          corridorBuffers: mapView.corridorBuffers,
        },
        {
          onLoad: () => {
            notices.setMapStage('ready');
            opts.afterLoad();
          },
          // A tap in Present never leaves the chapter.
          onSelect: (id) => {
            if (store.state.mode !== 'present')
              batch(() => {
                store.set('inst', undefined);
                opts.select(id);
              });
            else if (id) mapView.tap(id);
          },
          onView: (v) => store.set('view', v),
          onBasemapError: (why) => {
            notices.setBasemapError(why === 'timeout' ? 'timeout' : 'failed');
            notices.setBasemapPartial(false);
            store.set('basemap', 'offline');
          },
          onBasemapLoading: notices.setBasemapLoading,
          onBasemapPartial: () => notices.setBasemapPartial(true),
          onUserLayerDrawn: mapView.markUserLayerDrawn,
          onUserPoint: opts.onUserPoint,
          onInstitution: (id) =>
            batch(() => {
              store.set('select', undefined);
              store.set('inst', id);
              if (store.state.mode === 'districts') store.set('mode', 'explore');
            }),
          onDistrict: (name) => store.set('district', name),
        },
      ),
    )!;
    // A link with a view keeps it; otherwise frame what the link selects, or the whole city.
    if (!store.state.view) mapView.frameInitial();
    // Read-only hook for the browser tests (src/testHooks.ts; only in a build with the flag): where each place is drawn.
    if (import.meta.env.VITE_TEST_HOOKS === '1') {
      const anchors: Record<string, [number, number]> = {};
      for (const f of data.places) {
        const at = placeAnchor(f);
        if (at) anchors[f.properties.id] = at;
      }
      exposeTestHooks({ anchors });
    }
    return handle;
  } catch (e) {
    console.error(e);
    notices.setMapStage('failed');
    // No map (no WebGL): the panels still work, so the app is still cached and installable.
    opts.afterLoad();
    return undefined;
  }
}
