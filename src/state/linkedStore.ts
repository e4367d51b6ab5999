// The app's store as the link drives it: the hash history, the browser's language, and which ids and
// filter values a link may name (anything else is dropped and named in the notice).
import type { AppData } from '../data/appData.ts';
import type { LinkGraph } from '../plan/linkGraph.ts';
import { KIND_IDS, GROUP_IDS } from '../plan/kinds.ts';
import { createAppStore, type AppStore } from './appStore.ts';
import type { UrlKey } from './urlKeys.ts';
import type { HashHistory } from './hashHistory.ts';
import { defaultLang } from '../i18n/index.ts';

export function createLinkedStore(data: AppData, graph: LinkGraph, hist: HashHistory): AppStore {
  const placeIds = new Set(data.places.map((f) => f.properties.id));
  const corridorIds = new Set(data.corridors.map((f) => f.properties.id));
  const knownValues: Partial<Record<UrlKey, ReadonlySet<string>>> = {
    kinds: new Set(KIND_IDS),
    groups: new Set(GROUP_IDS),
    actions: new Set(data.plan.actions.map((a) => a.id)),
    districts: new Set([...data.districts.features.map((f) => f.properties.name_zh), ...data.places.flatMap((f) => f.properties.district ?? [])]),
    units: new Set(data.plan.units.map((u) => u.id)),
  };
  return createAppStore({
    initialHash: location.hash,
    defaultLang: defaultLang(navigator.languages ?? [navigator.language]),
    isKnown: (key, v) =>
      key === 'select' ? placeIds.has(v) || corridorIds.has(v) : key === 'focus' ? graph.focus(v) !== undefined : (knownValues[key]?.has(v) ?? true),
    writeHash: (hash, how) => hist.write(hash, how),
    readHash: () => hist.read(),
    listenHash: (cb) => hist.listen(cb),
  });
}
