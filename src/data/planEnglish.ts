// The plan's English translation (unofficial; the Chinese text is authoritative), fetched once when an
// English reader first needs it: a static file of the build, not preloaded, not in the first-load code.
// The single-file kiosk build swaps this module for planEnglish.inline.ts (file:// has no fetch).
import { PLAN_EN_FILE } from './dataFiles.ts';

let pending: Promise<string[]> | undefined;

/** The English lines, index 0 = line 1 (the same numbering as the Chinese seed). */
export function loadPlanEnglish(): Promise<string[]> {
  pending ??= fetch(PLAN_EN_FILE)
    .then((res) => {
      if (!res.ok) throw new Error(`${PLAN_EN_FILE}: HTTP ${res.status}`);
      return res.text();
    })
    .then((text) => text.replace(/\r\n?/g, '\n').split('\n'))
    .catch((e: unknown) => {
      pending = undefined; // asked again next time
      throw e;
    });
  return pending;
}
