// The kiosk build's panel files (file:// has no fetch): each comes in a chunk of its own, still only
// when a panel first needs it, and is checked against its schema as the kiosk checks all its data.
// Same interface as panelData.ts, which it replaces there.
import type { PanelFileKey } from './dataFiles.ts';
import type { PanelFiles } from './panelDataCheck.ts';

const TEXTS: Record<PanelFileKey, () => Promise<{ default: string }>> = {
  placeSources: () => import('../../data/place-sources.json?raw'),
  searches: () => import('../../data/searches.json?raw'),
};

const pending = new Map<PanelFileKey, Promise<unknown>>();

export function loadPanelFile<K extends PanelFileKey>(key: K): Promise<PanelFiles[K]> {
  let p = pending.get(key) as Promise<PanelFiles[K]> | undefined;
  if (!p) {
    p = Promise.all([TEXTS[key](), import('./panelDataCheck.ts')]).then(([text, check]) => check.checkPanelFile(key, text.default));
    pending.set(key, p);
  }
  return p;
}
