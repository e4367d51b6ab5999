// The page's side of the portfolio worker: one worker per request (src/data/workerJob.ts), so Cancel,
// or a new radius, stops the work at once.
import type { PortfolioReply, PortfolioRequest } from './portfolioProtocol.ts';
import { createPortfolioWorker } from './portfolioWorker.ts';
import { runWorkerJob, type WorkerJob } from './workerJob.ts';

export type PortfolioJob = WorkerJob<Exclude<PortfolioReply, { type: 'progress' }>>;

export function runPortfolioWorker(req: PortfolioRequest, onProgress?: (p: Extract<PortfolioReply, { type: 'progress' }>) => void): PortfolioJob {
  return runWorkerJob<PortfolioReply>(createPortfolioWorker(), req, { onProgress, crashed: (message) => ({ type: 'error', message }) });
}
