// What every component may read: the data, the link graph and the store.
import { createContext, useContext } from 'solid-js';
import type { AppData, PlaceFeature, CorridorFeature } from '../data/appData.ts';
import type { LinkGraph } from '../plan/linkGraph.ts';
import type { AppStore } from '../state/appStore.ts';
import type { Bilingual } from '../data/planSchema.ts';

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
}

export const Ctx = createContext<AppContext>();

export function useApp(): AppContext {
  const c = useContext(Ctx);
  if (!c) throw new Error('useApp outside <Ctx.Provider>');
  return c;
}
