import { describe, it, expect } from 'vitest';
import { createRoot, createSignal } from 'solid-js';
import { keyCommand, swipeCommand, createAutoplay, createIdle, type Clock } from '../../src/state/presentControls.ts';

/** A clock the test moves by hand. */
function fakeClock() {
  let now = 0;
  let next = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const clock: Clock = {
    setTimeout: (fn, ms) => {
      const id = next++;
      timers.set(id, { at: now + ms, fn });
      return id;
    },
    clearTimeout: (id) => {
      timers.delete(id as number);
    },
  };
  const advance = (ms: number) => {
    now += ms;
    for (const [id, t] of [...timers].sort((a, b) => a[1].at - b[1].at)) {
      if (t.at <= now) {
        timers.delete(id);
        t.fn();
      }
    }
  };
  return { clock, advance, pending: () => timers.size };
}

describe('keyCommand', () => {
  it('maps the presenter keys and leaves the rest alone', () => {
    expect(keyCommand({ key: 'ArrowRight' })).toBe('next');
    expect(keyCommand({ key: 'PageDown' })).toBe('next');
    expect(keyCommand({ key: ' ' })).toBe('next');
    expect(keyCommand({ key: 'Backspace' })).toBe('prev');
    expect(keyCommand({ key: 'Home' })).toBe('first');
    expect(keyCommand({ key: 'End' })).toBe('last');
    expect(keyCommand({ key: 'F' })).toBe('fullscreen');
    expect(keyCommand({ key: 'a' })).toBe('autoplay');
    expect(keyCommand({ key: 'l' })).toBe('lang');
    expect(keyCommand({ key: 'Escape' })).toBe('exit');
    expect(keyCommand({ key: 'x' })).toBeUndefined();
  });
  it('lets a focused button take Space and Enter, and never takes a key with a modifier or in a field', () => {
    expect(keyCommand({ key: 'Enter' }, { button: true })).toBeUndefined();
    expect(keyCommand({ key: ' ' }, { button: true })).toBeUndefined();
    expect(keyCommand({ key: 'ArrowRight' }, { button: true })).toBe('next');
    expect(keyCommand({ key: 'ArrowRight', ctrlKey: true })).toBeUndefined();
    expect(keyCommand({ key: 'l' }, { editable: true })).toBeUndefined();
  });
});

describe('swipeCommand', () => {
  it('turns on a clear horizontal swipe only', () => {
    expect(swipeCommand({ x: 300, y: 100 }, { x: 100, y: 110 })).toBe('next');
    expect(swipeCommand({ x: 100, y: 100 }, { x: 300, y: 90 })).toBe('prev');
    expect(swipeCommand({ x: 100, y: 100 }, { x: 140, y: 100 })).toBeUndefined();
    expect(swipeCommand({ x: 100, y: 100 }, { x: 200, y: 200 })).toBeUndefined();
  });
});

describe('createAutoplay', () => {
  it('advances every interval while running, loops after the last chapter, and stops when turned off', () => {
    const { clock, advance, pending } = fakeClock();
    const seen: number[] = [];
    // Effects run once the root is set up: the test drives the clock after it.
    const { setRunning, dispose } = createRoot((dispose) => {
      const [running, setRunning] = createSignal(true);
      const [index, setIndex] = createSignal(2);
      createAutoplay({
        running,
        index,
        total: 3,
        go: (n) => {
          seen.push(n);
          setIndex(n);
        },
        intervalMs: () => 1000,
        clock,
      });
      return { setRunning, dispose };
    });
    advance(999);
    expect(seen).toEqual([]);
    advance(1);
    expect(seen).toEqual([3]);
    advance(1000);
    expect(seen).toEqual([3, 1]);
    setRunning(false);
    advance(5000);
    expect(seen).toEqual([3, 1]);
    expect(pending()).toBe(0);
    dispose();
  });
  it('waits a full interval again after activity', () => {
    const { clock, advance } = fakeClock();
    createRoot((dispose) => {
      const [index, setIndex] = createSignal(1);
      const a = createAutoplay({ running: () => true, index, total: 5, go: setIndex, intervalMs: () => 1000, clock });
      advance(800);
      a.restart();
      advance(800);
      expect(index()).toBe(1);
      advance(200);
      expect(index()).toBe(2);
      dispose();
    });
  });
});

describe('createIdle', () => {
  it('goes idle after the time without activity, and wakes on activity', () => {
    const { clock, advance } = fakeClock();
    createRoot((dispose) => {
      const { idle, wake } = createIdle(3000, clock);
      wake();
      advance(2999);
      expect(idle()).toBe(false);
      advance(1);
      expect(idle()).toBe(true);
      wake();
      expect(idle()).toBe(false);
      dispose();
    });
  });
});
