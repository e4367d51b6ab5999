// The portfolio's computation: for the measured layer, the radius and the places measured to, the
// worker (src/data/portfolioClient.ts) finds each company's nearest place, the companies within the
// radius of each place, the gaps, per district, and the area round the companies. Runs again on any
// change of layer (its points, not its name), radius or places (src/ui/districts/useWorkerJob.ts).
import type { Accessor } from 'solid-js';
import { runPortfolioWorker } from '../../data/portfolioClient.ts';
import type { PortfolioReply } from '../../data/portfolioProtocol.ts';
import { packDistricts } from '../../data/packPoints.ts';
import type { PortfolioResult } from '../../geo/portfolio.ts';
import type { BufferResult } from '../../geo/portfolioBuffer.ts';
import type { NamedTarget } from '../../plan/portfolioTargets.ts';
import type { UserLayer } from '../../state/userLayers.ts';
import { useWorkerJob, type JobPlan } from './useWorkerJob.ts';

/** One result and what it was computed for. */
export interface PortfolioRun {
  layerId: string;
  color: string;
  radius: number;
  sets: string;
  targets: NamedTarget[];
  result: PortfolioResult;
  buffer: BufferResult;
}
export type PortfolioProgress = { phase: 'count' | 'buffer'; fraction: number };
type Done = Extract<PortfolioReply, { type: 'done' }>;

/** The bar's value: counting is the first 70 % of the work, the area round the companies the rest. */
export const portfolioProgressValue = (p: PortfolioProgress): number => (p.phase === 'count' ? 0 : 0.7) + p.fraction * (p.phase === 'count' ? 0.7 : 0.3);

export function usePortfolioRun(inputs: {
  layer: Accessor<UserLayer | undefined>;
  radius: Accessor<number>;
  targets: Accessor<NamedTarget[]>;
  sets: Accessor<readonly string[]>;
  /** Whether the analyses may start (useLayerDrawn.ts: after the map has drawn the layer's points). */
  drawn: Accessor<boolean>;
}) {
  return useWorkerJob({
    source: () => [inputs.layer()?.data, inputs.radius(), inputs.targets(), inputs.drawn()] as const,
    mark: 'portfolio',
    plan: ([d, r, ts, ready]): JobPlan<PortfolioProgress, Done, PortfolioRun> | undefined => {
      const l = inputs.layer();
      if (!d || !l || ts.length === 0 || !ready) return undefined;
      const { district, districtNames } = packDistricts(d.districts);
      const key = { layerId: l.id, color: l.color, radius: r, sets: inputs.sets().join(','), targets: ts };
      return {
        progress: { phase: 'count', fraction: 0 },
        start: (onProgress) =>
          runPortfolioWorker(
            {
              lon: d.lon,
              lat: d.lat,
              district,
              districtNames,
              targets: ts.map(({ id, set, lon, lat, district }) => ({ id, set, lon, lat, district })),
              radiusKm: r,
            },
            (p) => onProgress({ phase: p.phase, fraction: p.fraction }),
          ),
        done: (res) => ({ ...key, result: res.result, buffer: res.buffer }),
      };
    },
  });
}
