// Escape closes the innermost thing open (the selection, then the focus, then the List, then the
// filters drawer); keyboard focus goes back to what opened a panel, the list or the reader once it
// closes, and into the new panel when its opener went with the old one.
import { createEffect, on, onCleanup } from 'solid-js';
import type { AppStore } from '../state/appStore.ts';
import { createFocusReturn } from './focusReturn.ts';

export function createEscapeAndFocus(store: AppStore, drawers: { listOpen(): boolean; closeList(): void; filtersOpen(): boolean; closeFilters(): void }): void {
  const focusReturn = createFocusReturn();
  createEffect(
    on(
      () => store.state.select ?? store.state.focus,
      (now) => {
        focusReturn.track('panel', now);
        // The control that opened the panel may have gone with the old one: keep keyboard users in the panel.
        if (now !== undefined)
          queueMicrotask(() => {
            if (document.activeElement !== document.body) return;
            const title = document.querySelector<HTMLElement>('[data-testid="side-panel"] #details-title');
            title?.setAttribute('tabindex', '-1');
            title?.focus({ preventScroll: true });
          });
      },
      { defer: true },
    ),
  );
  createEffect(
    on(
      () => (store.state.line !== undefined ? 'open' : undefined),
      (now) => focusReturn.track('reader', now),
      { defer: true },
    ),
  );
  const onKey = (e: KeyboardEvent) => {
    // The reader handles its own Escape (and may already be gone when the key reaches the window).
    if (e.key !== 'Escape' || store.state.line || e.defaultPrevented || (e.target as Element | null)?.closest?.('[role="dialog"]')) return;
    if (store.state.select) store.set('select', undefined);
    else if (store.state.focus) store.set('focus', undefined);
    else if (drawers.listOpen()) drawers.closeList();
    else if (drawers.filtersOpen()) drawers.closeFilters();
  };
  window.addEventListener('keydown', onKey);
  onCleanup(() => window.removeEventListener('keydown', onKey));
}
