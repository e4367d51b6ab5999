// Present mode: a keyboard/clicker-driven tour of the plan's corridor map for big screens.
// A chapter card over the map (large type that scales with the screen), the camera flown to each
// chapter, the chapter's features highlighted through the map view, the chapter number in the URL.
// Keys: → PageDown Space Enter next · ← PageUp Backspace previous · Home End · F full screen ·
// A autoplay · L language · Esc back to Explore. Touch: swipe anywhere turns the chapter; a tap on the
// map names what it touched and never leaves the chapter. The map's paint and camera follow one
// number from the screen (plan/presentScale.ts).
import '../../i18n/catalogue/present.ts';
import { createMemo, createSignal, createEffect, onMount, onCleanup, Show } from 'solid-js';
import { buildTour, clampChapter, chapterKinds } from '../../plan/tour.ts';
import { presentSizes, presentUnit, type ScreenSize } from '../../plan/presentScale.ts';
import { KINDS, type CorridorId, type Kind } from '../../plan/kinds.ts';
import { createAutoplay, createIdle, type PresentCommand } from '../../state/presentControls.ts';
import { t } from '../../i18n/index.ts';
import { useApp } from '../context.ts';
import { createFullscreen, createReducedMotion } from './fullscreen.ts';
import { bindPresentInput } from './presentInput.ts';
import { createChapterCamera } from './chapterCamera.ts';
import { createTapName } from './tapName.ts';
import { PresentCard } from './PresentCard.tsx';
import { PresentControls } from './PresentControls.tsx';
import { testPresentIntervalMs } from '../../testHooks.ts';
import { MARKS } from '../../plan/statusMap.ts';
import { MARK_SYMBOL, markWord } from '../../plan/statusText.ts';
import { MARK_COLOR } from '../scorecard/StatusMapLegend.tsx';
import type { LegendMark } from './PresentLegend.tsx';
import './present.css';

/** Autoplay's pace; a test may shorten it (src/testHooks.ts, `__presentIntervalMs`). */
const AUTOPLAY_MS = 12_000;
const IDLE_MS = 3_000;
/** How long a tapped place's name stays. */
const TAP_MS = 4_000;

const intervalMs = (): number => testPresentIntervalMs() ?? AUTOPLAY_MS;

export function PresentView() {
  const app = useApp();
  const { store, data } = app;
  const tour = buildTour({
    plan: data.plan,
    places: data.places,
    corridors: data.corridors,
    districts: data.districts,
    seedLines: data.seedLines,
    graph: app.graph,
    scoreRows: app.scorecard.rows,
  });
  const total = tour.length;
  const lang = () => store.state.lang;
  const index = createMemo(() => clampChapter(store.state.chapter, total));
  const chapter = createMemo(() => tour[index() - 1]!);
  // Out-of-range numbers clamp to the last chapter, and the URL says so.
  createEffect(() => store.state.chapter !== index() && store.set('chapter', index()));
  const go = (n: number) => store.set('chapter', clampChapter(n, total));

  // --- the screen: one number sizes the card and the map ------------------------------------
  const screen = (): ScreenSize => ({ width: window.innerWidth, height: window.innerHeight });
  const [size, setSize] = createSignal<ScreenSize>(screen());
  const onResize = () => setSize(screen());
  window.addEventListener('resize', onResize);
  onCleanup(() => window.removeEventListener('resize', onResize));
  const sizes = createMemo(() => presentSizes(size()));
  let card!: HTMLElement;
  let controls: HTMLElement | undefined;
  createChapterCamera({ app, tour, chapter, index, size, sizes, card: () => card, controls: () => controls });

  // --- autoplay (with reduced motion, a link's autoplay waits until turned on by hand) ---------
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
        return store.set('lang', lang() === 'zh' ? 'en' : 'zh');
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

  // A tap on the map names what it touched, for a few seconds; the chapter stays.
  const tapName = createTapName(app, TAP_MS);

  const corridorIds = [...new Set(data.corridors.map((c) => c.properties.corridor))] as CorridorId[];
  const shownKinds = createMemo(() =>
    chapterKinds(chapter(), (id) => {
      const p = app.place(id);
      return p?.geometry ? p.properties.kind : undefined;
    }).filter((k): k is Kind => k in KINDS),
  );

  // A results chapter's legend: the marks its places carry on the map (a ring's colour, a symbol, words).
  const legendMarks = createMemo((): LegendMark[] | undefined => {
    const r = chapter().results;
    if (!r) return undefined;
    const used = new Set(Object.values(r.marks));
    return MARKS.filter((m) => used.has(m)).map((m) => ({ id: m, label: markWord(m, lang()), color: MARK_COLOR[m], symbol: MARK_SYMBOL[m] }));
  });

  return (
    <section class="present" aria-label={t(lang(), 'present.region')} data-testid="present" style={{ '--present-u': `${presentUnit(size())}px` }}>
      <PresentCard
        ref={(el) => (card = el)}
        lang={lang()}
        chapter={chapter()}
        index={index()}
        total={total}
        running={running()}
        corridorIds={corridorIds}
        shownKinds={shownKinds()}
        marks={legendMarks() ?? undefined}
        reduced={reduced()}
      />
      <Show when={tapName()}>
        {(name) => (
          <p class="present-tapped" role="status" data-testid="present-tapped">
            {name()}
          </p>
        )}
      </Show>
      <p class="sr-only" aria-live="polite">{`${t(lang(), 'present.progress', { n: index(), total })}: ${app.tr(chapter().title)}`}</p>
      <PresentControls
        ref={(el) => (controls = el)}
        lang={lang()}
        idle={idle()}
        index={index()}
        total={total}
        running={running()}
        fullscreen={fullscreen.on()}
        run={run}
      />
    </section>
  );
}
