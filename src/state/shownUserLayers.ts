// The user's own layers (kept in IndexedDB) are drawn in Districts mode; their store is loaded with that
// mode, not at start.
import { createEffect, createMemo, type Accessor } from 'solid-js';
import type { UserLayerView } from '../map/userLayersOnMap.ts';
import type { AppStore } from './appStore.ts';
import { createChunkLoader } from './chunkLoader.ts';

// Its chunk is also the Districts screen's: when it cannot be loaded, that screen says so.
const userLayerStore = createChunkLoader('userLayers', () => import('./userLayers.ts'));

/** `retry`: read when a load failed, so that its change (the Districts screen loaded after all) tries again. */
export function createShownUserLayers(
  store: AppStore,
  retry: () => unknown = () => undefined,
): {
  /** The layers the map draws now (none outside Districts). */
  shown: Accessor<readonly UserLayerView[]>;
  /** A user point was clicked (null: a click elsewhere). */
  pick(hit: { layerId: string; index: number } | null): void;
} {
  const module = userLayerStore.module;
  createEffect(() => {
    if (store.state.mode === 'districts' && !module()) {
      retry();
      void userLayerStore.get().then((m) => m?.loadUserLayers());
    }
  });
  return {
    shown: createMemo(() => {
      const m = module();
      return m && store.state.mode === 'districts' ? m.userLayers().map((l) => ({ id: l.id, color: l.color, visible: l.visible, data: l.features })) : [];
    }),
    pick: (hit) => module()?.pickUserPoint(hit),
  };
}
