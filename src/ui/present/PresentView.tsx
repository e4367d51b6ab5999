// Present mode: a keyboard/clicker-driven tour of the plan's corridor map for big screens.
// A chapter card over the map (large type that scales with the screen), the camera flown to each
// chapter, the chapter's features highlighted through the store, the chapter number in the URL.
// Keys: → PageDown Space Enter next · ← PageUp Backspace previous · Home End · F full screen ·
// A autoplay · L language · Esc back to Explore. Touch: swipe anywhere turns the chapter; a tap on the
// map names what it touched and never leaves the chapter. The map's paint and camera follow one
// number from the screen (plan/presentScale.ts), handed to the map adapter as signals.
import { createMemo, createSignal, createEffect, on, onMount, onCleanup, For, Show } from 'solid-js';
import type { Lines } from '../../data/planSchema.ts';
import type { Lang } from '../../state/urlState.ts';
import { buildTour, clampChapter, type TourChapter } from '../../plan/tour.ts';
import { presentSizes, presentUnit, isNarrow, type ScreenSize } from '../../plan/presentScale.ts';
import { boundsOf, type Bounds } from '../../geo/bounds.ts';
import { CORRIDORS, KINDS, type CorridorId, type Kind } from '../../plan/kinds.ts';
import { useApp } from '../context.ts';
import { pt } from '../../plan/presentStrings.ts';
import { PresentLegend } from './PresentLegend.tsx';
import { exposeTestHooks, testPresentIntervalMs } from '../../testHooks.ts';
import './present.css';

/** Autoplay's pace; a test may shorten it (src/testHooks.ts, `__presentIntervalMs`). */
const AUTOPLAY_MS = 12_000;
const IDLE_MS = 3_000;
const FLY_MS = 2_200;
/** A corridor chapter's travel: one leg per run of segments, then the settle on the whole corridor. */
const LEG_MS = 1_100;
const SETTLE_MS = 1_300;
const SWIPE_PX = 50;

const intervalMs = (): number => testPresentIntervalMs() ?? AUTOPLAY_MS;

/** "规划第 86–88、209 行" / "plan lines 86–88, 209". */
export function citeText(lines: readonly Lines[], lang: Lang): string {
  const parts = lines.map(([a, b]) => (a === b ? String(a) : `${a}–${b}`));
  const single = lines.length === 1 && lines[0]![0] === lines[0]![1];
  return pt(lang, single ? 'planLine' : 'planLines', { lines: parts.join(pt(lang, 'lineSep')) });
}

/** "about 65%" → the figure large, the plan's qualifying words beside it smaller. */
export function figureParts(text: string): Array<{ text: string; figure: boolean }> {
  const m = /^(.*?)([\d.,～–]+\s?%?)(.*)$/.exec(text);
  if (!m) return [{ text, figure: true }];
  return [
    { text: m[1]!.trim(), figure: false },
    { text: m[2]!, figure: true },
    { text: m[3]!.trim(), figure: false },
  ].filter((p) => p.text);
}

/** A stroked 24×24 icon: vector, so it stays sharp at any size. */
function Icon(props: { d: string }) {
  return (
    <svg class="present-icon" viewBox="0 0 24 24" aria-hidden="true">
      <path d={props.d} />
    </svg>
  );
}

