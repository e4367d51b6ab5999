// MapLibre's worker, started by the shell's first line rather than when the map is created. Starting
// a worker means downloading and compiling its ~500 kB script (~170 ms on a 2-core office machine);
// started early, that happens on the other core while the shell, the data checks and MapLibre's own
// code load, and the map's first sources are read as soon as it is created (first idle 28–53 ms
// sooner than without it in A/B runs: docs/performance.md).
// MapLibre cannot be handed a worker. So for the one call in which it creates its workers
// (`prewarm`), the global Worker constructor gives back this worker for the same URL, once; any
// other URL, or a second worker, is created as usual, and the constructor is restored at once.

let early: { url: string; worker: Worker } | undefined;

/** Starts the worker at `url` (an ES module), if this page can start one from there. */
export function startEarlyWorker(url: string): void {
  // A page with an opaque origin (the kiosk file from file://) starts MapLibre's worker from a data:
  // URL of its own: one started here would never be used.
  if (typeof Worker === 'undefined' || globalThis.origin === 'null') return;
  try {
    early = { url, worker: new Worker(url, { type: 'module' }) };
  } catch {
    early = undefined;
  }
}

/**
 * Runs `createWorkers` (MapLibre's prewarm) so that the first worker it creates for the early
 * worker's URL is the early worker. Returns whether it was; an early worker not taken is stopped.
 */
export function adoptEarlyWorker(createWorkers: () => void): boolean {
  const e = early;
  early = undefined;
  if (!e) {
    createWorkers();
    return false;
  }
  const Native = globalThis.Worker;
  let taken = false;
  // Called with `new`: returning an object makes that object the result.
  // biome-ignore lint/complexity/useArrowFunction: MapLibre calls it with `new`, which an arrow function refuses.
  const Handing = function (url: string | URL, options?: WorkerOptions): Worker {
    if (!taken && String(url) === e.url) {
      taken = true;
      return e.worker;
    }
    return new Native(url, options);
  } as unknown as typeof Worker;
  globalThis.Worker = Handing;
  try {
    createWorkers();
  } finally {
    globalThis.Worker = Native;
    if (!taken) e.worker.terminate();
  }
  return taken;
}
