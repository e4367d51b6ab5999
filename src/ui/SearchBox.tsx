// Search by Chinese or English name (and the plan's own terms), as an ARIA combobox: arrows move,
// Enter selects, Escape closes. The institutions (their own chunk) join the results once a search
// starts: their names in zh/en/pinyin and their hosts; choosing one opens its panel (inst=).
import { For, Show, createMemo, createSignal } from 'solid-js';
import { search, pinyinForms } from '../plan/search.ts';
import { KINDS, type Kind } from '../plan/kinds.ts';
import { INSTITUTION_KINDS_INFO } from '../plan/institutionKinds.ts';
import { institutionsLoader } from './lazyScreens.ts';
import { openInstitution } from './LoadedScreens.tsx';
import { useApp } from './context.ts';
import { t } from '../i18n/index.ts';

export function SearchBox() {
  const { data, store, tr, mapView, select } = useApp();
  const lang = () => store.state.lang;
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(0);
  // Built on the first search, not while the first screen loads (the data does not change).
  const buildItems = () => [
    ...data.places.map((f) => ({
      id: f.properties.id,
      name_zh: f.properties.name_zh,
      name_en: f.properties.name_en,
      kind: f.properties.kind,
      aliases: [...f.properties.plan_terms, ...pinyinForms(f.properties.name_pinyin)],
    })),
    ...data.corridors.map((f) => ({ id: f.properties.id, name_zh: f.properties.name_zh, name_en: f.properties.name_en, kind: 'corridor' })),
    // The plan itself: an action, target, task or responsible unit found here is put in focus.
    ...data.plan.actions.map((a) => ({ id: a.id, name_zh: a.title.zh, name_en: a.title.en, kind: 'plan-action', aliases: [a.numeral] })),
    ...data.plan.actions.flatMap((a) => a.targets.map((tg) => ({ id: tg.id, name_zh: tg.indicator.zh, name_en: tg.indicator.en, kind: 'plan-target' }))),
    ...[...data.plan.actions, ...data.plan.supports].flatMap((p) =>
      p.tasks.map((tk) => ({ id: tk.id, name_zh: tk.title.zh, name_en: tk.title.en, kind: 'plan-task' })),
    ),
    ...data.plan.units.map((u) => ({ id: u.id, name_zh: u.name.zh, name_en: u.name.en, kind: 'plan-unit', aliases: u.aliases })),
    // The districts themselves (黄埔, Huangpu): choosing one filters the map to it and frames it.
    ...data.districts.features.map((f) => ({
      id: `district:${f.properties.name_zh}`,
      name_zh: f.properties.name_zh,
      name_en: f.properties.name_en,
      kind: 'district',
      aliases: [f.properties.name_zh.replace(/区$/u, ''), f.properties.name_en.replace(/ District$/u, '')],
    })),
  ];
  type Item = ReturnType<typeof buildItems>[number];
  let index: Item[] | undefined;
  let withInstitutions: Item[] | undefined;
  const items = (): Item[] => {
    index ??= buildItems();
    const m = institutionsLoader.module();
    if (!m) {
      void institutionsLoader.get();
      return index;
    }
    withInstitutions ??= [
      ...index,
      ...m.INSTITUTIONS.features.map((f) => ({
        id: f.properties.id,
        name_zh: f.properties.name_zh,
        name_en: f.properties.name_en,
        kind: `institution:${f.properties.kind}`,
        aliases: [...pinyinForms(f.properties.name_pinyin), f.properties.host.zh, f.properties.host.en],
      })),
    ];
    return withInstitutions;
  };
  const PLAN_KIND: Record<string, { zh: string; en: string }> = {
    'plan-action': { zh: '重点行动', en: 'Action' },
    'plan-target': { zh: '行动目标', en: 'Target' },
    'plan-task': { zh: '主要任务', en: 'Task' },
    'plan-unit': { zh: '责任单位', en: 'Responsible unit' },
    corridor: { zh: '走廊段', en: 'Corridor segment' },
    district: { zh: '行政区', en: 'District' },
  };
  const instKind = (kind: string) =>
    kind.startsWith('institution:') ? INSTITUTION_KINDS_INFO[kind.slice('institution:'.length) as keyof typeof INSTITUTION_KINDS_INFO] : undefined;
  const kindLabel = (kind: string) => KINDS[kind as Kind] ?? PLAN_KIND[kind] ?? instKind(kind);
  const hits = createMemo(() => (store.state.q.trim() === '' ? [] : search(items(), store.state.q, 12)));
  const choose = (item: { id: string; kind: string }) => {
    // The box empties first, in the entry being left (q replaces it): Back returns to the map, not to the list.
    store.set('q', '');
    if (item.kind === 'district') {
      const name = item.id.slice('district:'.length);
      store.set('select', undefined);
      const same = store.filters().districts.length === 1 && store.filters().districts[0] === name;
      store.set('districts', [name]);
      if (same) mapView.frameIds([], name);
    } else if (item.kind.startsWith('institution:')) {
      openInstitution(store, item.id);
    } else if (item.kind.startsWith('plan-')) {
      store.set('select', undefined);
      store.set('focus', item.id);
    } else select(item.id);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent) => {
    const n = hits().length;
    if (e.key === 'ArrowDown') {
      setOpen(true);
      setActive((i) => (n ? (i + 1) % n : 0));
      e.preventDefault();
    } else if (e.key === 'ArrowUp') {
      setActive((i) => (n ? (i - 1 + n) % n : 0));
      e.preventDefault();
    } else if (e.key === 'Enter') {
      const h = hits()[active()];
      if (h) choose(h.item);
      e.preventDefault();
    }
    // Escape closes the results first; only a second one reaches the app (closing the panel).
    else if (e.key === 'Escape' && open() && store.state.q.trim() !== '') {
      setOpen(false);
      e.preventDefault();
    }
  };
  return (
    <div class="search" role="search">
      <label for="search-input" class="sr-only">
        {t(lang(), 'app.search')}
      </label>
      <input
        id="search-input"
        type="search"
        role="combobox"
        autocomplete="off"
        spellcheck={false}
        aria-expanded={open() && store.state.q !== ''}
        aria-controls="search-results"
        aria-autocomplete="list"
        aria-activedescendant={open() && hits()[active()] ? `sr-${hits()[active()]!.item.id}` : undefined}
        placeholder={t(lang(), 'app.searchPlaceholder')}
        value={store.state.q}
        maxLength={100}
        onInput={(e) => {
          store.set('q', e.currentTarget.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={onKey}
      />
      <Show when={open() && store.state.q.trim() !== ''}>
        <ul id="search-results" role="listbox" class="search-results" aria-label={t(lang(), 'app.search')}>
          <For
            each={hits()}
            fallback={
              <li class="muted" role="option" aria-disabled="true">
                {t(lang(), 'app.noResults')}
              </li>
            }
          >
            {(h, i) => (
              <li
                id={`sr-${h.item.id}`}
                role="option"
                aria-selected={i() === active()}
                classList={{ active: i() === active() }}
                onMouseDown={(e) => {
                  e.preventDefault();
                  choose(h.item);
                }}
              >
                <span
                  class="swatch"
                  style={{ background: KINDS[h.item.kind as Kind]?.color ?? instKind(h.item.kind)?.color ?? '#334155' }}
                  aria-hidden="true"
                />
                <span>{lang() === 'zh' ? h.item.name_zh : h.item.name_en}</span>
                <span class="muted small"> {lang() === 'zh' ? h.item.name_en : h.item.name_zh}</span>
                <Show when={kindLabel(h.item.kind)}>{(k) => <span class="muted small"> · {tr(k())}</span>}</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
