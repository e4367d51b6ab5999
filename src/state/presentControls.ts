// Present mode's controls, apart from the screen: which key or swipe does what, autoplay's timer (a
// kiosk loops), and the idle timer that fades the on-screen buttons. Timers go through `clock` so Node
// tests can drive them.
import { createEffect, createSignal, on, onCleanup, type Accessor } from 'solid-js';

export type PresentCommand = 'next' | 'prev' | 'first' | 'last' | 'fullscreen' | 'autoplay' | 'lang' | 'exit';

/** The key's command, or undefined when Present leaves the key alone. */
export function keyCommand(
  e: { key: string; ctrlKey?: boolean; metaKey?: boolean; altKey?: boolean },
  on: { button?: boolean; editable?: boolean } = {},
): PresentCommand | undefined {
  if (e.ctrlKey || e.metaKey || e.altKey || on.editable) return undefined;
  switch (e.key) {
    case 'ArrowRight':
    case 'PageDown':
      return 'next';
    // Space and Enter on a focused button press that button.
    case ' ':
    case 'Spacebar':
    case 'Enter':
      return on.button ? undefined : 'next';
    case 'ArrowLeft':
    case 'PageUp':
    case 'Backspace':
      return 'prev';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    case 'f':
    case 'F':
      return 'fullscreen';
    case 'a':
    case 'A':
      return 'autoplay';
    case 'l':
    case 'L':
      return 'lang';
    case 'Escape':
      return 'exit';
    default:
      return undefined;
  }
}

/** A horizontal swipe of at least `minPx`, clearly more across than down: left is next, right previous. */
export function swipeCommand(start: { x: number; y: number }, end: { x: number; y: number }, minPx = 50): 'next' | 'prev' | undefined {
  const dx = end.x - start.x;
  const dy = end.y - start.y;
  if (Math.abs(dx) <= minPx || Math.abs(dx) <= 1.5 * Math.abs(dy)) return undefined;
  return dx < 0 ? 'next' : 'prev';
}

export interface Clock {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(handle: unknown): void;
}
const realClock: Clock = { setTimeout: (fn, ms) => setTimeout(fn, ms), clearTimeout: (h) => clearTimeout(h as ReturnType<typeof setTimeout>) };

/**
 * Autoplay: while `running`, the next chapter after `intervalMs` (after the last, the first: a kiosk
 * loops). `restart()` waits a full interval again (the user is using the screen).
 */
export function createAutoplay(opts: {
  running: Accessor<boolean>;
  index: Accessor<number>;
  total: number;
  go(n: number): void;
  intervalMs(): number;
  clock?: Clock;
}): { restart(): void } {
  const clock = opts.clock ?? realClock;
  let timer: unknown;
  const restart = () => {
    clock.clearTimeout(timer);
    if (!opts.running()) return;
    timer = clock.setTimeout(() => opts.go(opts.index() >= opts.total ? 1 : opts.index() + 1), opts.intervalMs());
  };
  createEffect(on([opts.running, opts.index], restart));
  onCleanup(() => clock.clearTimeout(timer));
  return { restart };
}

/** Idle after `ms` without activity (the controls fade); `wake()` on any use of the screen. */
export function createIdle(ms: number, clock: Clock = realClock): { idle: Accessor<boolean>; wake(): void } {
  const [idle, setIdle] = createSignal(false);
  let timer: unknown;
  const wake = () => {
    setIdle(false);
    clock.clearTimeout(timer);
    timer = clock.setTimeout(() => setIdle(true), ms);
  };
  onCleanup(() => clock.clearTimeout(timer));
  return { idle, wake };
}
