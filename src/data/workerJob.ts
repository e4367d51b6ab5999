// One request to a worker of its own, terminated when it answers or is cancelled (so Cancel stops the
// work at once, whatever it is doing). Replies of type 'progress' are passed on; the first other reply
// settles the job. The import and the portfolio both run this way.
export interface WorkerJob<Final> {
  /** Resolves with the worker's final reply, or 'cancelled'. */
  result: Promise<Final | { type: 'cancelled' }>;
  cancel(): void;
}

export function runWorkerJob<Reply extends { type: string }>(
  worker: Worker,
  request: unknown,
  opts: { onProgress?: (p: Extract<Reply, { type: 'progress' }>) => void; crashed: (message: string) => Exclude<Reply, { type: 'progress' }> },
): WorkerJob<Exclude<Reply, { type: 'progress' }>> {
  type Final = Exclude<Reply, { type: 'progress' }> | { type: 'cancelled' };
  let settle!: (r: Final) => void;
  const result = new Promise<Final>((resolve) => {
    settle = resolve;
  });
  worker.onmessage = (e: MessageEvent<Reply>) => {
    if (e.data.type === 'progress') {
      opts.onProgress?.(e.data as Extract<Reply, { type: 'progress' }>);
      return;
    }
    worker.terminate();
    settle(e.data as Exclude<Reply, { type: 'progress' }>);
  };
  worker.onerror = (e) => {
    worker.terminate();
    settle(opts.crashed(String(e.message ?? 'worker error').slice(0, 120)));
  };
  // A copy (structured clone): the page's own arrays stay usable.
  worker.postMessage(request);
  return {
    result,
    cancel() {
      worker.terminate();
      settle({ type: 'cancelled' });
    },
  };
}
