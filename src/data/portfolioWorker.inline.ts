// The kiosk's portfolio worker: bundled into the page and started from a Blob (file:// serves no files).
import PortfolioWorker from './portfolio.worker.ts?worker&inline';

export function createPortfolioWorker(): Worker {
  return new PortfolioWorker();
}
