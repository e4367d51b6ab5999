// Where the import worker comes from: a file of the build (same origin, allowed by the CSP). The
// single-file kiosk swaps this module for importWorker.inline.ts (a worker made from a Blob).
export function createImportWorker(): Worker {
  return new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
}
