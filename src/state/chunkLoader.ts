// The code of a screen loaded when first needed (a chunk), so that a failure is a state the screen
// shows, never an uncaught error or a blank panel: a load is tried again a few times (a network blip
// on a first visit), a load that still fails says so, and a later request tries afresh (the network
// may be back). A chunk the server no longer has (404: a deploy replaced the version this tab runs)
// is told apart: a reload gives the new version.
import { createSignal, type Accessor } from 'solid-js';

/** 'failed': the network (or the server) did not give it; 'gone': the server no longer has it. */
export type LoadFailure = 'failed' | 'gone';

/** Waits between tries: four tries in about six seconds. */
export const RETRY_WAITS: readonly number[] = [400, 1500, 4000];

/**
 * `load()`, tried again after each of `waits` while it fails; `beforeRetry` runs before each new try
 * (a failure there counts as a failed try). Rejects with the last error.
 */
export async function withRetries<T>(
  load: () => Promise<T>,
  opts: { waits?: readonly number[]; sleep?: (ms: number) => Promise<void>; beforeRetry?: () => Promise<void> | void } = {},
): Promise<T> {
  const waits = opts.waits ?? RETRY_WAITS;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  let last: unknown;
  for (let i = 0; i <= waits.length; i++) {
    try {
      if (i > 0) {
        await sleep(waits[i - 1]!);
        await opts.beforeRetry?.();
      }
      return await load();
    } catch (e) {
      last = e;
    }
  }
  throw last;
}

/**
 * The script or stylesheet a failed load names, as an absolute URL. Chromium: "Failed to fetch
 * dynamically imported module: <url>"; Firefox: "error loading dynamically imported module: <url>";
 * Vite: "Unable to preload CSS for assets/x.css". WebKit names none.
 */
export function urlInError(e: unknown, base: string): string | undefined {
  const msg = String((e as Error | null)?.message ?? e ?? '');
  const m = /((?:https?:\/\/|\.{0,2}\/)?[^\s'"()<>]+\.(?:m?js|css))(?:[?#][^\s'"()<>]*)?/.exec(msg);
  if (!m) return undefined;
  try {
    return new URL(m[0], base).href;
  } catch {
    return undefined;
  }
}

/** Why a load failed: asks the server for the file again (`status`: its HTTP status, undefined when no answer). */
export async function failureOf(e: unknown, base: string, status: (url: string) => Promise<number | undefined>): Promise<LoadFailure> {
  const url = urlInError(e, base);
  if (!url) return 'failed';
  const s = await status(url).catch(() => undefined);
  return s === 404 || s === 410 ? 'gone' : 'failed';
}

// --- stylesheets --------------------------------------------------------------------------------
// A screen's stylesheet is added by Vite's preload as a <link>; one that failed is not added again by
// a later import (Vite remembers it, and the screen would come without its styles), so it is replaced
// here before each try; while it still fails, the try fails.
const failedSheets = new Set<HTMLLinkElement>();
let watching = false;
function watchStylesheets(): void {
  if (watching || typeof document === 'undefined') return;
  watching = true;
  document.addEventListener(
    'error',
    (e) => {
      const el = e.target;
      if (el instanceof HTMLLinkElement && el.rel === 'stylesheet') failedSheets.add(el);
    },
    true,
  );
}
async function reloadFailedStylesheets(): Promise<void> {
  const links = [...failedSheets];
  failedSheets.clear();
  await Promise.all(
    links.map(
      (old) =>
        new Promise<void>((resolve, reject) => {
          const fresh = old.cloneNode() as HTMLLinkElement;
          fresh.addEventListener('load', () => resolve());
          fresh.addEventListener('error', () => reject(new Error(`Unable to load CSS ${old.href}`)));
          old.replaceWith(fresh);
        }),
    ),
  );
}

const httpStatus = async (url: string): Promise<number | undefined> => (await fetch(url, { method: 'HEAD', cache: 'no-store' })).status;

export interface ChunkLoader<T> {
  readonly name: string;
  /** The module, once loaded. */
  module: Accessor<T | undefined>;
  /** Why the last load failed (undefined while loading again, or when it did not fail). */
  failure: Accessor<LoadFailure | undefined>;
  /** Loads the module (again, after a failure); undefined when it cannot. Never rejects. */
  get(): Promise<T | undefined>;
}

/** A chunk loaded on demand (`load` is a dynamic import). Marks `chunk-ready:<name>` / `chunk-failed:<name>`. */
export function createChunkLoader<T>(name: string, load: () => Promise<T>): ChunkLoader<T> {
  watchStylesheets();
  const [module, setModule] = createSignal<T>();
  const [failure, setFailure] = createSignal<LoadFailure>();
  let pending: Promise<T | undefined> | undefined;
  const get = (): Promise<T | undefined> => {
    const m = module();
    if (m) return Promise.resolve(m);
    pending ??= (async () => {
      setFailure(undefined);
      try {
        // Before each try, stylesheets that failed earlier (a prefetch in a network blip) are loaded again.
        const loaded = await withRetries(async () => {
          await reloadFailedStylesheets();
          return load();
        });
        setModule(() => loaded);
        performance.mark(`chunk-ready:${name}`);
        return loaded;
      } catch (e) {
        setFailure(await failureOf(e, document.baseURI, httpStatus));
        performance.mark(`chunk-failed:${name}`);
        return undefined;
      } finally {
        pending = undefined;
      }
    })();
    return pending;
  };
  return { name, module, failure, get };
}
