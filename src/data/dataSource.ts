// Where the app's data comes from in the web build: static files of the build, fetched at start (in
// parallel with the map chunk, from the preloads in index.html) and checked against the schemas in a
// worker, off the main thread. The single-file kiosk build swaps this module for dataSource.inline.ts.
import { APP_FILES, MAP_FILES, type AppFileKey } from './dataFiles.ts';
import type { ParseResult, RawFiles } from './appData.ts';
import type { MapSources } from '../geo/mapData.ts';

/** 0–1, or null while nothing is known. */
export type OnProgress = (fraction: number) => void;

async function fetchText(url: string, onFraction: (f: number) => void): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  // Content-Length counts compressed bytes when the server compresses: only trust it when it doesn't.
  const length = res.headers.get('content-encoding') ? 0 : Number(res.headers.get('content-length') ?? 0);
  if (!res.body || !length) {
    const text = await res.text();
    onFraction(1);
    return text;
  }
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onFraction(Math.min(1, loaded / length));
  }
  return new TextDecoder().decode(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

export async function loadAppData(onProgress: OnProgress): Promise<ParseResult> {
  const keys = Object.keys(APP_FILES) as AppFileKey[];
  const fractions = new Map<AppFileKey, number>(keys.map((k) => [k, 0]));
  const report = () => onProgress([...fractions.values()].reduce((a, b) => a + b, 0) / keys.length);
  const errors: string[] = [];
  const texts = await Promise.all(keys.map(async (k) => {
    try {
      return await fetchText(APP_FILES[k], (f) => { fractions.set(k, f); report(); });
    } catch (e) {
      errors.push(`${APP_FILES[k]}: -: -: could not be loaded (${(e as Error).message})`);
      return '';
    }
  }));
  if (errors.length > 0) return { ok: false, errors };
  const raw = Object.fromEntries(keys.map((k, i) => [k, texts[i]!])) as unknown as RawFiles;
  return parseOffMainThread(raw);
}

function parseOffMainThread(raw: RawFiles): Promise<ParseResult> {
  const onMain = () => import('./appData.ts').then((m) => m.parseAppData(raw));
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./parse.worker.ts', import.meta.url), { type: 'module' });
    } catch {
      resolve(onMain());
      return;
    }
    worker.onmessage = (e: MessageEvent<ParseResult>) => { worker.terminate(); resolve(e.data); };
    // A worker that cannot start (old browser, strict policy) must not leave the app waiting.
    worker.onerror = (e) => { e.preventDefault(); worker.terminate(); resolve(onMain()); };
    worker.postMessage(raw);
  });
}

/** The map's sources as absolute URLs (MapLibre's worker resolves relative ones against itself). */
export function mapSources(): MapSources {
  return Object.fromEntries(Object.entries(MAP_FILES).map(([k, p]) => [k, new URL(p, document.baseURI).href])) as MapSources;
}
