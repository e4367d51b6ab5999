// What every component may read: the data, the link graph and the store.
import { createContext, useContext, type Accessor } from 'solid-js';
import type { AppData, PlaceFeature, CorridorFeature } from '../data/appData.ts';
import type { LinkGraph } from '../plan/linkGraph.ts';
import type { AppStore } from '../state/appStore.ts';
import type { Bilingual } from '../data/planSchema.ts';
import type { PresentMapState } from '../map/presentPaint.ts';
import type { PresentMove } from '../map/presentCamera.ts';

export interface AppContext {
  data: AppData;
  graph: LinkGraph;
  store: AppStore;
  place(id: string): PlaceFeature | undefined;
  corridor(id: string): CorridorFeature | undefined;
  /** Frame features (or a district) on the map. */
  frameIds(ids: readonly string[], district?: string): void;
  /** Text in the current language. */
  tr(b: Bilingual | { zh: string; en: string }): string;
  /** Districts mode: shade districts by a share 0–1 (null: no choropleth). */
  setChoropleth(m: ReadonlyMap<string, number> | null): void;
  /** Districts mode: what hovering a district on the map says (zh name → text); null: districts not clickable. */
  setDistrictTips(tips: ReadonlyMap<string, string> | null): void;
  /** Districts mode: outline this district (null: none). */
  setChosenDistrict(name: string | null): void;
  /** Present mode: light exactly these features (null: the focus decides, as in Explore). */
  setHighlight(ids: readonly string[] | null): void;
  /** True once the map has loaded (camera moves before then would be lost). */
  mapReady: Accessor<boolean>;
  /** Present mode: move the camera. */
  flyTo(center: [number, number], zoom: number, durationMs?: number): void;
  /** Ids of the places and corridor segments the filters leave (what the map shows). */
  visibleIds(): ReadonlySet<string>;
  /** The panel's Back: the browser's Back while that stays in the app, else close the panel. */
  goBack(): void;
  /** Present mode: the map's paint for this screen and chapter (null: leave Present's paint). */
  setPresentMap(state: PresentMapState | null): void;
  /** Present mode: a camera move in legs, framed beside the card. */
  movePresent(move: Omit<PresentMove, 'seq'>): void;
  /** Present mode: what a tap on the map touched (it is named, never selected). */
  tapped: Accessor<{ id: string; seq: number } | undefined>;
}

export const Ctx = createContext<AppContext>();

export function useApp(): AppContext {
  const c = useContext(Ctx);
  if (!c) throw new Error('useApp outside <Ctx.Provider>');
  return c;
}
