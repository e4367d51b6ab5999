// The page's side of the import worker: one worker per request (src/data/workerJob.ts).
import type { WorkerRequest, WorkerReply } from './importProtocol.ts';
import { createImportWorker } from './importWorker.ts';
import { runWorkerJob, type WorkerJob } from './workerJob.ts';

export type ImportJob = WorkerJob<Exclude<WorkerReply, { type: 'progress' }>>;

export function runImportWorker(req: WorkerRequest, onProgress?: (p: Extract<WorkerReply, { type: 'progress' }>) => void): ImportJob {
  return runWorkerJob<WorkerReply>(createImportWorker(), req, {
    onProgress,
    crashed: (e) => ({ type: 'error', error: { key: 'districts.impCrashed', vars: { e } } }),
  });
}