export function PresentView() {
  const app = useApp();
  const { store, data } = app;
  const tour: TourChapter[] = buildTour({
    plan: data.plan, places: data.places, corridors: data.corridors, districts: data.districts,
    seedLines: data.seedLines, graph: app.graph,
  });
  const total = tour.length;
  const lang = () => store.lang();

  const index = createMemo(() => clampChapter(store.chapter(), total));
  const chapter = createMemo(() => tour[index() - 1]!);
  // Out-of-range numbers clamp to the last chapter, and the URL says so.
  createEffect(() => {
    if (store.chapter() !== index()) store.setChapter(index());
  });
  const go = (n: number) => store.setChapter(clampChapter(n, total));
  const next = () => go(index() + 1);
  const prev = () => go(index() - 1);

  let root!: HTMLElement;
  let card!: HTMLElement;
  let controls: HTMLElement | undefined;

  // --- motion preferences and autoplay ---------------------------------------------------------
  const motion = matchMedia('(prefers-reduced-motion: reduce)');
  const [reduced, setReduced] = createSignal(motion.matches);
  const onMotion = (e: MediaQueryListEvent) => setReduced(e.matches);
  motion.addEventListener('change', onMotion);
  // With reduced motion, autoplay from a link does not run; turned on here by the user, it does.
  const [explicitAutoplay, setExplicitAutoplay] = createSignal(false);
  const running = () => store.autoplay() && (!reduced() || explicitAutoplay());
  let autoTimer: ReturnType<typeof setTimeout> | undefined;
  const schedule = () => {
    clearTimeout(autoTimer);
    if (!running()) return;
    // A kiosk loops: after the last chapter, the first.
    autoTimer = setTimeout(() => go(index() >= total ? 1 : index() + 1), intervalMs());
  };
  createEffect(on([running, index], schedule));
  const toggleAutoplay = () => {
    if (running()) {
      store.setAutoplay(false);
      setExplicitAutoplay(false);
    } else {
      setExplicitAutoplay(true);
      store.setAutoplay(true);
    }
  };

  // --- the screen: one number sizes the card and the map -----------------------------------
  const screen = (): ScreenSize => ({ width: window.innerWidth, height: window.innerHeight });
  const [size, setSize] = createSignal<ScreenSize>(screen());
  const onResize = () => setSize(screen());
  window.addEventListener('resize', onResize);
  const unit = createMemo(() => presentUnit(size()));
  const sizes = createMemo(() => presentSizes(size()));

  // --- the map's paint: the subject marked, labels for a room ------------------------------
  const isCorridor = (id: string) => app.corridor(id) !== undefined;
  const subjectOf = (ch: TourChapter): string[] => (ch.kind === 'title' || ch.kind === 'closing' ? [] : ch.highlight);
  createEffect(() => {
    const ch = chapter();
    const labelled = ch.stops ?? (ch.kind === 'closing' ? ch.highlight.filter((id) => !isCorridor(id)) : []);
    app.setPresentMap({ sizes: sizes(), subject: subjectOf(ch), labelled });
  });
  onCleanup(() => app.setPresentMap(null));

  // --- camera and highlight ------------------------------------------------------------------
  /** The part of the screen the card and the controls leave free, as camera padding. */
  const padding = () => {
    const { width: W, height: H } = size();
    const m = Math.round(Math.min(W, H) * 0.05);
    const r = card.getBoundingClientRect();
    const top = Math.max(m, Math.round((controls?.getBoundingClientRect().bottom ?? 0) + m / 2));
    // A wide screen has the card on the left; a narrow one has it across the bottom.
    return isNarrow(size())
      ? { left: m, right: m, top, bottom: Math.round(H - r.top + m) }
      : { left: Math.round(r.right + m), right: m, top, bottom: m };
  };
  let mapReady = false;
  const fly = (ch: TourChapter, instant: boolean) => {
    const light = (ids: readonly string[]) => app.setHighlight(ids.length > 0 ? ids : null);
    const travel = !instant && ch.path && ch.path.length > 1 ? ch.path : undefined;
    const legs = [
      ...(travel ?? []).map((p, i) => ({ bounds: p.bounds, maxZoom: ch.frame.maxZoom, duration: i === 0 ? FLY_MS : LEG_MS })),
      { bounds: ch.frame.bounds, maxZoom: ch.frame.maxZoom, duration: instant ? 0 : travel ? SETTLE_MS : FLY_MS },
    ];
    // A corridor chapter lights its segments and the places they join.
    const all = [...new Set([...ch.highlight, ...(ch.stops ?? [])])];
    let lit: string[] = [];
    // Read-only record for the browser tests (src/testHooks.ts; only in a build with the flag): what each leg lit, in order.
    const legsLit: string[][] = [];
    if (import.meta.env.VITE_TEST_HOOKS === '1') exposeTestHooks({ presentLegs: legsLit });
    // A journey starts dark and lights each leg as the camera reaches it.
    if (travel) app.setHighlight([]);
    else light(all);
    app.movePresent({
      legs,
      padding: padding(),
      onLeg: (i) => {
        if (!travel) return;
        lit = i < travel.length ? [...new Set([...lit, ...travel[i]!.light])] : all;
        light(lit);
        legsLit.push([...lit]);
      },
    });
  };
  createEffect(on(chapter, (ch) => {
    store.setFocus(ch.focus);
    store.select(ch.select);
    // Exactly the chapter's features, lit; everything else fades (none: nothing fades).
    if (mapReady) fly(ch, false);
    else app.setHighlight(ch.highlight.length > 0 ? [...ch.highlight, ...(ch.stops ?? [])] : null);
  }));
  onCleanup(() => app.setHighlight(null));
  // Camera requests made before the map exists would be lost: wait for it.
  createEffect(on(app.mapReady, (ready) => {
    if (!ready || mapReady) return;
    mapReady = true;
    // Opening a link: straight to the chapter, no flight from elsewhere.
    fly(chapter(), true);
  }));
  // A new screen size (a window moved to the projector): the same chapter, framed for it.
  createEffect(on(size, () => mapReady && fly(chapter(), true), { defer: true }));

  // Read-only hook for the browser tests (src/testHooks.ts; only in a build with the flag): what the chapter is about, and where.
  const subjectBounds = (ch: TourChapter): Bounds => {
    const feats = ch.highlight.flatMap((id) => app.place(id) ?? app.corridor(id) ?? []);
    return (ch.kind === 'title' || ch.kind === 'closing' ? null : boundsOf(feats)) ?? ch.frame.bounds;
  };
  if (import.meta.env.VITE_TEST_HOOKS === '1') createEffect(() => {
    const ch = chapter();
    exposeTestHooks({ present: {
      index: index(), id: ch.id, kind: ch.kind, subject: subjectBounds(ch), frame: ch.frame.bounds, sizes: sizes(),
      // For scripts/bench-present.ts only: a plain flight (one leg, nothing lit) to chapter n's frame.
      plainFly: (n: number, ms: number) => {
        const to = tour[clampChapter(n, total) - 1]!;
        app.movePresent({ legs: [{ bounds: to.frame.bounds, maxZoom: to.frame.maxZoom, duration: ms }], padding: padding() });
      },
    } });
  });

  // --- a tap on the map names what it touched, for a few seconds; the chapter stays -----------
  const [tapName, setTapName] = createSignal<string | undefined>();
  let tapTimer: ReturnType<typeof setTimeout> | undefined;
  createEffect(on(app.tapped, (tap) => {
    if (!tap) return;
    const p = app.place(tap.id);
    const c = app.corridor(tap.id);
    const name = p ? tx({ zh: p.properties.name_zh, en: p.properties.name_en }) : c ? tx({ zh: c.properties.name_zh, en: c.properties.name_en }) : undefined;
    setTapName(name);
    clearTimeout(tapTimer);
    tapTimer = setTimeout(() => setTapName(undefined), 4_000);
  }, { defer: true }));
  onCleanup(() => clearTimeout(tapTimer));

  // --- legends --------------------------------------------------------------------------------
  const corridorIds = [...new Set(data.corridors.map((c) => c.properties.corridor))] as CorridorId[];
  const shownKinds = createMemo(() => {
    const ch = chapter();
    const ids = [...ch.highlight, ...(ch.stops ?? [])];
    const kinds = new Set(ids.flatMap((id) => { const p = app.place(id); return p?.geometry ? [p.properties.kind as Kind] : []; }));
    return [...kinds].filter((k) => k in KINDS);
  });
  const litCorridor = () => (chapter().kind === 'corridor' ? chapter().id.replace(/^corridor:/, '') : undefined);

  // --- full screen ----------------------------------------------------------------------------
  const [fullscreen, setFullscreen] = createSignal(Boolean(document.fullscreenElement));
  const onFullscreen = () => setFullscreen(Boolean(document.fullscreenElement));
  document.addEventListener('fullscreenchange', onFullscreen);
  const settle = (p: unknown) => {
    if (p && typeof (p as Promise<void>).catch === 'function') (p as Promise<void>).catch(() => {});
  };
  const toggleFullscreen = () => {
    // The browser may refuse (no user gesture, an iframe without allowfullscreen …): then nothing happens.
    try {
      if (document.fullscreenElement) settle(document.exitFullscreen?.());
      else settle(document.documentElement.requestFullscreen?.());
    } catch {
      /* refused */
    }
  };
  const exit = () => {
    try {
      if (document.fullscreenElement) settle(document.exitFullscreen?.());
    } catch {
      /* refused */
    }
    store.setAutoplay(false);
    store.setMode('explore');
  };
  const toggleLang = () => store.setLang(lang() === 'zh' ? 'en' : 'zh');

  // --- idle controls, keys, touch -------------------------------------------------------------
  const [idle, setIdle] = createSignal(false);
  let idleTimer: ReturnType<typeof setTimeout> | undefined;
  const wake = () => {
    setIdle(false);
    clearTimeout(idleTimer);
    idleTimer = setTimeout(() => setIdle(true), IDLE_MS);
  };
  /** Any use of the screen: controls show, and autoplay waits a full interval again. */
  const activity = () => {
    wake();
    if (running()) schedule();
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.ctrlKey || e.metaKey || e.altKey) return;
    const target = e.target as HTMLElement | null;
    if (target && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName))) return;
    activity();
    const onButton = target?.tagName === 'BUTTON';
    switch (e.key) {
      case 'ArrowRight': case 'PageDown': next(); break;
      // Space and Enter on a focused button press that button.
      case ' ': case 'Spacebar': case 'Enter': if (onButton) return; next(); break;
      case 'ArrowLeft': case 'PageUp': case 'Backspace': prev(); break;
      case 'Home': go(1); break;
      case 'End': go(total); break;
      case 'f': case 'F': toggleFullscreen(); break;
      case 'a': case 'A': toggleAutoplay(); break;
      case 'l': case 'L': toggleLang(); break;
      case 'Escape': exit(); break;
      default: return;
    }
    e.preventDefault();
    // Ours alone: the map does not pan on the arrows, Explore does not see this Escape.
    e.stopPropagation();
  };
  const pointer = () => activity();
  // Capture, so the keys reach us before the map's own keyboard handler.
  window.addEventListener('keydown', onKey, true);
  window.addEventListener('pointermove', pointer, { passive: true });
  window.addEventListener('pointerdown', pointer, { passive: true });
  window.addEventListener('wheel', pointer, { passive: true });
  window.addEventListener('touchstart', pointer, { passive: true });
  onMount(wake);
  onCleanup(() => {
    window.removeEventListener('resize', onResize);
    window.removeEventListener('touchstart', onTouchStart);
    window.removeEventListener('touchend', onTouchEnd);
    window.removeEventListener('keydown', onKey, true);
    window.removeEventListener('pointermove', pointer);
    window.removeEventListener('pointerdown', pointer);
    window.removeEventListener('wheel', pointer);
    window.removeEventListener('touchstart', pointer);
    document.removeEventListener('fullscreenchange', onFullscreen);
    motion.removeEventListener('change', onMotion);
    clearTimeout(autoTimer);
    clearTimeout(idleTimer);
  });

  // Touch anywhere (card or map): a swipe turns the chapter; the map does not pan in Present.
  let touch: { x: number; y: number } | undefined;
  const onTouchStart = (e: TouchEvent) => {
    if (e.touches.length > 1) { touch = undefined; return; }
    const t = e.changedTouches[0];
    touch = t ? { x: t.clientX, y: t.clientY } : undefined;
  };
  const onTouchEnd = (e: TouchEvent) => {
    const t = e.changedTouches[0];
    const start = touch;
    touch = undefined;
    if (!t || !start) return;
    const dx = t.clientX - start.x;
    const dy = t.clientY - start.y;
    if (Math.abs(dx) > SWIPE_PX && Math.abs(dx) > 1.5 * Math.abs(dy)) (dx < 0 ? next : prev)();
  };
  window.addEventListener('touchstart', onTouchStart, { passive: true });
  window.addEventListener('touchend', onTouchEnd, { passive: true });

  const tx = (b: { zh: string; en: string }) => b[lang()];
  const percent = () => (index() / total) * 100;

  return (
    <section ref={root} class="present" aria-label={pt(lang(), 'region')} data-testid="present" style={{ '--present-u': `${unit()}px` }}>
      <article
        ref={card}
        class="present-card"
        data-chapter={chapter().id}
        data-kind={chapter().kind}
      >
        <p class="present-meta">
          <span class="present-counter" data-testid="present-counter">{pt(lang(), 'counter', { n: index(), total })}</span>
          <span class="present-subtitle">{tx(chapter().subtitle)}</span>
          <Show when={running()}>
            <span class="present-auto">▶ {pt(lang(), 'autoplayOn')}</span>
          </Show>
        </p>
        <h2 class="present-title" data-testid="present-title">{tx(chapter().title)}</h2>
        <Show when={chapter().alt}>
          {(alt) => <p class="present-alt" lang={lang() === 'zh' ? 'en' : 'zh'}>{tx(alt())}</p>}
        </Show>
        <Show when={chapter().inferred}>
          {(inf) => (
            <p class="present-inferred">
              <strong>{pt(lang(), 'inferred')}</strong>
              <span>{tx(inf())}</span>
            </p>
          )}
        </Show>
        <Show when={chapter().noSite}>
          {(ns) => (
            <p class="present-nosite" data-testid="present-nosite">
              <strong>{pt(lang(), 'noSite')}</strong>
              <span>{tx(ns())}</span>
            </p>
          )}
        </Show>
        <Show when={chapter().stats.length > 0}>
          <dl class="present-stats">
            <For each={chapter().stats}>
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
          <For each={chapter().body}>{(line) => <li>{tx(line)}</li>}</For>
        </ul>
        <p class="present-cite" data-testid="present-cite">{citeText(chapter().cite, lang())}</p>
        <PresentLegend
          lang={lang()}
          corridors={corridorIds.map((id) => ({ id, label: CORRIDORS[id][lang()], color: CORRIDORS[id].color, lit: litCorridor() === id }))}
          kinds={shownKinds().map((k) => ({ id: k, label: KINDS[k][lang()], color: KINDS[k].color, glyph: KINDS[k].glyph }))}
        />
        <div
          class="present-progress"
          role="progressbar"
          aria-label={pt(lang(), 'progress', { n: index(), total })}
          aria-valuemin={1}
          aria-valuemax={total}
          aria-valuenow={index()}
          aria-valuetext={pt(lang(), 'progress', { n: index(), total })}
        >
          <div class="present-progress-bar" style={{ width: `${percent()}%` }} />
        </div>
      </article>
      <Show when={tapName()}>
        {(name) => <p class="present-tapped" role="status" data-testid="present-tapped">{name()}</p>}
      </Show>
      <p class="sr-only" aria-live="polite">{`${pt(lang(), 'progress', { n: index(), total })}: ${tx(chapter().title)}`}</p>
      <nav ref={controls} class="present-controls" classList={{ idle: idle() }} aria-label={pt(lang(), 'controls')}>
        <button type="button" onClick={prev} disabled={index() <= 1} aria-label={pt(lang(), 'prev')} title={pt(lang(), 'prev')}><Icon d="M15 5l-7 7 7 7" /></button>
        <button type="button" onClick={next} disabled={index() >= total} aria-label={pt(lang(), 'next')} title={pt(lang(), 'next')}><Icon d="M9 5l7 7-7 7" /></button>
        <button type="button" onClick={toggleAutoplay} aria-pressed={running()} aria-label={pt(lang(), 'autoplay')} title={pt(lang(), 'autoplay')}>
          <Icon d={running() ? 'M8 5v14M16 5v14' : 'M7 4.5v15l12-7.5z'} />
        </button>
        <button type="button" class="present-lang" onClick={toggleLang} aria-label={pt(lang(), 'languageLabel')} lang={lang() === 'zh' ? 'en' : 'zh'}>{pt(lang(), 'language')}</button>
        <button type="button" onClick={toggleFullscreen} aria-pressed={fullscreen()} aria-label={pt(lang(), 'fullscreen')} title={pt(lang(), 'fullscreen')}>
          <Icon d="M4 9V4h5M15 4h5v5M20 15v5h-5M9 20H4v-5" />
        </button>
        <button type="button" onClick={exit} aria-label={pt(lang(), 'exit')} title={pt(lang(), 'exit')}><Icon d="M6 6l12 12M18 6L6 18" /></button>
        <span class="present-keys" aria-hidden="true">{pt(lang(), 'keys')}</span>
      </nav>
    </section>
  );
}
