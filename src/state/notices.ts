// The app's passing messages, each dismissible: the street map's troubles, a failed export, code that
// could not be loaded, a new version waiting, "ready offline", and the map's own state (loading, failed). Set by the map's
// callbacks and the service worker; shown by ui/Notices.tsx and ui/MapArea.tsx.
import { createSignal, type Accessor } from 'solid-js';
import type { LoadFailure } from './chunkLoader.ts';

/** Code the user asked for that could not be loaded (a screen's own failure shows in the screen). */
export interface LoadFailedNotice {
  what: 'poster';
  failure: LoadFailure;
}

export type MapStage = 'engine' | 'drawing' | 'ready' | 'failed';

export interface Notices {
  /** The street map fell back to the built-in map ('timeout': it did not answer). */
  basemapError: Accessor<'failed' | 'timeout' | undefined>;
  basemapLoading: Accessor<boolean>;
  /** The street map loaded, but some of its tiles, sprites or glyphs did not. */
  basemapPartial: Accessor<boolean>;
  /** Why the last export failed (the error's own text). */
  exportError: Accessor<string | undefined>;
  loadFailed: Accessor<LoadFailedNotice | undefined>;
  updateReady: Accessor<boolean>;
  offlineReady: Accessor<boolean>;
  /** Where the map is: its engine loading, drawing, ready, or failed (no WebGL). */
  mapStage: Accessor<MapStage>;
  setBasemapError(why: 'failed' | 'timeout' | undefined): void;
  setBasemapLoading(on: boolean): void;
  setBasemapPartial(on: boolean): void;
  setExportError(e: string | undefined): void;
  setLoadFailed(f: LoadFailedNotice | undefined): void;
  setMapStage(s: MapStage): void;
  dismissUpdate(): void;
  /** Registers the service worker once (after the map is up, or has failed); returns nothing twice. */
  startUpdates(): void;
  /** Reload into the waiting version. */
  applyUpdate(): void;
}

/** How long "ready offline" stays on screen. */
const OFFLINE_READY_MS = 8000;

export function createNotices(watch: (hooks: { needRefresh(): void; offlineReady(): void }) => (reload: boolean) => Promise<void>): Notices {
  const [basemapError, setBasemapError] = createSignal<'failed' | 'timeout' | undefined>();
  const [basemapLoading, setBasemapLoading] = createSignal(false);
  const [basemapPartial, setBasemapPartial] = createSignal(false);
  const [exportError, setExportError] = createSignal<string | undefined>();
  const [loadFailed, setLoadFailed] = createSignal<LoadFailedNotice | undefined>();
  const [updateReady, setUpdateReady] = createSignal(false);
  const [offlineReady, setOfflineReady] = createSignal(false);
  const [mapStage, setMapStage] = createSignal<MapStage>('engine');
  let apply: (reload: boolean) => Promise<void> = async () => {};
  let started = false;
  return {
    basemapError,
    basemapLoading,
    basemapPartial,
    exportError,
    loadFailed,
    updateReady,
    offlineReady,
    mapStage,
    setBasemapError,
    setBasemapLoading,
    setBasemapPartial,
    setExportError,
    setLoadFailed,
    setMapStage,
    dismissUpdate: () => setUpdateReady(false),
    startUpdates() {
      if (started) return;
      started = true;
      apply = watch({
        needRefresh: () => setUpdateReady(true),
        offlineReady: () => {
          setOfflineReady(true);
          setTimeout(() => setOfflineReady(false), OFFLINE_READY_MS);
        },
      });
    },
    applyUpdate: () => void apply(true),
  };
}
