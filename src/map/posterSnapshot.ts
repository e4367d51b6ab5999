// The poster's map: the current view widened to the full extent of what is shown (so a corridor to
// Hong Kong is never cut), re-rendered at print resolution, then the screen's camera and pixel ratio
// restored. Also says how many metres one image pixel spans, for the poster's scale bar.
import type { Map as MapLibreMap, LngLatBoundsLike, CameraOptions } from 'maplibre-gl';
import type { Bounds } from '../geo/bounds.ts';

export interface PosterMap {
  canvas: HTMLCanvasElement;
  /** Ground metres per image pixel at the image's centre (Web Mercator). */
  metresPerPixel: number;
}

const EARTH_CIRCUMFERENCE_M = 40_075_016.686;

/** Metres per CSS pixel at a latitude and zoom (512 px tiles, as MapLibre). Pure. */
export function metresPerCssPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** `camera`: where to draw from instead (the sheet's framing); the screen's camera is restored after. */
export async function posterSnapshot(map: MapLibreMap, pixelRatio: number, extent: Bounds | null, camera?: CameraOptions): Promise<PosterMap> {
  const screenRatio = map.getPixelRatio();
  const before = { center: map.getCenter(), zoom: map.getZoom(), bearing: map.getBearing(), pitch: map.getPitch() };
  const canvas = map.getCanvas();
  // WebGL canvases have a size limit; 4096 px on the long side is safe on every GPU we target.
  const longSide = Math.max(canvas.clientWidth, canvas.clientHeight) || 1;
  const ratio = Math.max(1, Math.min(pixelRatio, 4096 / longSide));
  try {
    if (camera) map.jumpTo(camera);
    else if (extent) {
      const v = map.getBounds();
      const [w, s, e, n] = [
        Math.min(extent[0], v.getWest()),
        Math.min(extent[1], v.getSouth()),
        Math.max(extent[2], v.getEast()),
        Math.max(extent[3], v.getNorth()),
      ];
      const pad = Math.round(Math.min(canvas.clientWidth, canvas.clientHeight) * 0.04);
      const cam = map.cameraForBounds(
        [
          [w, s],
          [e, n],
        ] as LngLatBoundsLike,
        { padding: pad },
      );
      if (cam) map.jumpTo(cam);
    }
    map.setPixelRatio(ratio);
    await new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
    // The map's drawing buffer is not preserved (keeping it costs every frame a copy in software WebGL):
    // read it in the task that drew it, on the 'render' of one more frame.
    const out = document.createElement('canvas');
    await new Promise<void>((resolve) => {
      map.once('render', () => {
        out.width = canvas.width;
        out.height = canvas.height;
        out.getContext('2d')!.drawImage(canvas, 0, 0);
        resolve();
      });
      map.triggerRepaint();
    });
    return { canvas: out, metresPerPixel: metresPerCssPixel(map.getCenter().lat, map.getZoom()) / ratio };
  } finally {
    map.setPixelRatio(screenRatio);
    map.jumpTo(before);
  }
}

/**
 * The map for a printed sheet (the one-page brief): `extent` framed exactly in a box of `width` × `height`
 * CSS pixels — the size the map has on paper, so labels print at their screen size — drawn at `pixelRatio`
 * (≈300 dpi), then the container, the camera and the pixel ratio restored. Unlike the poster it is not
 * widened to the view: the box is the subject's.
 */
export async function sheetSnapshot(map: MapLibreMap, opts: { width: number; height: number; pixelRatio: number; extent: Bounds }): Promise<PosterMap> {
  const container = map.getContainer();
  const before = { width: container.style.width, height: container.style.height };
  const w = Math.max(1, Math.round(opts.width));
  const h = Math.max(1, Math.round(opts.height));
  container.style.width = `${w}px`;
  container.style.height = `${h}px`;
  map.resize();
  try {
    const [west, south, east, north] = opts.extent;
    const pad = Math.round(Math.min(w, h) * 0.05);
    // Not closer than the app frames a single place: a place is shown with its surroundings.
    const cam = map.cameraForBounds(
      [
        [west, south],
        [east, north],
      ] as LngLatBoundsLike,
      { padding: pad, maxZoom: 12.5 },
    );
    return await posterSnapshot(map, opts.pixelRatio, null, cam ?? undefined);
  } finally {
    container.style.width = before.width;
    container.style.height = before.height;
    map.resize();
  }
}
