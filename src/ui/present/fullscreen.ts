// The screen Present runs on: full screen (the browser may refuse — no user gesture, an iframe without
// allowfullscreen …: then nothing happens, and nothing throws), reduced motion and the window's size.
import { createSignal, onCleanup, type Accessor } from 'solid-js';
import type { ScreenSize } from '../../plan/presentScale.ts';

const settle = (p: unknown) => {
  if (p && typeof (p as Promise<void>).catch === 'function') (p as Promise<void>).catch(() => {});
};

export function createFullscreen(): { on: Accessor<boolean>; toggle(): void; leave(): void } {
  const [on, setOn] = createSignal(Boolean(document.fullscreenElement));
  const onChange = () => setOn(Boolean(document.fullscreenElement));
  document.addEventListener('fullscreenchange', onChange);
  onCleanup(() => document.removeEventListener('fullscreenchange', onChange));
  const leave = () => {
    try {
      if (document.fullscreenElement) settle(document.exitFullscreen?.());
    } catch {
      /* refused */
    }
  };
  return {
    on,
    leave,
    toggle() {
      try {
        if (document.fullscreenElement) settle(document.exitFullscreen?.());
        else settle(document.documentElement.requestFullscreen?.());
      } catch {
        /* refused */
      }
    },
  };
}

/** The user's reduced-motion preference, followed live. */
export function createReducedMotion(): Accessor<boolean> {
  const motion = matchMedia('(prefers-reduced-motion: reduce)');
  const [reduced, setReduced] = createSignal(motion.matches);
  const onMotion = (e: MediaQueryListEvent) => setReduced(e.matches);
  motion.addEventListener('change', onMotion);
  onCleanup(() => motion.removeEventListener('change', onMotion));
  return reduced;
}

/** The window's size, followed live (one number from it sizes Present's card and map). */
export function createScreenSize(): Accessor<ScreenSize> {
  const screen = (): ScreenSize => ({ width: window.innerWidth, height: window.innerHeight });
  const [size, setSize] = createSignal<ScreenSize>(screen());
  const onResize = () => setSize(screen());
  window.addEventListener('resize', onResize);
  onCleanup(() => window.removeEventListener('resize', onResize));
  return size;
}
