// The page's side of the portfolio worker: one worker per request, terminated when done or cancelled
// (so Cancel, or a new radius, stops the work at once, whatever it is doing).
import type { PortfolioReply, PortfolioRequest } from './portfolioProtocol.ts';
import { createPortfolioWorker } from './portfolioWorker.ts';

type Final = Exclude<PortfolioReply, { type: 'progress' }> | { type: 'cancelled' };
export interface PortfolioJob {
  result: Promise<Final>;
  cancel(): void;
}

export function runPortfolioWorker(req: PortfolioRequest, onProgress?: (p: Extract<PortfolioReply, { type: 'progress' }>) => void): PortfolioJob {
  const worker = createPortfolioWorker();
  let settle!: (r: Final) => void;
  const result = new Promise<Final>((resolve) => (settle = resolve));
  worker.onmessage = (e: MessageEvent<PortfolioReply>) => {
    if (e.data.type === 'progress') return onProgress?.(e.data);
    worker.terminate();
    settle(e.data);
  };
  worker.onerror = (e) => {
    worker.terminate();
    settle({ type: 'error', message: String(e.message ?? 'worker error').slice(0, 120) });
  };
  // Copies (structured clone), so the layer's own arrays stay usable on the page.
  worker.postMessage(req);
  return {
    result,
    cancel() {
      worker.terminate();
      settle({ type: 'cancelled' });
    },
  };
}
