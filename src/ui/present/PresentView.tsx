// Present mode: a keyboard/clicker-driven tour of the plan's corridor map for big screens.
// A chapter card over the map (large type that scales with the screen), the camera flown to each
// chapter, the chapter's features highlighted through the map view, the chapter number in the URL.
// Keys: → PageDown Space Enter next · ← PageUp Backspace previous · Home End · F full screen ·
// A autoplay · L language · Esc back to Explore. Touch: swipe anywhere turns the chapter; a tap on the
// map names what it touched and never leaves the chapter. The map's paint and camera follow one
// number from the screen (plan/presentScale.ts).
import '../../i18n/catalogue/present.ts';
import { createMemo, createEffect, Show } from 'solid-js';
import { buildTour, clampChapter } from '../../plan/tour.ts';
import { presentSizes, presentUnit } from '../../plan/presentScale.ts';
import { t } from '../../i18n/index.ts';
import { useApp } from '../context.ts';
import { createScreenSize } from './fullscreen.ts';
import { createPresentCommands } from './presentCommands.ts';
import { createChapterCamera } from './chapterCamera.ts';
import { createChapterLegend } from './chapterLegend.ts';
import { createTapName } from './tapName.ts';
import { PresentCard } from './PresentCard.tsx';
import { PresentControls } from './PresentControls.tsx';
import './present.css';

/** How long a tapped place's name stays. */
const TAP_MS = 4_000;

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

  // The screen: one number sizes the card and the map.
  const size = createScreenSize();
  const sizes = createMemo(() => presentSizes(size()));
  let card!: HTMLElement;
  let controls: HTMLElement | undefined;
  createChapterCamera({ app, tour, chapter, index, size, sizes, card: () => card, controls: () => controls });
  const commands = createPresentCommands({ store, index, total, go });
  // A tap on the map names what it touched, for a few seconds; the chapter stays.
  const tapName = createTapName(app, TAP_MS);
  const legend = createChapterLegend(app, chapter, lang);

  return (
    <section class="present" aria-label={t(lang(), 'present.region')} data-testid="present" style={{ '--present-u': `${presentUnit(size())}px` }}>
      <PresentCard
        ref={(el) => (card = el)}
        lang={lang()}
        chapter={chapter()}
        index={index()}
        total={total}
        running={commands.running()}
        corridorIds={legend.corridorIds}
        shownKinds={legend.shownKinds()}
        marks={legend.marks() ?? undefined}
        reduced={commands.reduced()}
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
        idle={commands.idle()}
        index={index()}
        total={total}
        running={commands.running()}
        fullscreen={commands.fullscreen()}
        run={commands.run}
      />
    </section>
  );
}
