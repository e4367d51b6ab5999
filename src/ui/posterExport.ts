// "Export image": the map re-rendered at print resolution with its legends, composed into a poster
// (ui/poster.ts, its own chunk) and downloaded. What is shown is what goes on it: the kinds and
// corridors the filters leave, the institutions' kinds when that layer is on, the focus in the subtitle,
// the Districts classes in that mode.
import { createSignal, type Accessor } from 'solid-js';
import { t, type Lang } from '../i18n/index.ts';
import { boundsOf } from '../geo/bounds.ts';
import { KINDS, CORRIDORS, glyphOf, type Kind } from '../plan/kinds.ts';
import type { LinkGraph } from '../plan/linkGraph.ts';
import type { CorridorFeature } from '../data/appData.ts';
import type { MapHandle } from '../map/mapAdapter.ts';
import type { AppStore } from '../state/appStore.ts';
import type { ExploreView } from '../state/exploreView.ts';
import type { MapView } from '../state/mapView.ts';
import type { Notices } from '../state/notices.ts';
import { exposeTestHooks } from '../testHooks.ts';
import { createChunkLoader } from '../state/chunkLoader.ts';
import type { InstitutionPoints } from '../map/institutionLayer.ts';
import { INSTITUTION_KINDS_INFO, INSTITUTION_KIND_IDS } from '../plan/institutionKinds.ts';

/** The poster's code (its own chunk): a failed load is said in the notices, with Reload. */
export const posterLoader = createChunkLoader('poster', () => import('./poster.ts'));

export function createPosterExport(opts: {
  store: AppStore;
  graph: LinkGraph;
  explore: ExploreView;
  mapView: MapView;
  notices: Notices;
  corridor(id: string): CorridorFeature | undefined;
  map(): MapHandle | undefined;
  /** The institutions layer's points when it is shown (null: off): their kinds go in the legend. */
  institutions?: () => InstitutionPoints | null;
}): { exporting: Accessor<boolean>; run(): Promise<void> } {
  const { store, explore, notices } = opts;
  const [exporting, setExporting] = createSignal(false);
  const tr = (b: { zh: string; en: string }, lang: Lang) => b[lang];
  const run = async () => {
    const handle = opts.map();
    if (!handle || exporting()) return;
    setExporting(true);
    notices.setExportError(undefined);
    notices.setLoadFailed(undefined);
    try {
      const lang = store.state.lang;
      const shownKinds = [
        ...new Set(
          explore
            .filtered()
            .filter((f) => f.geometry)
            .map((f) => f.properties.kind),
        ),
      ];
      const title = store.state.focus ? opts.graph.focusTitle(store.state.focus) : undefined;
      // The poster shows all of what is shown (a corridor to Hong Kong is not cut), with its legends.
      const shownCorridors = explore.filteredCorridors().flatMap((id) => opts.corridor(id) ?? []);
      const extent = boundsOf([...explore.filtered(), ...shownCorridors]);
      // The poster's code first (prefetched, so at once): without it the map is not drawn at print size for nothing.
      const posterCode = await posterLoader.get();
      if (!posterCode) return notices.setLoadFailed({ what: 'poster', failure: posterLoader.failure() ?? 'failed' });
      const { composePoster, downloadCanvas } = posterCode;
      const { canvas: map, metresPerPixel } = await handle.posterMap(3, extent);
      const corridorKeys = [...new Set(shownCorridors.map((c) => c.properties.corridor))];
      // The institutions layer, when shown: the kinds it draws (in the legend's order), as rings.
      const institutionKinds = new Set((opts.institutions?.()?.features ?? []).map((f) => f.properties.kind));
      const institutions = INSTITUTION_KIND_IDS.filter((k) => institutionKinds.has(k)).map((k) => ({
        label: tr(INSTITUTION_KINDS_INFO[k], lang),
        color: INSTITUTION_KINDS_INFO[k].color,
      }));
      const posterText = {
        title: t(lang, 'app.appName'),
        subtitle: [t(lang, 'app.appSubtitle'), title ? tr(title, lang) : ''].filter(Boolean).join(' · '),
        legend: shownKinds.map((k) => ({
          label: tr(KINDS[k as Kind] ?? { zh: k, en: k }, lang),
          color: KINDS[k as Kind]?.color ?? '#64748b',
          glyph: KINDS[k as Kind] ? glyphOf(k as Kind, lang) : '',
        })),
        sources: t(lang, 'app.posterSources'),
        corridors: corridorKeys.map((c) => ({ label: tr(CORRIDORS[c], lang), color: CORRIDORS[c].color })),
        scale: { metresPerPixel, km: (n: number) => t(lang, 'app.km', { n }) },
        north: t(lang, 'app.north'),
        // In Districts mode the map is a choropleth, in the Scorecard its places carry marks: their title
        // and classes go on the poster too.
        institutions: institutions.length > 0 ? { title: t(lang, 'app.institutionsLayer'), items: institutions } : undefined,
        classes: store.state.mode === 'districts' || store.state.mode === 'scorecard' ? (opts.mapView.posterClasses() ?? undefined) : undefined,
      };
      const { canvas: poster, legend } = composePoster(map, posterText);
      // Read-only, for the browser tests: what the last poster carried, and where its legend entries went.
      if (import.meta.env.VITE_TEST_HOOKS === '1')
        exposeTestHooks({
          poster: { ...posterText, scale: { metresPerPixel }, width: poster.width, height: poster.height, mapHeight: map.height, legendBoxes: legend.boxes },
        });
      await downloadCanvas(poster, `guangzhou-hub-map-${new Date().toISOString().slice(0, 10)}.png`);
    } catch (e) {
      notices.setExportError(String((e as Error)?.message ?? e));
    } finally {
      setExporting(false);
    }
  };
  return { exporting, run };
}
