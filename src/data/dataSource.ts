// Where the app's data comes from in the web build: static files of the build, fetched at start (in
// parallel with the map chunk, from the preloads in index.html). Files with the digest the build
// recorded are the ones it checked and are read as they are; others are checked against the schemas
// in a worker, off the main thread. The single-file kiosk build swaps this module for dataSource.inline.ts.
import { APP_FILES, type AppFileKey } from './dataFiles.ts';
import { fetchMapFiles } from './mapFiles.ts';
import type { ParseResult, RawFiles } from './appData.ts';
import type { MapSources } from '../geo/mapData.ts';
import DIGESTS from 'virtual:hub-data-digests';
import { checkedByBuild, readChecked } from './checkedByBuild.ts';

/** 0–1, or null while nothing is known. */
export type OnProgress = (fraction: number) => void;

async function fetchBytes(url: string, onFraction: (f: number) => void): Promise<Uint8Array> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
  // Content-Length counts compressed bytes when the server compresses: only trust it when it doesn't.
  const length = res.headers.get('content-encoding') ? 0 : Number(res.headers.get('content-length') ?? 0);
  if (!res.body || !length) {
    const bytes = new Uint8Array(await res.arrayBuffer());
    onFraction(1);
    return bytes;
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
  return new Uint8Array(await new Blob(chunks as BlobPart[]).arrayBuffer());
}

export async function loadAppData(onProgress: OnProgress): Promise<ParseResult> {
  const keys = Object.keys(APP_FILES) as AppFileKey[];
  const fractions = new Map<AppFileKey, number>(keys.map((k) => [k, 0]));
  const report = () => onProgress([...fractions.values()].reduce((a, b) => a + b, 0) / keys.length);
  const errors: string[] = [];
  const bytes = await Promise.all(
    keys.map(async (k) => {
      try {
        return await fetchBytes(APP_FILES[k], (f) => {
          fractions.set(k, f);
          report();
        });
      } catch (e) {
        errors.push(`${APP_FILES[k]}: -: -: could not be loaded (${(e as Error).message})`);
        return new Uint8Array();
      }
    }),
  );
  if (errors.length > 0) return { ok: false, errors };
  const decoder = new TextDecoder();
  const raw = Object.fromEntries(keys.map((k, i) => [k, decoder.decode(bytes[i]!)])) as unknown as RawFiles;
  // The files the build checked are read as they are; anything else is checked here (checkedByBuild.ts).
  const asBuilt = await checkedByBuild(new Map(keys.map((k, i) => [APP_FILES[k], bytes[i]!])), DIGESTS).catch(() => false);
  const read = asBuilt ? readChecked(raw) : null;
  performance.mark('data-check', { detail: read ? 'by-build' : 'in-browser' });
  return read ?? parseOffMainThread(raw);
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
    worker.onmessage = (e: MessageEvent<ParseResult>) => {
      worker.terminate();
      resolve(e.data);
    };
    // A worker that cannot start (old browser, strict policy) must not leave the app waiting.
    worker.onerror = (e) => {
      e.preventDefault();
      worker.terminate();
      resolve(onMain());
    };
    worker.postMessage(raw);
  });
}

/** The map's files, fetched by the page for MapLibre's worker (src/data/mapFiles.ts): started with the shell. */
const mapFiles = fetchMapFiles(document.baseURI);

/** The map's sources, once the page has its files (at once, usually: they were started with the shell). */
export function mapSources(): Promise<MapSources> {
  return mapFiles;
}
