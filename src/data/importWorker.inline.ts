// The kiosk's import worker: bundled into the page and started from a Blob (file:// serves no files).
import ImportWorker from './import.worker.ts?worker&inline';

export function createImportWorker(): Worker {
  return new ImportWorker();
}
