// The List and the filters' drawers: open or closed, and closed by Escape with the focus returned to
// the button that opened them (src/ui/escapeAndFocus.ts).
import { createSignal } from 'solid-js';
import type { AppStore } from '../state/appStore.ts';
import { createEscapeAndFocus } from './escapeAndFocus.ts';

export function createDrawers(store: AppStore) {
  const [listOpen, setListOpen] = createSignal(false);
  const [filtersOpen, setFiltersOpen] = createSignal(false);
  const closeList = () => {
    setListOpen(false);
    document.querySelector<HTMLElement>('[aria-controls="list-drawer"]')?.focus();
  };
  const closeFilters = () => {
    setFiltersOpen(false);
    document.querySelector<HTMLElement>('[aria-controls="filters-drawer"]')?.focus();
  };
  createEscapeAndFocus(store, { listOpen, closeList, filtersOpen, closeFilters });
  return { listOpen, setListOpen, filtersOpen, setFiltersOpen };
}
