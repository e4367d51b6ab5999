// One computation in a worker (src/data/workerJob.ts) that runs again whenever its inputs change: the
// previous run is stopped first, progress is passed on, Cancel stops it, "Run again" restarts it, and
// the last result stays shown while the next one is computed (so nothing flickers away). The portfolio
// (PortfolioPanel) and the corridor counts (CorridorCounts) run this way.
// For field measurement (scripts/bench-portfolio.ts) it marks `<mark>-start` when a run starts,
// `<mark>-done` when its result is in and `<mark>-shown` once the result is shown (Solid updates
// synchronously, so that is the main thread's share).
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { WorkerJob } from '../../data/workerJob.ts';

export type JobState<P> = { type: 'idle' } | { type: 'running'; progress: P } | { type: 'cancelled' } | { type: 'error'; message: string } | { type: 'done' };

type Failed = { type: 'error'; message: string };

/** How to run one job for the current inputs: its first progress, how to start it, and what to keep of its answer. */
export interface JobPlan<P, F, R> {
  progress: P;
  start: (onProgress: (p: P) => void) => WorkerJob<F | Failed>;
  done: (answer: F) => R;
}

export interface WorkerJobHandle<P, R> {
  state: Accessor<JobState<P>>;
  /** The last result (kept while the next run is computed); undefined when the inputs ask for none. */
  last: Accessor<R | undefined>;
  cancel: () => void;
  runAgain: () => void;
}

/**
 * `source` is tracked: any change runs the job again. `plan` (not tracked) gives the run for its value,
 * or undefined when there is nothing to compute (then the state is idle and the last result cleared).
 */
export function useWorkerJob<S, P, F extends { type: string }, R>(opts: {
  source: Accessor<S>;
  plan: (s: S) => JobPlan<P, F, R> | undefined;
  mark: string;
}): WorkerJobHandle<P, R> {
  const [state, setState] = createSignal<JobState<P>>({ type: 'idle' });
  const [again, setAgain] = createSignal(0);
  const [last, setLast] = createSignal<R | undefined>();

  let job: WorkerJob<F | Failed> | undefined;
  const stop = () => {
    job?.cancel();
    job = undefined;
  };
  onCleanup(stop);
  createEffect(
    on([opts.source, again], ([s]) => {
      stop();
      const plan = opts.plan(s);
      if (!plan) {
        setLast(undefined);
        return setState({ type: 'idle' });
      }
      setState({ type: 'running', progress: plan.progress });
      performance.mark(`${opts.mark}-start`);
      const me = plan.start((p) => {
        if (job === me) setState({ type: 'running', progress: p });
      });
      job = me;
      void me.result.then((res) => {
        if (job !== me) return;
        job = undefined;
        if (res.type === 'cancelled') setState({ type: 'cancelled' });
        else if (res.type === 'error') setState({ type: 'error', message: (res as Failed).message });
        else {
          performance.mark(`${opts.mark}-done`);
          setLast(() => plan.done(res as F));
          setState({ type: 'done' });
          performance.mark(`${opts.mark}-shown`);
        }
      });
    }),
  );
  const cancel = () => {
    const j = job;
    job = undefined;
    j?.cancel();
    setState({ type: 'cancelled' });
  };
  return { state, last, cancel, runAgain: () => setAgain((n) => n + 1) };
}
