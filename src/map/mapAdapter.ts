// The app's map: wires the app's signals to the map started by src/map/mapStart.ts. Each feature has its
// module — state on our layers (styleState.ts), the overlays (overlays.ts), clicks and tips (mapPointer.ts),
// the camera (mapCamera.ts), the basemap (basemapSwitch.ts) — whose decisions live in src/map/core/
// (pure, tested in Node); this file assembles them. It never reaches back into the UI except through
// the callbacks.
import { createEffect, on } from 'solid-js';
import type { Bounds } from '../geo/bounds.ts';
import { posterSnapshot, sheetSnapshot, type PosterMap } from './posterSnapshot.ts';
import { createMapProbe } from './mapProbe.ts';
import { exposeTestHooks } from '../testHooks.ts';
import type { StateIds } from './core/featureStates.ts';
import type { MapStart } from './mapStart.ts';
import type { MapCallbacks, MapInputs } from './mapTypes.ts';
import { createAfterPaint } from './afterPaint.ts';
import { createStyleState } from './styleState.ts';
import { createOverlays } from './overlays.ts';
import { bindMapPointer } from './mapPointer.ts';
import { bindMapCamera } from './mapCamera.ts';
import { bindControlNames } from './controlNames.ts';
import { createBasemapSwitch } from './basemapSwitch.ts';

export { startMap, type MapStart } from './mapStart.ts';
export type { CameraRequest, MapCallbacks, MapInputs } from './mapTypes.ts';

/** Ids the adapter sets feature state on (the sources themselves may be URLs it never sees parsed). */
export type MapStateIds = StateIds;

export interface MapHandle {
  destroy(): void;
  /** The map for the poster: widened to `extent` (and the view), at print resolution, with its scale. */
  posterMap(pixelRatio: number, extent: Bounds | null): Promise<PosterMap>;
  /** The map for a printed sheet: exactly `extent`, in a box of the size it has on paper (CSS px), at print resolution. */
  sheetMap(width: number, height: number, pixelRatio: number, extent: Bounds): Promise<PosterMap>;
}

export function mountMap(start: MapStart, ids: MapStateIds, inputs: MapInputs, cb: MapCallbacks): MapHandle {
  const { map, container, data } = start;
  if (start.loaded()) queueMicrotask(() => cb.onLoad());
  else map.once('load', () => cb.onLoad());

  // True once our sources exist in the current style; false from a setStyle until its 'style.load'.
  let styleReady = false;
  const ready = () => styleReady;
  const basemap = createBasemapSwitch(map, data, inputs.lang, cb, () => (styleReady = false));
  const overlays = createOverlays(map, inputs, ready, basemap.builtIn, cb.onUserLayerDrawn);
  const unbindPointer = bindMapPointer(map, { user: overlays.user, institutions: overlays.institutions }, inputs, cb);
  const onMoveEnd = () => {
    const c = map.getCenter();
    cb.onView({ lon: c.lng, lat: c.lat, zoom: map.getZoom() });
  };
  map.on('moveend', onMoveEnd);

  const afterPaint = createAfterPaint(map, container);
  const styleState = createStyleState(map, ids, inputs, ready, afterPaint);
  const applyAll = () => {
    styleReady = true;
    styleState.applyAll();
    overlays.redraw();
  };
  map.on('style.load', applyAll);
  // The map may have loaded its style before the app was wired to it.
  if (start.styleLoaded()) applyAll();

  bindControlNames(container, inputs.controlNames);
  bindMapCamera(map, container, inputs.camera, cb.onView, afterPaint);
  map.on('style.load', basemap.styleLoaded);
  createEffect(on(inputs.basemap, basemap.request));

  // Read-only probe for the browser tests (src/testHooks.ts): dropped from a build without the flag.
  if (import.meta.env.VITE_TEST_HOOKS === '1') exposeTestHooks({ map: createMapProbe(map, () => overlays.user.rendered()) });

  return {
    destroy() {
      basemap.destroy();
      unbindPointer();
      map.off('moveend', onMoveEnd);
      map.off('style.load', applyAll);
      map.off('style.load', basemap.styleLoaded);
      map.remove();
    },
    posterMap(pixelRatio, extent) {
      return posterSnapshot(map, pixelRatio, extent);
    },
    sheetMap(width, height, pixelRatio, extent) {
      return sheetSnapshot(map, { width, height, pixelRatio, extent });
    },
  };
}
