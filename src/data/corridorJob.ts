// The worker's side of a corridor count (src/data/portfolio.worker.ts hands it requests of type
// 'corridors'): the counts and the buffers (src/geo/corridorBuffer.ts), with progress. Thin glue.
import { corridorBuffers, countNearCorridors, segmentBuffer } from '../geo/corridorBuffer.ts';
import type { CorridorReply, CorridorRequest } from './portfolioProtocol.ts';

export const isCorridorRequest = (m: unknown): m is CorridorRequest => (m as { type?: unknown } | null)?.type === 'corridors';

export function corridorJob(m: CorridorRequest, post: (reply: CorridorReply) => void): void {
  try {
    let last = 0;
    const result = countNearCorridors({ lon: m.lon, lat: m.lat, segments: m.segments, bufferKm: m.bufferKm }, (fraction) => {
      const now = performance.now();
      if (now - last < 50 && fraction < 1) return;
      last = now;
      post({ type: 'progress', phase: 'corridors', fraction: fraction * 0.9 });
    });
    const segmentAreas = m.segments.map((s) => segmentBuffer(s.coords, result.bufferKm));
    const corridorAreas = corridorBuffers(m.segments, result.bufferKm);
    post({ type: 'corridors-done', result, segmentAreas, corridorAreas });
  } catch (err) {
    post({ type: 'error', message: String((err as Error)?.message ?? err).slice(0, 120) });
  }
}
