// The map's GeoJSON files reach MapLibre's worker through the page: the page fetches each file — with
// the fetch a service worker answers offline — and hands it to MapLibre as a data: URL, which the
// worker reads and parses itself without any network. A worker's own fetch of the file does not reach
// the service worker in WebKit: a second visit with no network drew no places there (issue 20).
// Not a MapLibre protocol handing the worker parsed objects: that parses each file on the page's main
// thread and copies it to the worker there (~0.2 × the bare page's first idle on this machine, where
// this way costs next to nothing). index.html preloads the files, so they are here when the map starts.
import type { MapSources } from '../geo/mapData.ts';

/** A file's bytes as a data: URL (encoded by the browser, off the page's script). */
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
 * The sources with every file URL replaced by its bytes as a data: URL. A file the page cannot fetch
 * keeps its URL: MapLibre's worker tries it, and says so if it fails, as it always did.
 */
export async function viaPage(sources: MapSources): Promise<MapSources> {
  const entries = await Promise.all(Object.entries(sources).map(async ([name, src]) =>
    [name, typeof src === 'string' ? await asDataUrl(src).catch(() => src) : src] as const));
  return Object.fromEntries(entries) as MapSources;
}
