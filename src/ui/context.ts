// What every component may read: the data, the link graph, the store and the app's feature stores
// (what Explore shows, what the map shows, the notices). Components change the map only through
// mapView's setters: they never touch the map.
import { createContext, useContext } from 'solid-js';
import type { AppData, PlaceFeature, CorridorFeature } from '../data/appData.ts';
import type { LinkGraph } from '../plan/linkGraph.ts';
import type { AppStore } from '../state/appStore.ts';
import type { Bilingual } from '../i18n/index.ts';
import type { ExploreView } from '../state/exploreView.ts';
import type { MapView } from '../state/mapView.ts';
import type { Notices } from '../state/notices.ts';
import type { ScoreRow } from '../plan/scorecard.ts';
import type { BriefControl } from './briefControl.ts';

export interface AppContext {
  data: AppData;
  graph: LinkGraph;
  store: AppStore;
  explore: ExploreView;
  mapView: MapView;
  notices: Notices;
  /** Every target × year of the plan with what was reported and its status. */
  scorecard: { rows: readonly ScoreRow[] };
  /** The one-page brief: which subject is open, and opening it ("Print brief"). */
  brief: BriefControl;
  place(id: string): PlaceFeature | undefined;
  corridor(id: string): CorridorFeature | undefined;
  /** Text in the current language. */
  tr(b: Bilingual): string;
  /** Selects a feature (undefined: nothing); a feature the focus does not concern ends the focus (one history step). */
  select(id: string | undefined): void;
  /** The panel's Back: the browser's Back while that stays in the app, else close the panel. */
  goBack(): void;
}

export const Ctx = createContext<AppContext>();

export function useApp(): AppContext {
  const c = useContext(Ctx);
  if (!c) throw new Error('useApp outside <Ctx.Provider>');
  return c;
}
