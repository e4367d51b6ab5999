// The whole plan, line by line with its numbers, its structure as a table of contents, and every
// place it names as a link to the map. Opens at a line (kept in the URL as line=N). In English: the
// unofficial translation, aligned line by line (same numbers), said to be one, the Chinese a click away.
import { For, Show, createMemo, createSignal, onMount, createEffect, on } from 'solid-js';
import { useApp } from './context.ts';
import { t } from '../i18n/index.ts';
import { numeralIn } from '../plan/numerals.ts';
import { linkLine, sortTerms, type Term } from '../plan/readerLinks.ts';
import { usePlanEnglish } from './planEnglishText.ts';
import { GROUPS, GROUP_IDS, type Group } from '../plan/kinds.ts';

/** As many members of a group on one line as make one chip for the group (English reader). */
const GROUP_CHIP_MIN = 4;

export function PlanReader(props: { line: number }) {
  const { data, store, tr, select } = useApp();
  const lang = () => store.state.lang;
  let body!: HTMLDivElement;
  let closeBtn!: HTMLButtonElement;
  const [original, setOriginal] = createSignal(false);
  const english = usePlanEnglish(() => lang() === 'en' && !original());
  /** The English lines while they are what is shown. */
  const shownEnglish = () => (lang() === 'en' && !original() ? english.lines() : undefined);
  // On a narrow screen the contents are behind a button, above the text: the text keeps the width.
  const narrow = () => matchMedia('(max-width: 800px)').matches;
  const [tocOpen, setTocOpen] = createSignal(!narrow());
  const goToLine = (line: number) => {
    store.set('line', line);
    if (narrow()) setTocOpen(false);
  };

  // A term several places share (十三节点 names all thirteen nodes) links to their group instead.
  const terms = createMemo(() => {
    const byTerm = new Map<string, typeof data.places>();
    for (const f of data.places) for (const term of f.properties.plan_terms) byTerm.set(term, [...(byTerm.get(term) ?? []), f]);
    const out: Term[] = [];
    for (const [term, fs] of byTerm) {
      if (fs.length === 1) out.push({ term, placeId: fs[0]!.properties.id });
      else {
        const group = fs[0]!.properties.groups.find((g) => fs.every((f) => f.properties.groups.includes(g)));
        if (group) out.push({ term, placeId: `group:${group}` });
      }
    }
    return sortTerms(out);
  });
  // Names the PDF broke across lines get a link chip at the end of the range; in English (where the
  // Chinese names are not in the text to be linked) every name does.
  const chipsAt = createMemo(() => {
    const m = new Map<number, string[]>();
    const all = shownEnglish() !== undefined;
    for (const f of data.places) {
      for (const [a, b] of f.properties.lines) {
        if (a === b && !all) continue;
        const list = m.get(b) ?? [];
        if (!list.includes(f.properties.id)) list.push(f.properties.id);
        m.set(b, list);
      }
    }
    // In English a line that names a whole group (十三节点) would get a chip per member: one for the group.
    if (all) {
      for (const [line, ids] of m) {
        for (const g of GROUP_IDS) {
          const members = ids.filter((id) => data.places.find((p) => p.properties.id === id)?.properties.groups.includes(g));
          if (members.length >= GROUP_CHIP_MIN) m.set(line, [...ids.filter((id) => !members.includes(id)), `group:${g}`]);
        }
      }
    }
    return m;
  });
  const headings = createMemo(() => {
    const h = new Map<number, string>();
    for (const a of data.plan.actions) h.set(a.lines[0], a.id);
    for (const s of data.plan.supports) h.set(s.lines[0], s.id);
    for (const g of data.plan.goals) h.set(g.lines[0], g.id);
    for (const m of data.plan.measures) h.set(m.lines[0], m.id);
    for (const p of [...data.plan.actions, ...data.plan.supports]) for (const task of p.tasks) h.set(task.lines[0], task.id);
    return h;
  });
  const toc = () => [
    ...data.plan.goals.map((g) => ({ id: g.id, line: g.lines[0], title: tr(g.title) })),
    ...data.plan.actions.map((a) => ({ id: a.id, line: a.lines[0], title: `${numeralIn(a.numeral, lang())} ${tr(a.title)}` })),
    ...data.plan.supports.map((s) => ({ id: s.id, line: s.lines[0], title: tr(s.title) })),
    ...data.plan.measures.map((m) => ({ id: m.id, line: m.lines[0], title: tr(m.title) })),
  ];
  // The translation has a line for each line of the seed, blank where it is blank.
  const rows = createMemo(() => {
    const en = shownEnglish();
    return data.seedLines.map((text, i) => ({ n: i + 1, text: en ? (en[i] ?? '') : text })).filter((r) => data.seedLines[r.n - 1]!.trim() !== '');
  });

  const scrollTo = (line: number) => {
    const el = body?.querySelector<HTMLElement>(`[data-line="${line}"]`) ?? body?.querySelector<HTMLElement>(`[data-line="${line + 1}"]`);
    el?.scrollIntoView({ block: 'center' });
  };
  onMount(() => {
    closeBtn.focus();
    scrollTo(props.line);
  });
  createEffect(on(() => props.line, scrollTo, { defer: true }));
  // The other language's text has other heights: back to the line.
  createEffect(
    on(
      () => shownEnglish() !== undefined,
      () => scrollTo(props.line),
      { defer: true },
    ),
  );

  const goToPlace = (id: string) => {
    store.set('line', undefined);
    if (id.startsWith('group:')) {
      store.set('select', undefined);
      store.clearFilters();
      store.set('groups', [id.slice('group:'.length)]);
    } else select(id);
  };
  return (
    // The backdrop's click is the pointer's way out; the keyboard's is Escape on the dialog.
    // biome-ignore lint/a11y/useKeyWithClickEvents: Escape closes the dialog (onKeyDown below)
    // biome-ignore lint/a11y/noStaticElementInteractions: a click outside the dialog closes it, as in any modal
    <div class="reader-backdrop" onClick={(e) => e.target === e.currentTarget && store.set('line', undefined)}>
      <section
        class="reader"
        role="dialog"
        aria-modal="true"
        aria-labelledby="reader-title"
        data-testid="plan-reader"
        onKeyDown={(e) => e.key === 'Escape' && store.set('line', undefined)}
      >
        <div class="reader-head">
          <h2 id="reader-title">{t(lang(), 'app.reader')}</h2>
          <p class="muted small">
            {tr(data.plan.source.title)} · {lang() === 'zh' ? data.plan.source.status : t(lang(), 'app.statusDraft')} · {data.plan.source.file}
          </p>
          <Show when={lang() === 'en'}>
            <p class="small translation-note" data-testid="translation-note">
              {t(
                lang(),
                english.failed() && !original() ? 'app.translationFailed' : english.lines() || original() ? 'app.translationNote' : 'app.translationLoading',
              )}{' '}
              <button type="button" class="link" data-testid="reader-original" onClick={() => setOriginal(!original())}>
                {t(lang(), original() ? 'app.showTranslation' : 'app.showOriginal')}
              </button>
            </p>
          </Show>
          <button type="button" ref={closeBtn} class="close" onClick={() => store.set('line', undefined)} aria-label={t(lang(), 'app.close')}>
            ×
          </button>
        </div>
        <div class="reader-main">
          <button type="button" class="toc-toggle" aria-expanded={tocOpen()} aria-controls="reader-toc" onClick={() => setTocOpen((v) => !v)}>
            {t(lang(), tocOpen() ? 'app.hideContents' : 'app.showContents')}
          </button>
          <nav id="reader-toc" class="toc" classList={{ collapsed: !tocOpen() }} aria-label={t(lang(), 'app.contents')}>
            <ol>
              <For each={toc()}>
                {(item) => (
                  <li>
                    <button type="button" class="link" onClick={() => goToLine(item.line)}>
                      {item.title}
                    </button>
                  </li>
                )}
              </For>
            </ol>
          </nav>
          <div class="reader-text" ref={body} lang={shownEnglish() ? 'en' : 'zh'} tabindex="0">
            <For each={rows()}>
              {(r) => (
                <p
                  data-line={r.n}
                  classList={{ current: r.n === props.line, heading: headings().has(r.n) }}
                  id={headings().has(r.n) ? `plan-${headings().get(r.n)}` : undefined}
                >
                  <span class="ln" aria-hidden="true">
                    {r.n}
                  </span>
                  <For each={shownEnglish() ? [{ text: r.text, placeId: undefined }] : linkLine(r.text, terms())}>
                    {(seg) =>
                      seg.placeId ? (
                        <button type="button" class="place-link" onClick={() => goToPlace(seg.placeId!)}>
                          {seg.text}
                        </button>
                      ) : (
                        seg.text
                      )
                    }
                  </For>
                  <Show when={chipsAt().get(r.n)}>
                    {(ids) => (
                      <For each={ids()}>
                        {(id) => {
                          const f = data.places.find((p) => p.properties.id === id);
                          const g = id.startsWith('group:') ? GROUPS[id.slice('group:'.length) as Group] : undefined;
                          const label = g ? g[lang()] : f ? (lang() === 'zh' ? f.properties.name_zh : f.properties.name_en) : id;
                          return (
                            <button type="button" class="place-chip" onClick={() => goToPlace(id)}>
                              ↗ {label}
                            </button>
                          );
                        }}
                      </For>
                    )}
                  </Show>
                </p>
              )}
            </For>
          </div>
        </div>
      </section>
    </div>
  );
}
