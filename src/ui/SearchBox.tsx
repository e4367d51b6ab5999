// Search by Chinese or English name (and the plan's own terms), as an ARIA combobox: arrows move,
// Enter selects, Escape closes.
import { For, Show, createMemo, createSignal } from 'solid-js';
import { search, pinyinForms } from '../plan/search.ts';
import { KINDS, type Kind } from '../plan/kinds.ts';
import { useApp } from './context.ts';
import { t } from './i18n.ts';

export function SearchBox() {
  const { data, store, tr } = useApp();
  const lang = () => store.lang();
  const [open, setOpen] = createSignal(false);
  const [active, setActive] = createSignal(0);
  const items = createMemo(() => [
    ...data.places.map((f) => ({
      id: f.properties.id, name_zh: f.properties.name_zh, name_en: f.properties.name_en, kind: f.properties.kind,
      aliases: [...f.properties.plan_terms, ...pinyinForms(f.properties.name_pinyin)],
    })),
    ...data.corridors.map((f) => ({ id: f.properties.id, name_zh: f.properties.name_zh, name_en: f.properties.name_en, kind: 'corridor' })),
  ]);
  const hits = createMemo(() => search(items(), store.query(), 12));
  const choose = (id: string) => {
    store.select(id);
    setOpen(false);
  };
  const onKey = (e: KeyboardEvent) => {
    const n = hits().length;
    if (e.key === 'ArrowDown') { setOpen(true); setActive((i) => (n ? (i + 1) % n : 0)); e.preventDefault(); }
    else if (e.key === 'ArrowUp') { setActive((i) => (n ? (i - 1 + n) % n : 0)); e.preventDefault(); }
    else if (e.key === 'Enter') { const h = hits()[active()]; if (h) choose(h.item.id); e.preventDefault(); }
    else if (e.key === 'Escape') { setOpen(false); }
  };
  return (
    <div class="search" role="search">
      <label for="search-input" class="sr-only">{t(lang(), 'search')}</label>
      <input id="search-input" type="search" role="combobox" autocomplete="off" spellcheck={false}
        aria-expanded={open() && store.query() !== ''} aria-controls="search-results" aria-autocomplete="list"
        aria-activedescendant={open() && hits()[active()] ? `sr-${hits()[active()]!.item.id}` : undefined}
        placeholder={t(lang(), 'searchPlaceholder')} value={store.query()} maxLength={100}
        onInput={(e) => { store.setQuery(e.currentTarget.value); setActive(0); setOpen(true); }}
        onFocus={() => setOpen(true)} onBlur={() => setTimeout(() => setOpen(false), 150)} onKeyDown={onKey} />
      <Show when={open() && store.query().trim() !== ''}>
        <ul id="search-results" role="listbox" class="search-results" aria-label={t(lang(), 'search')}>
          <For each={hits()} fallback={<li class="muted" role="option" aria-disabled="true">{t(lang(), 'noResults')}</li>}>
            {(h, i) => (
              <li id={`sr-${h.item.id}`} role="option" aria-selected={i() === active()} classList={{ active: i() === active() }}
                onMouseDown={(e) => { e.preventDefault(); choose(h.item.id); }}>
                <span class="swatch" style={{ background: KINDS[h.item.kind as Kind]?.color ?? '#334155' }} aria-hidden="true" />
                <span>{lang() === 'zh' ? h.item.name_zh : h.item.name_en}</span>
                <span class="muted small"> {lang() === 'zh' ? h.item.name_en : h.item.name_zh}</span>
                <Show when={KINDS[h.item.kind as Kind]}>{(k) => <span class="muted small"> · {tr(k())}</span>}</Show>
              </li>
            )}
          </For>
        </ul>
      </Show>
    </div>
  );
}
