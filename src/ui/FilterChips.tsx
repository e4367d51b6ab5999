// The active filters over the map, so they are visible without opening the drawer: one chip per
// chosen value, each with its ×, and "clear all".
import { For, Show, createMemo } from 'solid-js';
import { KINDS, GROUPS, type Kind, type Group } from '../plan/kinds.ts';
import type { FilterKey } from '../state/appStore.ts';
import { useApp } from './context.ts';
import { t, type MessageKey } from '../i18n/index.ts';

/** What each chip says its facet is (singular: one value per chip). */
const FACET: Record<FilterKey, MessageKey> = {
  kinds: 'app.kind',
  groups: 'app.chipGroup',
  actions: 'app.chipAction',
  districts: 'app.district',
  units: 'app.chipUnit',
};

export function FilterChips() {
  const { data, store, tr } = useApp();
  const lang = () => store.state.lang;
  const label = (key: FilterKey, v: string): string => {
    switch (key) {
      case 'kinds':
        return KINDS[v as Kind] ? tr(KINDS[v as Kind]) : v;
      case 'groups':
        return GROUPS[v as Group] ? tr(GROUPS[v as Group]) : v;
      case 'actions': {
        const a = data.plan.actions.find((x) => x.id === v);
        return a ? `${lang() === 'zh' ? a.numeral : a.id} ${tr(a.title)}` : v;
      }
      case 'districts': {
        const d = data.districts.features.find((f) => f.properties.name_zh === v);
        return d && lang() === 'en' ? d.properties.name_en : v;
      }
      case 'units': {
        const u = data.plan.units.find((x) => x.id === v);
        return u ? tr(u.name) : v;
      }
    }
  };
  const chips = createMemo(() => {
    const f = store.filters();
    return (Object.keys(f) as FilterKey[]).flatMap((key) => f[key].map((v) => ({ key, v })));
  });
  return (
    <Show when={chips().length > 0}>
      <div class="filter-chips" role="group" aria-label={t(lang(), 'app.activeFilters')} data-testid="filter-chips">
        <ul class="plain">
          <For each={chips()}>
            {(c) => (
              <li class="fchip" data-key={c.key} data-value={c.v}>
                <span class="fchip-facet">{t(lang(), FACET[c.key])}</span>
                <span class="fchip-label">{label(c.key, c.v)}</span>
                <button
                  type="button"
                  class="fchip-x"
                  aria-label={t(lang(), 'app.removeFilter', { name: label(c.key, c.v) })}
                  onClick={() => store.toggleFilter(c.key, c.v)}
                >
                  ×
                </button>
              </li>
            )}
          </For>
        </ul>
        <button type="button" class="fchip-clear" onClick={() => store.clearFilters()}>
          {t(lang(), 'app.clearAll')}
        </button>
      </div>
    </Show>
  );
}
