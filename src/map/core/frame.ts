// Framing: a request to show a box (a selection, a focus, a district, the city) becomes a camera move,
// and the view the link should carry at once (so a reload mid-flight lands where the camera was going).
import { atLeast, type Bounds } from '../../geo/bounds.ts';
import type { View } from '../../state/urlState.ts';

/** Framing never goes closer than this (a single place is shown with its surroundings). */
export const FRAME_MAX_ZOOM = 12.5;
/** A framed box is at least this wide and high (degrees), so a single point gets its surroundings. */
const MIN_BOX_DEG = 0.04;
const FLY_MS = 800;

/** Padding around a framed box: a little room at the edges, less on a small map. */
export const framePadding = (width: number, height: number): number => Math.min(80, Math.round(Math.min(width, height) / 8));

export type Box = [[number, number], [number, number]];
export const frameBox = (bounds: Bounds): Box => {
  const [w, s, e, n] = atLeast(bounds, MIN_BOX_DEG);
  return [
    [w, s],
    [e, n],
  ];
};

export interface Camera {
  readonly center: readonly [number, number];
  readonly zoom: number;
}

export interface FrameInput {
  /** Jump instead of flying (the first framing of a load). */
  readonly instant: boolean;
  readonly box: Box;
  readonly padding: number;
  /** Where MapLibre would frame the box (undefined: it cannot, e.g. the padding is wider than the map). */
  readonly target: { readonly center: readonly [number, number]; readonly zoom?: number } | undefined;
  readonly here: Camera;
  readonly reduceMotion: boolean;
}

export interface FrameDecision {
  /** The view to put in the link now (none when MapLibre could not frame the box). */
  readonly view?: View;
  /** The move, or null when the camera is already there. `afterPaint`: wait until the panel has painted. */
  readonly fit: { readonly box: Box; readonly padding: number; readonly maxZoom: number; readonly duration: number; readonly afterPaint: boolean } | null;
}

const same = (a: number, b: number) => Math.abs(a - b) < 1e-9;

export function frameDecision(f: FrameInput): FrameDecision {
  const fit = { box: f.box, padding: f.padding, maxZoom: FRAME_MAX_ZOOM, duration: f.instant || f.reduceMotion ? 0 : FLY_MS, afterPaint: !f.instant };
  if (!f.target) return { fit };
  const [lon, lat] = f.target.center;
  const view: View = { lon, lat, zoom: f.target.zoom ?? f.here.zoom };
  // Already there (the load's first framing of the view the map opened on): a jump would only cost a frame.
  const there = f.instant && same(lon, f.here.center[0]) && same(lat, f.here.center[1]) && same(f.target.zoom ?? NaN, f.here.zoom);
  return { view, fit: there ? null : fit };
}

/** A camera request (Present's chapters before their own camera): fly there, or jump with reduced motion. */
export function flyDecision(req: { readonly center: readonly [number, number]; readonly zoom: number; readonly duration?: number }, reduceMotion: boolean) {
  const [lon, lat] = req.center;
  return { view: { lon, lat, zoom: req.zoom } satisfies View, duration: reduceMotion ? 0 : (req.duration ?? 2500) };
}
