// Present's commands: what each key, swipe or button does, autoplay (with reduced motion, a link's
// autoplay waits until turned on by hand), full screen and the idle fade of the controls.
import { createSignal, onMount, type Accessor } from 'solid-js';
import { createAutoplay, createIdle, type PresentCommand } from '../../state/presentControls.ts';
import type { AppStore } from '../../state/appStore.ts';
import { testPresentIntervalMs } from '../../testHooks.ts';
import { createFullscreen, createReducedMotion } from './fullscreen.ts';
import { bindPresentInput } from './presentInput.ts';

/** Autoplay's pace; a test may shorten it (src/testHooks.ts, `__presentIntervalMs`). */
const AUTOPLAY_MS = 12_000;
const IDLE_MS = 3_000;

const intervalMs = (): number => testPresentIntervalMs() ?? AUTOPLAY_MS;

export interface PresentCommands {
  run(c: PresentCommand): void;
  /** Autoplay is on (and allowed to run). */
  running: Accessor<boolean>;
  reduced: Accessor<boolean>;
  idle: Accessor<boolean>;
  fullscreen: Accessor<boolean>;
}

export function createPresentCommands(opts: { store: AppStore; index: Accessor<number>; total: number; go(n: number): void }): PresentCommands {
  const { store, index, total, go } = opts;
  const reduced = createReducedMotion();
  const [explicitAutoplay, setExplicitAutoplay] = createSignal(false);
  const running = () => store.state.autoplay && (!reduced() || explicitAutoplay());
  const autoplay = createAutoplay({ running, index, total, go, intervalMs });
  const fullscreen = createFullscreen();
  const { idle, wake } = createIdle(IDLE_MS);
  onMount(wake);
  const run = (c: PresentCommand) => {
    switch (c) {
      case 'next':
        return go(index() + 1);
      case 'prev':
        return go(index() - 1);
      case 'first':
        return go(1);
      case 'last':
        return go(total);
      case 'fullscreen':
        return fullscreen.toggle();
      case 'lang':
        return store.set('lang', store.state.lang === 'zh' ? 'en' : 'zh');
      case 'autoplay': {
        const on = !running();
        setExplicitAutoplay(on);
        return store.set('autoplay', on);
      }
      case 'exit':
        fullscreen.leave();
        store.set('autoplay', false);
        return store.set('mode', 'explore');
    }
  };
  // Any use of the screen: controls show, and autoplay waits a full interval again.
  bindPresentInput(run, () => {
    wake();
    autoplay.restart();
  });
  return { run, running, reduced, idle, fullscreen: fullscreen.on };
}
