// The portfolio on the map (mapView.setPortfolio): the area round the companies and a ring round each
// place, a gap where none is within the radius. Redrawn only when the result or the layer's colour
// changes (not when a layer is renamed or hidden); cleared with no result and when the panel closes.
import { createEffect, createMemo, on, onCleanup, type Accessor } from 'solid-js';
import { userLayers } from '../../state/userLayers.ts';
import { useApp } from '../context.ts';
import type { PortfolioRun } from './usePortfolioRun.ts';

export function usePortfolioMap(run: Accessor<PortfolioRun | undefined>): void {
  const { mapView } = useApp();
  const shown = createMemo(run);
  const color = createMemo(() => {
    const r = shown();
    return r ? (userLayers().find((l) => l.id === r.layerId)?.color ?? r.color) : '';
  });
  createEffect(
    on([shown, color], ([r, c]) => {
      if (!r) return mapView.setPortfolio(null);
      mapView.setPortfolio({
        area: r.buffer.area,
        color: c,
        targets: {
          type: 'FeatureCollection',
          features: r.targets.map((tg, k) => ({
            type: 'Feature',
            geometry: { type: 'Point', coordinates: [tg.lon, tg.lat] },
            properties: { id: tg.id, gap: r.result.perTarget[k]!.within === 0, within: r.result.perTarget[k]!.within },
          })),
        },
      });
    }),
  );
  onCleanup(() => mapView.setPortfolio(null));
}
