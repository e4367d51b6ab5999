// A chapter's card: counter and subtitle, title (and its other-language name), what is inferred or has
// no site, figures in large type, the body, the plan's lines, the legend and the progress bar.
import { For, Show, createSignal, onCleanup, onMount } from 'solid-js';
import type { TourChapter } from '../../plan/tour.ts';
import { citeText, figureParts } from '../../plan/presentText.ts';
import { CORRIDORS, KINDS, glyphOf, type CorridorId, type Kind } from '../../plan/kinds.ts';
import { t, type Lang, type Bilingual } from '../../i18n/index.ts';
import { PresentLegend, type LegendMark } from './PresentLegend.tsx';
import { PresentResults } from './PresentResults.tsx';

export function PresentCard(props: {
  ref: (el: HTMLElement) => void;
  lang: Lang;
  chapter: TourChapter;
  index: number;
  total: number;
  running: boolean;
  corridorIds: readonly CorridorId[];
  shownKinds: readonly Kind[];
  /** A results chapter's legend: what the rings round its places mean. */
  marks?: LegendMark[] | undefined;
  /** Reduced motion: figures stand at their value instead of counting up. */
  reduced: boolean;
}) {
  const tx = (b: Bilingual) => b[props.lang];
  const litCorridor = () => (props.chapter.kind === 'corridor' ? props.chapter.id.replace(/^corridor:/, '') : undefined);
  const progress = () => t(props.lang, 'present.progress', { n: props.index, total: props.total });
  // Whether the card's text goes on below what its box shows (a phone, a long English chapter): the
  // bottom of the box then fades out, so nobody takes the card for all there is.
  let scroller!: HTMLDivElement;
  const [moreBelow, setMoreBelow] = createSignal(false);
  const measure = () => setMoreBelow(scroller.scrollHeight - scroller.scrollTop - scroller.clientHeight > 2);
  onMount(() => {
    const resized = new ResizeObserver(measure);
    resized.observe(scroller);
    // A new chapter, a language, a figure counting up: the content changes, its box may not.
    const changed = new MutationObserver(measure);
    changed.observe(scroller, { childList: true, subtree: true, characterData: true });
    measure();
    onCleanup(() => {
      resized.disconnect();
      changed.disconnect();
    });
  });
  return (
    <article ref={props.ref} class="present-card" data-chapter={props.chapter.id} data-kind={props.chapter.kind}>
      {/* What does not fit scrolls in here, never the card itself (present.css says why); the progress stays in view. */}
      <div class="present-scroll" data-testid="present-scroll" ref={scroller} onScroll={measure}>
        <p class="present-meta">
          <span class="present-counter" data-testid="present-counter">
            {t(props.lang, 'present.counter', { n: props.index, total: props.total })}
          </span>
          <span class="present-subtitle">{tx(props.chapter.subtitle)}</span>
          <Show when={props.running}>
            <span class="present-auto">▶ {t(props.lang, 'present.autoplayOn')}</span>
          </Show>
        </p>
        <h2 class="present-title" data-testid="present-title">
          {tx(props.chapter.title)}
        </h2>
        <Show when={props.chapter.alt}>
          {(alt) => (
            <p class="present-alt" lang={props.lang === 'zh' ? 'en' : 'zh'}>
              {tx(alt())}
            </p>
          )}
        </Show>
        <Show when={props.chapter.inferred}>
          {(inf) => (
            <p class="present-inferred">
              <strong>{t(props.lang, 'present.inferred')}</strong>
              <span>{tx(inf())}</span>
            </p>
          )}
        </Show>
        <Show when={props.chapter.noSite}>
          {(ns) => (
            <p class="present-nosite" data-testid="present-nosite">
              <strong>{t(props.lang, 'present.noSite')}</strong>
              <span>{tx(ns())}</span>
            </p>
          )}
        </Show>
        <Show when={props.chapter.results}>{(r) => <PresentResults lang={props.lang} results={r()} reduced={props.reduced} />}</Show>
        <Show when={props.chapter.stats.length > 0}>
          <dl class="present-stats">
            <For each={props.chapter.stats}>
              {(s) => (
                <div>
                  <dt>{tx(s.label)}</dt>
                  <dd>
                    <For each={figureParts(tx(s.value))}>
                      {(part) => (part.figure ? <span class="present-figure">{part.text}</span> : <span class="present-qualifier">{part.text}</span>)}
                    </For>
                  </dd>
                </div>
              )}
            </For>
          </dl>
        </Show>
        <ul class="present-body">
          <For each={props.chapter.body}>{(line) => <li>{tx(line)}</li>}</For>
        </ul>
        <p class="present-cite" data-testid="present-cite">
          {citeText(props.chapter.cite, props.lang)}
        </p>
        <PresentLegend
          lang={props.lang}
          // A results chapter's legend is its marks: the corridors are not its subject (and its card is full).
          corridors={
            props.marks ? [] : props.corridorIds.map((id) => ({ id, label: CORRIDORS[id][props.lang], color: CORRIDORS[id].color, lit: litCorridor() === id }))
          }
          kinds={props.marks ? [] : props.shownKinds.map((k) => ({ id: k, label: KINDS[k][props.lang], color: KINDS[k].color, glyph: glyphOf(k, props.lang) }))}
          // Props named, not spread: a JSX spread pulls Solid's mergeProps into the shared chunk of the first load.
          marks={props.marks && props.chapter.results ? props.marks : undefined}
          marksTitle={props.marks && props.chapter.results ? t(props.lang, 'status.marksLegend', { year: props.chapter.results.year }) : undefined}
          // The same symbol as on the map in this language (style.ts glyphField): 节 in Chinese, N in English.
        />
      </div>
      <div class="present-more" classList={{ on: moreBelow() }} aria-hidden="true" data-testid="present-more" />
      <div
        class="present-progress"
        role="progressbar"
        aria-label={progress()}
        aria-valuemin={1}
        aria-valuemax={props.total}
        aria-valuenow={props.index}
        aria-valuetext={progress()}
      >
        <div class="present-progress-bar" style={{ width: `${(props.index / props.total) * 100}%` }} />
      </div>
    </article>
  );
}
