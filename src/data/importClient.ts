// The page's side of the import worker: one worker per request, terminated when done or cancelled
// (so Cancel stops the work at once, whatever it is doing).
import type { WorkerRequest, WorkerReply } from './importProtocol.ts';
import { createImportWorker } from './importWorker.ts';

export interface ImportJob {
  /** Resolves with the worker's final reply (preview, done or error), or 'cancelled'. */
  result: Promise<Exclude<WorkerReply, { type: 'progress' }> | { type: 'cancelled' }>;
  cancel(): void;
}

export function runImportWorker(req: WorkerRequest, onProgress?: (p: Extract<WorkerReply, { type: 'progress' }>) => void): ImportJob {
  const worker = createImportWorker();
  let settle!: (r: Exclude<WorkerReply, { type: 'progress' }> | { type: 'cancelled' }) => void;
  const result = new Promise<Exclude<WorkerReply, { type: 'progress' }> | { type: 'cancelled' }>((resolve) => (settle = resolve));
  worker.onmessage = (e: MessageEvent<WorkerReply>) => {
    if (e.data.type === 'progress') return onProgress?.(e.data);
    worker.terminate();
    settle(e.data);
  };
  worker.onerror = (e) => {
    worker.terminate();
    settle({ type: 'error', error: { key: 'districts.impCrashed', vars: { e: String(e.message ?? 'worker error').slice(0, 120) } } });
  };
  worker.postMessage(req);
  return {
    result,
    cancel() {
      worker.terminate();
      settle({ type: 'cancelled' });
    },
  };
}
