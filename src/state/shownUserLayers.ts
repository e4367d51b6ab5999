// The user's own layers (kept in IndexedDB) are drawn in Districts mode; their store is loaded with that
// mode, not at start.
import { createEffect, createMemo, createSignal, type Accessor } from 'solid-js';
import type { UserLayerView } from '../map/userLayers.ts';
import type { AppStore } from './appStore.ts';

type UserLayerStore = typeof import('./userLayers.ts');

export function createShownUserLayers(store: AppStore): {
  /** The layers the map draws now (none outside Districts). */
  shown: Accessor<readonly UserLayerView[]>;
  /** A user point was clicked (null: a click elsewhere). */
  pick(hit: { layerId: string; index: number } | null): void;
} {
  const [module, setModule] = createSignal<UserLayerStore>();
  createEffect(() => {
    if (store.state.mode === 'districts' && !module()) void import('./userLayers.ts').then((m) => { void m.loadUserLayers(); setModule(m); });
  });
  return {
    shown: createMemo(() => {
      const m = module();
      return m && store.state.mode === 'districts' ? m.userLayers().map((l) => ({ id: l.id, color: l.color, visible: l.visible, data: l.features })) : [];
    }),
    pick: (hit) => module()?.pickUserPoint(hit),
  };
}
