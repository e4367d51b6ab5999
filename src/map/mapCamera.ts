// The camera's one channel: frame a box, go to a view, or Present's legs. src/map/core/frame.ts decides
// how (fly, jump, fit after the panel's paint); this moves the map.
import * as maplibregl from 'maplibre-gl';
import { createEffect, on, type Accessor } from 'solid-js';
import type { View } from '../state/urlState.ts';
import { FRAME_MAX_ZOOM, flyDecision, frameBox, frameDecision, framePadding } from './core/frame.ts';
import { createPresentCamera } from './presentCamera.ts';
import type { AfterPaint } from './afterPaint.ts';
import type { CameraRequest } from './mapTypes.ts';

export function bindMapCamera(
  map: maplibregl.Map,
  container: HTMLElement,
  camera: Accessor<CameraRequest | undefined>,
  onView: (v: View) => void,
  afterPaint: AfterPaint,
): void {
  const reduceMotion = () => matchMedia('(prefers-reduced-motion: reduce)').matches;
  const presentCamera = createPresentCamera(map);
  const goTo = (c: Extract<CameraRequest, { kind: 'view' }>) => {
    const fly = flyDecision(c, reduceMotion());
    // The link follows the camera's destination at once, so a reload mid-flight lands there too.
    onView(fly.view);
    map.flyTo({ center: c.center, zoom: c.zoom, duration: fly.duration, essential: false });
  };
  const frameTo = (req: Extract<CameraRequest, { kind: 'frame' }>) => {
    const box = frameBox(req.bounds);
    const padding = framePadding(container.clientWidth, container.clientHeight);
    const target = map.cameraForBounds(box, { padding, maxZoom: FRAME_MAX_ZOOM });
    const here = map.getCenter();
    const { view, fit } = frameDecision({
      instant: Boolean(req.instant),
      box,
      padding,
      reduceMotion: reduceMotion(),
      target: target?.center ? { center: maplibregl.LngLat.convert(target.center).toArray(), zoom: target.zoom } : undefined,
      here: { center: [here.lng, here.lat], zoom: map.getZoom() },
    });
    if (view) onView(view);
    if (!fit) return;
    const move = () => map.fitBounds(fit.box, { padding: fit.padding, maxZoom: fit.maxZoom, duration: fit.duration });
    if (fit.afterPaint) afterPaint(move);
    else move();
  };
  createEffect(
    on(
      camera,
      (c) => {
        if (!c) return;
        if (c.kind === 'frame') frameTo(c);
        else if (c.kind === 'view') goTo(c);
        else presentCamera.run(c, reduceMotion());
      },
      { defer: true },
    ),
  );
}
