// Present mode's camera: one move per chapter, made of legs (a corridor chapter travels its segments
// in order, then settles on the whole corridor). Each leg is framed by MapLibre itself in the part of
// the screen the card leaves free (padding). A new move stops the one under way; with reduced motion
// the camera jumps to the last leg.
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { Bounds } from '../geo/bounds.ts';

export interface CameraLeg {
  bounds: Bounds;
  maxZoom: number;
  /** ms (before reduced motion); 0 jumps. */
  duration: number;
}

export interface PresentMove {
  legs: readonly CameraLeg[];
  padding: { top: number; right: number; bottom: number; left: number };
  /** Changes on every request. */
  seq: number;
  /** Leg `i` has arrived (after a jump: every leg at once). */
  onLeg?(i: number): void;
  /** The camera starts moving (or jumps): the card may change now. */
  onStart?(): void;
}

/** Fast at the start, so the map moves the moment the card changes; gentle at the end. */
const easeOut = (t: number) => 1 - (1 - t) ** 3;
const easeInOut = (t: number) => (t < 0.5 ? 4 * t ** 3 : 1 - (-2 * t + 2) ** 3 / 2);

export function createPresentCamera(map: MapLibreMap) {
  let token = 0;
  const cameraFor = (leg: CameraLeg, padding: PresentMove['padding']) => {
    const [w, s, e, n] = leg.bounds;
    const c = map.cameraForBounds(
      [
        [w, s],
        [e, n],
      ],
      { padding, maxZoom: leg.maxZoom },
    );
    // Padding wider than the screen (a tiny window): frame without it rather than not at all.
    return (
      c ??
      map.cameraForBounds(
        [
          [w, s],
          [e, n],
        ],
        { maxZoom: leg.maxZoom },
      ) ?? { center: [(w + e) / 2, (s + n) / 2] as [number, number], zoom: leg.maxZoom }
    );
  };

  function run(move: PresentMove, reduceMotion: boolean): void {
    const mine = ++token;
    map.stop();
    const legs = move.legs;
    if (!legs.length) return;
    if (reduceMotion || legs.every((l) => l.duration === 0)) {
      move.onStart?.();
      map.jumpTo(cameraFor(legs[legs.length - 1]!, move.padding));
      legs.forEach((_, i) => move.onLeg?.(i));
      return;
    }
    const step = (i: number) => {
      if (mine !== token) return;
      const leg = legs[i]!;
      const cam = cameraFor(leg, move.padding);
      map.once('moveend', () => {
        if (mine !== token) return;
        move.onLeg?.(i);
        if (i + 1 < legs.length) step(i + 1);
      });
      if (i === 0) {
        // The first leg may cross the city: a flight; the next ones follow the corridor close by.
        map.flyTo({ ...cam, duration: leg.duration, easing: easeOut, essential: false });
        move.onStart?.();
      } else {
        map.easeTo({ ...cam, duration: leg.duration, easing: easeInOut, essential: false });
      }
    };
    step(0);
  }
  return {
    run,
    stop: () => {
      token++;
    },
  };
}
