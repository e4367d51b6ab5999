// The built-in data files are checked against the app's schemas when the app is built
// (scripts/lib/hubData.ts), and the build records each file's SHA-256. A file whose bytes still have
// that digest is the very file that passed, so the browser reads it as is instead of running the
// schemas again on every start; any other bytes (edited on the server, a broken download, a build
// without digests, a page without Web Crypto outside a secure context) go through the full check,
// which refuses them with file / id / field messages. The build also makes sure the check's output
// equals the file, so both ways give the same data.
import type { ParseResult, RawFiles } from './appData.ts';
import { assembleAppData } from './assembleAppData.ts';

/** Base64 SHA-256 of the bytes, or null where Web Crypto is not available (not a secure context). */
export async function sha256(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as BufferSource));
  let s = '';
  for (const b of digest) s += String.fromCharCode(b);
  return btoa(s);
}

/** Whether every file's bytes carry the digest the build recorded for its path. */
export async function checkedByBuild(files: ReadonlyMap<string, Uint8Array>, digests: Readonly<Record<string, string>>): Promise<boolean> {
  if (files.size === 0) return false;
  for (const [path, bytes] of files) {
    const want = digests[path];
    if (!want || (await sha256(bytes)) !== want) return false;
  }
  return true;
}

/** Files the build checked, read without the schemas; null if one is not JSON after all. */
export function readChecked(raw: RawFiles): ParseResult | null {
  try {
    return {
      ok: true,
      data: assembleAppData({
        plan: JSON.parse(raw.plan),
        places: JSON.parse(raw.places),
        corridors: JSON.parse(raw.corridors),
        districts: JSON.parse(raw.districts),
        outcomes: JSON.parse(raw.outcomes),
        seed: raw.seed,
      }),
    };
  } catch {
    return null;
  }
}
