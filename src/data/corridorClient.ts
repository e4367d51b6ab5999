// The page's side of a corridor count: one portfolio worker per request (src/data/workerJob.ts), so a
// new distance or Cancel stops the work at once.
import type { CorridorReply, CorridorRequest } from './portfolioProtocol.ts';
import { createPortfolioWorker } from './portfolioWorker.ts';
import { runWorkerJob, type WorkerJob } from './workerJob.ts';

export type CorridorJob = WorkerJob<Exclude<CorridorReply, { type: 'progress' }>>;

export function runCorridorWorker(req: CorridorRequest, onProgress?: (p: Extract<CorridorReply, { type: 'progress' }>) => void): CorridorJob {
  return runWorkerJob<CorridorReply>(createPortfolioWorker(), req, { onProgress, crashed: (message) => ({ type: 'error', message }) });
}
