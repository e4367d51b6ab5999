// The portfolio's Web Worker: the analysis and the buffer (src/geo/portfolio.ts, portfolioBuffer.ts)
// off the main thread, with progress. Thin glue: every decision is in the pure modules. Cancel = terminate().
import { analysePortfolio } from '../geo/portfolio.ts';
import { portfolioBuffer } from '../geo/portfolioBuffer.ts';
import type { CorridorRequest, PortfolioReply, PortfolioRequest } from './portfolioProtocol.ts';
import { corridorJob, isCorridorRequest } from './corridorJob.ts';

const post = (m: PortfolioReply, transfer: Transferable[] = []) => (self as unknown as Worker).postMessage(m, transfer);

self.onmessage = (e: MessageEvent<PortfolioRequest | CorridorRequest>) => {
  const m = e.data;
  // Corridor counts (src/data/corridorJob.ts) share this worker.
  if (isCorridorRequest(m)) return corridorJob(m, (r) => (self as unknown as Worker).postMessage(r));
  try {
    let last = 0;
    const every = (phase: 'count' | 'buffer') => (fraction: number) => {
      const now = performance.now();
      if (now - last < 50 && fraction < 1) return;
      last = now;
      post({ type: 'progress', phase, fraction });
    };
    const districts = Array.from(m.district, (d) => (d < 0 ? null : (m.districtNames[d] ?? null)));
    const result = analysePortfolio({ lon: m.lon, lat: m.lat, districts, targets: m.targets, radiusKm: m.radiusKm }, every('count'));
    const buffer = portfolioBuffer(m.lon, m.lat, result.radiusKm, { onProgress: every('buffer') });
    post({ type: 'done', result, buffer }, [result.nearest.buffer, result.nearestKm.buffer, result.targetsWithin.buffer]);
  } catch (err) {
    post({ type: 'error', message: String((err as Error)?.message ?? err).slice(0, 120) });
  }
};
