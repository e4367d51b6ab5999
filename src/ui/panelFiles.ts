// A panel file (src/data/panelData.ts: a place's sources, the searches that found no figure) for a
// component that shows it: asked for (once, app-wide) only while the component wants it. A file that
// cannot be loaded is said so by the component (`failed`); the rest of the panel stands.
import { createEffect, createSignal, type Accessor } from 'solid-js';
import { loadPanelFile } from '../data/panelData.ts';
import type { PanelFileKey } from '../data/dataFiles.ts';
import type { PanelFiles } from '../data/panelDataCheck.ts';

export interface PanelFile<T> {
  /** The checked file, once loaded. */
  value: Accessor<T | undefined>;
  /** It could not be loaded or failed its check (asked again when wanted again). */
  failed: Accessor<boolean>;
}

export function usePanelFile<K extends PanelFileKey>(key: K, wanted: Accessor<boolean> = () => true): PanelFile<PanelFiles[K]> {
  const [value, setValue] = createSignal<PanelFiles[K]>();
  const [failed, setFailed] = createSignal(false);
  createEffect(() => {
    if (!wanted() || value()) return;
    setFailed(false);
    loadPanelFile(key).then(
      (v) => setValue(() => v),
      (e: unknown) => {
        console.warn(String((e as Error)?.message ?? e));
        setFailed(true);
      },
    );
  });
  return { value, failed };
}
