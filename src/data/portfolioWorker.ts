// Where the portfolio worker comes from: a file of the build (same origin, allowed by the CSP). The
// single-file kiosk swaps this module for portfolioWorker.inline.ts (a worker made from a Blob).
export function createPortfolioWorker(): Worker {
  return new Worker(new URL('./portfolio.worker.ts', import.meta.url), { type: 'module' });
}
