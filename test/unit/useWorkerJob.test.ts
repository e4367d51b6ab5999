import { describe, it, expect } from 'vitest';
import { createRoot, createSignal } from 'solid-js';
import { useWorkerJob, type JobPlan } from '../../src/ui/districts/useWorkerJob.ts';
import type { WorkerJob } from '../../src/data/workerJob.ts';

type Answer = { type: 'done'; value: number } | { type: 'error'; message: string };

/** A job the test settles by hand, remembering its progress callback and whether it was cancelled. */
function fakeJobs() {
  const jobs: Array<{ input: number; settle: (a: Answer | { type: 'cancelled' }) => void; progress: (p: number) => void; cancelled: boolean }> = [];
  const plan = (input: number | undefined): JobPlan<number, Extract<Answer, { type: 'done' }>, string> | undefined =>
    input === undefined
      ? undefined
      : {
          progress: 0,
          start: (onProgress): WorkerJob<Answer> => {
            let settle!: (a: Answer | { type: 'cancelled' }) => void;
            const result = new Promise<Answer | { type: 'cancelled' }>((r) => {
              settle = r;
            });
            const j = { input, settle, progress: onProgress, cancelled: false };
            jobs.push(j);
            return {
              result,
              cancel: () => {
                j.cancelled = true;
                settle({ type: 'cancelled' });
              },
            };
          },
          done: (a) => `${input}:${a.value}`,
        };
  return { jobs, plan };
}
const tick = () => new Promise((r) => setTimeout(r, 0));

describe('useWorkerJob', () => {
  it('runs for each input, passes progress on, keeps the last result and ignores a stopped run', async () => {
    const { jobs, plan } = fakeJobs();
    const [input, setInput] = createSignal<number | undefined>(1);
    const h = createRoot(() => useWorkerJob({ source: input, plan, mark: 'test' }));
    expect(jobs).toHaveLength(1);
    expect(h.state()).toEqual({ type: 'running', progress: 0 });
    jobs[0]!.progress(0.5);
    expect(h.state()).toEqual({ type: 'running', progress: 0.5 });
    jobs[0]!.settle({ type: 'done', value: 10 });
    await tick();
    expect(h.state()).toEqual({ type: 'done' });
    expect(h.last()).toBe('1:10');
    expect(performance.getEntriesByName('test-done')).toHaveLength(1);

    // A new input stops nothing finished, starts again and keeps the last result until the next is in.
    setInput(2);
    expect(h.state().type).toBe('running');
    expect(h.last()).toBe('1:10');
    // A newer input stops the run before it; its late answer and progress are ignored.
    setInput(3);
    expect(jobs[1]!.cancelled).toBe(true);
    jobs[1]!.progress(0.9);
    expect(h.state()).toEqual({ type: 'running', progress: 0 });
    jobs[2]!.settle({ type: 'done', value: 30 });
    await tick();
    expect(h.last()).toBe('3:30');

    // No input: idle and no result.
    setInput(undefined);
    expect(h.state()).toEqual({ type: 'idle' });
    expect(h.last()).toBeUndefined();
    expect(jobs).toHaveLength(3);
  });

  it('cancels, reports an error, and runs again on request', async () => {
    const { jobs, plan } = fakeJobs();
    const h = createRoot(() => useWorkerJob({ source: () => 5, plan, mark: 'test' }));
    h.cancel();
    expect(h.state()).toEqual({ type: 'cancelled' });
    expect(jobs[0]!.cancelled).toBe(true);
    await tick();
    expect(h.state()).toEqual({ type: 'cancelled' });

    h.runAgain();
    expect(jobs).toHaveLength(2);
    jobs[1]!.settle({ type: 'error', message: 'boom' });
    await tick();
    expect(h.state()).toEqual({ type: 'error', message: 'boom' });
    expect(h.last()).toBeUndefined();
  });

  it('stops its run when its owner is disposed', () => {
    const { jobs, plan } = fakeJobs();
    const dispose = createRoot((d) => {
      useWorkerJob({ source: () => 1, plan, mark: 'test' });
      return d;
    });
    expect(jobs[0]!.cancelled).toBe(false);
    dispose();
    expect(jobs[0]!.cancelled).toBe(true);
  });
});
