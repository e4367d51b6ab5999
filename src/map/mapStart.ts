// The map, drawing from the first moment: created from the map's own files before the app's data is
// checked (mountMap wires the app to it later), with its controls and the marks the bench reads.
import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { Lang, View } from '../state/urlState.ts';
import type { MapSources } from '../geo/mapData.ts';
import { GUANGZHOU_BOUNDS } from '../geo/bounds.ts';
import { prebuiltGlyphs } from './prebuiltGlyphs.ts';
import { adoptEarlyWorker } from './earlyWorker.ts';
import { offlineStyle } from './style.ts';
import { FRAME_MAX_ZOOM, frameBox, framePadding } from './core/frame.ts';

maplibregl.setWorkerUrl(workerUrl);
// The worker the shell started (src/map/earlyWorker.ts) becomes MapLibre's, before any map exists.
adoptEarlyWorker(() => maplibregl.prewarm());

/**
 * Which characters MapLibre draws with the browser's fonts. On the built-in map with the build's glyph
 * file, none (CJK too comes from the file); the street map's glyph server has no CJK, so those are drawn
 * locally there (MapLibre's default).
 */
export const glyphDrawing = (basemap: 'offline' | 'online'): { localIdeographFontFamily: string | false } => ({
  localIdeographFontFamily: basemap === 'offline' && prebuiltGlyphs() ? false : 'sans-serif',
});

/** A map drawing before the app is wired to it (see startMap). */
export interface MapStart {
  readonly map: maplibregl.Map;
  readonly container: HTMLElement;
  readonly data: MapSources;
  /** Set once the first style and every source have loaded ('load'), and once the style is in ('style.load'). */
  readonly loaded: () => boolean;
  readonly styleLoaded: () => boolean;
  /** Removes a map no app was wired to (the data failed: the page shows why instead). */
  readonly stop: () => void;
}

/**
 * Creates the map and starts drawing at once: it needs none of the app's parsed data (its sources are
 * the map's own files, which the page fetched for its worker from the start: src/data/mapFiles.ts), so
 * it starts beside the app data's checks instead of after them. Without a view, it opens on the whole
 * city as the app frames it. mountMap wires the app to it later.
 */
export async function startMap(container: HTMLElement, sources: MapSources | Promise<MapSources>, initial: { view?: View; lang: Lang }): Promise<MapStart> {
  const data = await sources;
  const map = new maplibregl.Map({
    container,
    style: offlineStyle(data, initial.lang, prebuiltGlyphs()),
    ...(initial.view
      ? { center: [initial.view.lon, initial.view.lat] as [number, number], zoom: initial.view.zoom }
      : {
          bounds: frameBox(GUANGZHOU_BOUNDS),
          fitBoundsOptions: { padding: framePadding(container.clientWidth, container.clientHeight), maxZoom: FRAME_MAX_ZOOM },
        }),
    attributionControl: { compact: true },
    // Sharp on 4K screens without drawing 4× the pixels.
    pixelRatio: Math.min(window.devicePixelRatio || 1, 2),
    dragRotate: false,
    ...glyphDrawing('offline'),
  });
  map.touchZoomRotate.disableRotation();
  map.addControl(new maplibregl.NavigationControl({ showCompass: false }), 'bottom-right');
  map.addControl(new maplibregl.ScaleControl({ unit: 'metric' }), 'bottom-left');

  let loaded = false;
  let styleLoaded = false;
  let firstIdle = true;
  map.once('render', () => performance.mark('map-first-render'));
  map.once('load', () => {
    loaded = true;
    performance.mark('map-load');
  });
  map.once('style.load', () => {
    styleLoaded = true;
  });
  map.on('idle', () => {
    if (firstIdle) {
      firstIdle = false;
      performance.mark('map-first-idle');
    }
    container.dataset.idle = 'true';
  });
  map.on('render', () => {
    container.dataset.idle = 'false';
  });
  return { map, container, data, loaded: () => loaded, styleLoaded: () => styleLoaded, stop: () => map.remove() };
}
