// The files only a panel reads (PANEL_FILES: a place's sources and notes, the searches that found no
// figure), fetched once, when a panel first needs one — not at first load. Like the app's files
// (dataSource.ts): bytes with the digest the build recorded are the file it checked and are read as
// they are; any others go through the schemas (panelDataCheck.ts, zod: a chunk of its own), which
// refuse them naming file, id and field. A failure rejects, and the panel says so (the rest of it
// stands); asked again the next time a panel wants the file.
// The single-file kiosk build swaps this module for panelData.inline.ts (file:// has no fetch).
import { PANEL_FILES, type PanelFileKey } from './dataFiles.ts';
import DIGESTS from 'virtual:hub-data-digests';
import { sha256 } from './checkedByBuild.ts';
import type { PanelFiles } from './panelDataCheck.ts';

const pending = new Map<PanelFileKey, Promise<unknown>>();

async function fetchChecked<K extends PanelFileKey>(key: K): Promise<PanelFiles[K]> {
  const path = PANEL_FILES[key];
  const res = await fetch(path);
  if (!res.ok) throw new Error(`${path}: -: -: could not be loaded (HTTP ${res.status})`);
  const bytes = new Uint8Array(await res.arrayBuffer());
  const text = new TextDecoder().decode(bytes);
  const want = (DIGESTS as Record<string, string>)[path];
  if (want && (await sha256(bytes).catch(() => null)) === want) return JSON.parse(text) as PanelFiles[K];
  const { checkPanelFile } = await import('./panelDataCheck.ts');
  return checkPanelFile(key, text);
}

/** A panel file, checked; fetched once (again after a failure). */
export function loadPanelFile<K extends PanelFileKey>(key: K): Promise<PanelFiles[K]> {
  let p = pending.get(key) as Promise<PanelFiles[K]> | undefined;
  if (!p) {
    p = fetchChecked(key).catch((e: unknown) => {
      pending.delete(key);
      throw e;
    });
    pending.set(key, p);
  }
  return p;
}
