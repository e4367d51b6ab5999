// The map's own files (MAP_FILES) reach MapLibre's worker through the page: the page fetches each —
// with the fetch a service worker answers offline — and hands it to the map as a data: URL, which the
// worker reads and parses itself without any network. A worker's own fetch of the file does not reach
// the service worker in WebKit: a second visit with no network drew no places there (issue 20).
// Not a MapLibre protocol handing the worker parsed objects: that parses each file on the page's main
// thread and copies it to the worker there (first idle 1.37–1.38 × the bare page's against 1.15 ×
// before, in two runs of bench:load). index.html preloads the files; the fetches start with the shell
// (src/data/dataSource.ts), so the data: URLs are ready when the map's code arrives and starts the map.
import type { MapSources } from '../geo/mapData.ts';
import { MAP_FILES } from './dataFiles.ts';

/** A file's bytes as a data: URL (encoded by the browser, not by script). */
async function asDataUrl(url: string): Promise<string> {
  const res = await fetch(url);
  if (!res.ok) throw new Error(`${url}: HTTP ${res.status}`);
  const bytes = await res.blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(bytes);
  });
}

/**
 * The map's sources: each file as a data: URL of what the page fetched. A file the page cannot fetch
 * keeps its URL (absolute: MapLibre's worker resolves a relative one against itself), which the worker
 * then tries, and says so if that fails, as it always did.
 */
export async function fetchMapFiles(baseUri: string): Promise<MapSources> {
  const entries = await Promise.all(
    Object.entries(MAP_FILES).map(async ([name, path]) => {
      const url = new URL(path, baseUri).href;
      return [name, await asDataUrl(url).catch(() => url)] as const;
    }),
  );
  return Object.fromEntries(entries) as MapSources;
}
