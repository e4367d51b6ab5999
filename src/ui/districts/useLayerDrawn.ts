// Whether a layer's analyses (the portfolio, the corridor counts) may start: once the map has drawn its
// points, or once it cannot — no map (no WebGL), the layer hidden (MapLibre loads no hidden source) — or
// LATE_MS after the layer came, whatever happened. Started with the import, their workers and MapLibre's
// worker parsed the same 100,000 points at once on two cores, and the points showed ~1 s later
// (bench:import: drawn after parse 2.95× the bare setData with them, 1.58× without).
// Once released for a layer's points, it stays released (hiding the layer later runs nothing again).
// Each release is marked `layer-analyses-released` with why (drawn, hidden, no-map, late): the browser
// test reads it, so a machine too busy to draw in LATE_MS fails nothing.
import { createEffect, createMemo, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { UserLayer } from '../../state/userLayers.ts';
import { useApp } from '../context.ts';

export const LATE_MS = 4000;

export function useLayerDrawn(layer: Accessor<UserLayer | undefined>): Accessor<boolean> {
  const { mapView, notices } = useApp();
  const released = new WeakSet<object>();
  const [late, setLate] = createSignal<object | undefined>();
  createEffect(
    on(
      () => layer()?.features,
      (f) => {
        if (!f) return;
        const timer = setTimeout(() => setLate(f), LATE_MS);
        onCleanup(() => clearTimeout(timer));
      },
    ),
  );
  return createMemo(() => {
    const l = layer();
    if (!l) return false;
    if (released.has(l.features)) return true;
    const why = mapView.userLayerDrawn(l.features)
      ? 'drawn'
      : !l.visible
        ? 'hidden'
        : notices.mapStage() === 'failed'
          ? 'no-map'
          : late() === l.features
            ? 'late'
            : undefined;
    if (!why) return false;
    released.add(l.features);
    performance.mark('layer-analyses-released', { detail: why });
    return true;
  });
}
