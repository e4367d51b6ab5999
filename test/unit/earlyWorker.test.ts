// The early worker (src/map/earlyWorker.ts): handed to MapLibre's first worker of its URL, once; the
// global constructor is restored; a worker not taken is stopped.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { adoptEarlyWorker, startEarlyWorker } from '../../src/map/earlyWorker.ts';

class FakeWorker {
  static made: FakeWorker[] = [];
  terminated = false;
  constructor(
    readonly url: string,
    readonly options?: WorkerOptions,
  ) {
    FakeWorker.made.push(this);
  }
  terminate() {
    this.terminated = true;
  }
}

const g = globalThis as unknown as { Worker?: unknown; origin?: string };
let saved: { Worker?: unknown; origin?: string };
beforeEach(() => {
  saved = { Worker: g.Worker, origin: g.origin };
  FakeWorker.made = [];
  g.Worker = FakeWorker;
  g.origin = 'http://localhost';
});
afterEach(() => {
  g.Worker = saved.Worker;
  g.origin = saved.origin;
});

const W = () => g.Worker as new (url: string, o?: WorkerOptions) => FakeWorker;

describe('early worker', () => {
  it('is the first worker MapLibre creates for its URL, and only that one', () => {
    startEarlyWorker('/assets/w.mjs');
    expect(FakeWorker.made).toHaveLength(1);
    const early = FakeWorker.made[0]!;
    expect(early.options).toEqual({ type: 'module' });
    const made: FakeWorker[] = [];
    const taken = adoptEarlyWorker(() => {
      made.push(new (W())('/assets/w.mjs', { type: 'module' }));
      made.push(new (W())('/assets/w.mjs', { type: 'module' }));
    });
    expect(taken).toBe(true);
    expect(made[0]).toBe(early);
    expect(made[1]).not.toBe(early);
    expect(made[1]).toBeInstanceOf(FakeWorker);
    expect(early.terminated).toBe(false);
    expect(g.Worker).toBe(FakeWorker);
  });

  it('is stopped when MapLibre asks for another URL, which it gets', () => {
    startEarlyWorker('/assets/w.mjs');
    const early = FakeWorker.made[0]!;
    let got: FakeWorker | undefined;
    expect(adoptEarlyWorker(() => (got = new (W())('data:text/javascript,x', { type: 'module' })))).toBe(false);
    expect(got?.url).toBe('data:text/javascript,x');
    expect(early.terminated).toBe(true);
    expect(g.Worker).toBe(FakeWorker);
  });

  it('restores the constructor when creating the workers throws', () => {
    startEarlyWorker('/assets/w.mjs');
    expect(() =>
      adoptEarlyWorker(() => {
        throw new Error('no WebGL');
      }),
    ).toThrow('no WebGL');
    expect(g.Worker).toBe(FakeWorker);
    expect(FakeWorker.made[0]!.terminated).toBe(true);
  });

  it('is not started on a page with an opaque origin (the kiosk file), and MapLibre makes its own', () => {
    g.origin = 'null';
    startEarlyWorker('blob:null/1');
    expect(FakeWorker.made).toHaveLength(0);
    let ran = false;
    expect(adoptEarlyWorker(() => (ran = true))).toBe(false);
    expect(ran).toBe(true);
  });

  it('is given once: a second adoption creates workers as usual', () => {
    startEarlyWorker('/assets/w.mjs');
    adoptEarlyWorker(() => undefined);
    let second: FakeWorker | undefined;
    expect(adoptEarlyWorker(() => (second = new (W())('/assets/w.mjs')))).toBe(false);
    expect(second).not.toBe(FakeWorker.made[0]);
  });
});
