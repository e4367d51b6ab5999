// "Print brief": a dialog over the app with the brief's sheet as it will print (A4 portrait or A3
// landscape), a paper switch and Print. The map is drawn for the sheet at print resolution in the size
// it has on paper; the lists are fitted to one sheet (fitSteps); print styles hide the app and give the
// page its size (@page), so the browser's Print → Save as PDF gives exactly this one page.
import { For, createEffect, createMemo, createSignal, on, onCleanup, onMount } from 'solid-js';
import { Portal } from 'solid-js/web';
import type { Feature, Geometry } from 'geojson';
import '../../i18n/catalogue/brief.ts';
import './brief.css';
import { t, type Lang } from '../../i18n/index.ts';
import type { MapHandle } from '../../map/mapAdapter.ts';
import { briefContent, fitSteps, refills, type BriefSubject, type FitBudget } from '../../plan/brief.ts';
import { countStatuses } from '../../plan/scorecard.ts';
import { KINDS, CORRIDORS, glyphOf, type Kind, type CorridorId } from '../../plan/kinds.ts';
import { districtLabel } from '../../plan/districtNames.ts';
import { numeralIn } from '../../plan/numerals.ts';
import { columnUnit } from '../../plan/figures.ts';
import { atLeast, boundsOf, unionBounds, GUANGZHOU_BOUNDS, type Bounds } from '../../geo/bounds.ts';
import { scaleBar } from '../poster.ts';
import { useApp } from '../context.ts';
import { usePlanEnglish } from '../planEnglishText.ts';
import { usePanelFile } from '../panelFiles.ts';
import { BriefSheet, type Paper, type SheetHeading, type SheetLegend, type SheetMap } from './BriefSheet.tsx';

/** Print resolution of the map: 300 dots to the inch, at 96 CSS px to the inch. */
const PRINT_RATIO = 300 / 96;
/** A single place is shown with this much around it (degrees). */
const PLACE_CONTEXT_DEG = 0.1;
/** A box `k` times as large about its centre. */
const grow = ([w, s, e, n]: Bounds, k: number): Bounds => {
  const [dx, dy] = [((e - w) * (k - 1)) / 2, ((n - s) * (k - 1)) / 2];
  return [w - dx, s - dy, e + dx, n + dy];
};
/** Sheet sizes in CSS px at 96 to the inch, for the preview's scale. */
const SHEET_PX: Record<Paper, { w: number; h: number }> = { a4: { w: 793.7, h: 1122.5 }, a3: { w: 1587.4, h: 1122.5 } };

export function BriefView(props: { subject: BriefSubject; map: () => MapHandle | undefined; onClose: () => void }) {
  const app = useApp();
  const { store, data, graph, explore, mapView, scorecard, tr, place, corridor } = app;
  const lang = (): Lang => store.state.lang;
  const [paper, setPaper] = createSignal<Paper>('a4');
  // The link to the same view, as it is when the brief opens (the map's snapshot moves the camera).
  const link = location.href;
  const printed = new Date();

  // A place's sources are a panel file (data/place-sources.json), asked for when a place's brief opens.
  const sourcesFile = usePanelFile('placeSources', () => props.subject.kind === 'place');
  const sourcesPending = () => props.subject.kind === 'place' && !sourcesFile.value() && !sourcesFile.failed();
  const content = createMemo(() =>
    briefContent(props.subject, {
      graph,
      rows: scorecard.rows,
      seedLines: data.seedLines,
      place: (id) => place(id)?.properties,
      sourcesOf: (id) => sourcesFile.value()?.places.find((e) => e.id === id)?.sources ?? [],
    }),
  );

  // --- what the sheet says ----------------------------------------------------------------------
  // In English the plan's words are quoted from the unofficial translation, asked for when the sheet opens.
  const english = usePlanEnglish(() => lang() === 'en');
  const englishLines = () => (lang() === 'en' ? english.lines() : undefined);
  const englishPending = () => lang() === 'en' && !english.lines() && !english.failed();
  const heading = createMemo((): SheetHeading => {
    const s = props.subject;
    const other: Lang = lang() === 'zh' ? 'en' : 'zh';
    const both = (b: { zh: string; en: string }) => ({ title: b[lang()], alt: { text: b[other], lang: other } });
    switch (s.kind) {
      case 'place': {
        const p = place(s.id)?.properties;
        const kind = p && KINDS[p.kind as Kind] ? tr(KINDS[p.kind as Kind]) : (p?.kind ?? '');
        const where = p?.district ? districtLabel(p.district, lang()) : t(lang(), 'app.notLocated');
        return { kicker: [t(lang(), 'brief.kindPlace'), kind, where].join(' · '), ...both({ zh: p?.name_zh ?? s.id, en: p?.name_en ?? s.id }) };
      }
      case 'district':
        return { kicker: t(lang(), 'brief.kindDistrict'), ...both({ zh: s.name, en: districtLabel(s.name, 'en') }) };
      default: {
        const f = graph.focus(s.id);
        if (!f) return { kicker: '', title: s.id };
        switch (f.type) {
          case 'action':
            return { kicker: `${t(lang(), 'brief.kindAction')} ${numeralIn(f.action.numeral, lang())}`, title: tr(f.action.title) };
          case 'target': {
            const u = columnUnit(f.target.unit, lang());
            return {
              kicker: `${t(lang(), 'brief.kindTarget')} · ${f.action.id} ${tr(f.action.title)}`,
              title: `${tr(f.target.indicator)}${u ? ` (${u})` : ''}`,
            };
          }
          case 'task':
            return { kicker: `${t(lang(), 'brief.kindTask')} ${f.task.id} · ${f.parent.id} ${tr(f.parent.title)}`, title: tr(f.task.title) };
          case 'unit': {
            const level = t(lang(), f.unit.level === 'municipal' ? 'app.municipal' : f.unit.level === 'district' ? 'app.districtLevel' : 'app.otherLevel');
            return { kicker: `${t(lang(), 'brief.kindUnit')} · ${level}`, ...both(f.unit.name) };
          }
        }
      }
    }
  });
  const summary = createMemo(() => {
    const rows = content()
      .targets.flatMap((g) => g.targets.flatMap((x) => x.rows))
      .filter((r) => r.year === 2021);
    if (rows.length === 0) return t(lang(), 'brief.noTargets');
    const c = countStatuses(rows);
    return t(lang(), 'brief.summary2021', { n: c.total, met: c.met, notMet: c['not-met'], none: c['no-figure'], other: c['not-comparable'] });
  });
  const printedText = () => new Intl.DateTimeFormat(lang() === 'zh' ? 'zh-CN' : 'en-GB', { dateStyle: 'long' }).format(printed);

  // --- the map's extent and legend ---------------------------------------------------------------
  const districtBounds = (name: string) => boundsOf(data.districts.features.filter((f) => f.properties.name_zh === name));
  const extent = createMemo((): Bounds => {
    const c = content();
    if (c.subject.kind === 'place') {
      const p = place(c.subject.id);
      const b = p ? boundsOf([p]) : null;
      // The place with its surroundings: twice its own size, and never less than PLACE_CONTEXT_DEG.
      if (b) return atLeast(grow(b, 2), PLACE_CONTEXT_DEG);
      const d = p?.properties.district ? districtBounds(p.properties.district) : null;
      return d ?? GUANGZHOU_BOUNDS;
    }
    const b = boundsOf([...c.places.flatMap((id) => place(id) ?? []), ...c.corridors.flatMap((id) => corridor(id) ?? [])]);
    const d = c.district ? districtBounds(c.district) : null;
    const both = b && d ? unionBounds(b, d) : (b ?? d);
    return both ? atLeast(both, 0.04) : GUANGZHOU_BOUNDS;
  });
  const legend = createMemo((): SheetLegend => {
    const [w, s, e, n] = extent();
    const inside = (f: Feature<Geometry | null>) => {
      const b = boundsOf([f]);
      return !!b && b[0] <= e && b[2] >= w && b[1] <= n && b[3] >= s;
    };
    // With a focus lit on the map, the legend names what is lit (the rest is faded); else all that is drawn here.
    const lit = mapView.highlighted();
    const shown = explore.filtered().filter((f) => inside(f) && (!lit || lit.has(f.properties.id)));
    const kinds = [...new Set(shown.map((f) => f.properties.kind))].filter((k): k is Kind => k in KINDS);
    const corridors = [
      ...new Set(
        explore
          .filteredCorridors()
          .filter((id) => !lit || lit.has(id))
          .flatMap((id) => corridor(id) ?? [])
          .filter(inside)
          .map((c) => c.properties.corridor),
      ),
    ];
    const subj = props.subject.kind;
    const marks = [
      ...(subj === 'place' ? [t(lang(), 'brief.legendPlace')] : []),
      ...(mapView.highlighted() ? [t(lang(), 'brief.legendSubject')] : []),
      ...(mapView.highlightedDistrict() ? [t(lang(), 'brief.legendDistrict')] : []),
    ];
    const classes = store.state.mode === 'districts' ? (mapView.posterClasses() ?? undefined) : undefined;
    return {
      marks,
      kinds: kinds.map((k) => ({ label: tr(KINDS[k]), color: KINDS[k].color, glyph: glyphOf(k, lang()) })),
      corridors: corridors.map((c) => ({ label: tr(CORRIDORS[c as CorridorId] ?? { zh: c, en: c }), color: CORRIDORS[c as CorridorId]?.color ?? '#64748b' })),
      ...(classes ? { classes } : {}),
      low: shown.some((f) => f.properties.confidence === 'low' && f.geometry?.type === 'Point'),
    };
  });

  // --- the map, drawn for the sheet --------------------------------------------------------------
  const [mapState, setMapState] = createSignal<SheetMap>({ state: 'drawing' });
  let mapBox: HTMLDivElement | undefined;
  let body: HTMLDivElement | undefined;
  let urls: string[] = [];
  let drawing: Promise<void> = Promise.resolve();
  let closed = false;
  const drawMap = () => {
    drawing = drawing.then(async () => {
      if (closed || !mapBox) return;
      setMapState({ state: 'drawing' });
      const handle = props.map();
      if (!handle) return void setMapState({ state: 'failed', error: t(lang(), 'app.mapFailed') });
      // The box's size in CSS px, as laid out (offsetWidth ignores the preview's scaling).
      const w = mapBox.offsetWidth;
      const h = mapBox.offsetHeight;
      try {
        const { canvas, metresPerPixel } = await handle.sheetMap(w, h, PRINT_RATIO, extent());
        const blob = await new Promise<Blob | null>((r) => canvas.toBlob(r, 'image/png'));
        if (!blob) throw new Error('the map image could not be encoded');
        const url = URL.createObjectURL(blob);
        urls.push(url);
        const img = new Image();
        img.src = url;
        await img.decode();
        const bar = scaleBar(metresPerPixel * (canvas.width / w), w * 0.25);
        if (!closed) setMapState({ state: 'ready', url, ...(bar ? { scale: bar } : {}) });
      } catch (e) {
        if (!closed) setMapState({ state: 'failed', error: String((e as Error)?.message ?? e) });
      }
    });
    return drawing;
  };

  // --- fitting the lists to one sheet ------------------------------------------------------------
  const counts = createMemo(() => {
    const c = content();
    return {
      targets: c.targets.reduce((n, g) => n + g.targets.length, 0),
      tasks: c.tasks.length,
      units: c.units.length,
      places: c.places.length,
      passages: c.passages.length,
      sources: Math.max(c.outcomes.length, c.placeSources.length),
    };
  });
  const [budget, setBudget] = createSignal<FitBudget>(fitSteps(counts())[0]!);
  const [fit, setFit] = createSignal<{ done: boolean; step: number; clipped: boolean }>({ done: false, step: 0, clipped: false });
  const overflows = () => !!body && (body.scrollHeight > body.clientHeight + 1 || body.scrollWidth > body.clientWidth + 1);
  const runFit = async () => {
    setFit({ done: false, step: 0, clipped: false });
    await document.fonts.ready;
    // Outside any reactive batch, each budget is in the page as soon as it is set, and measured at once.
    await Promise.resolve();
    const steps = fitSteps(counts());
    for (let i = 0; i < steps.length; i++) {
      setBudget(steps[i]!);
      if (overflows()) continue;
      // It fits: give back, most needed first, what an earlier cut took and is no longer needed for room.
      let b = steps[i]!;
      for (const { key, values } of refills(steps, i)) {
        for (const v of values) {
          const trial = { ...b, [key]: v };
          setBudget(trial);
          if (!overflows()) {
            b = trial;
            break;
          }
        }
      }
      setBudget(b);
      return setFit({ done: true, step: i, clipped: false });
    }
    setFit({ done: true, step: steps.length - 1, clipped: true });
  };

  // --- the preview's scale, and the page's print mode --------------------------------------------
  const [viewport, setViewport] = createSignal({ w: window.innerWidth, h: window.innerHeight });
  const onResize = () => setViewport({ w: window.innerWidth, h: window.innerHeight });
  const previewScale = () => {
    const s = SHEET_PX[paper()];
    return Math.min(1, (viewport().w - 32) / s.w, (viewport().h - 120) / s.h);
  };
  const onKey = (e: KeyboardEvent) => {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    props.onClose();
  };
  let closeBtn: HTMLButtonElement | undefined;
  onMount(() => {
    document.body.classList.add('brief-printing');
    // A modal dialog: the app behind it takes no focus and no clicks until it closes.
    document.getElementById('root')?.setAttribute('inert', '');
    window.addEventListener('resize', onResize);
    closeBtn?.focus();
  });
  onCleanup(() => {
    closed = true;
    document.body.classList.remove('brief-printing');
    document.getElementById('root')?.removeAttribute('inert');
    window.removeEventListener('resize', onResize);
    // After any drawing still under way: its image is not needed any more.
    void drawing.then(() => {
      for (const u of urls) URL.revokeObjectURL(u);
      urls = [];
    });
  });
  // A new paper or language lays the sheet out anew: fit it, then draw the map in the box it leaves.
  createEffect(
    on([paper, lang, content, englishLines], () => {
      // Not ready (and no stale map) from the moment the sheet changes until it is fitted and drawn again.
      setMapState({ state: 'drawing' });
      setFit((f) => ({ ...f, done: false }));
      queueMicrotask(() => void runFit().then(() => drawMap()));
    }),
  );
  const ready = () => fit().done && mapState().state !== 'drawing' && !englishPending() && !sourcesPending();

  return (
    // The portal's own container is what the print styles keep (everything else in the body is hidden).
    <Portal ref={(el: HTMLDivElement) => el.classList.add('brief-portal')}>
      <div
        class="brief-layer"
        role="dialog"
        aria-modal="true"
        aria-labelledby="brief-dialog-title"
        onKeyDown={onKey}
        data-testid="brief"
        data-ready={ready() ? 'true' : 'false'}
        data-paper={paper()}
        data-fit-step={fit().step}
        data-clipped={fit().clipped ? 'true' : 'false'}
      >
        <div class="brief-toolbar">
          <h2 id="brief-dialog-title">{t(lang(), 'brief.dialog')}</h2>
          <fieldset class="brief-paper">
            <legend>{t(lang(), 'brief.paper')}</legend>
            <For each={['a4', 'a3'] as const}>
              {(p) => (
                <label>
                  <input type="radio" name="brief-paper" value={p} checked={paper() === p} onChange={() => setPaper(p)} data-testid={`brief-paper-${p}`} />
                  {t(lang(), p === 'a4' ? 'brief.a4' : 'brief.a3')}
                </label>
              )}
            </For>
          </fieldset>
          <button type="button" class="primary" disabled={!ready()} onClick={() => window.print()} data-testid="brief-print">
            {t(lang(), 'brief.print')}
          </button>
          <button type="button" ref={closeBtn} onClick={() => props.onClose()}>
            {t(lang(), 'brief.close')}
          </button>
          <p class="brief-hint">{t(lang(), 'brief.printHint')}</p>
        </div>
        <div class="brief-stage" style={{ width: `${SHEET_PX[paper()].w * previewScale()}px`, height: `${SHEET_PX[paper()].h * previewScale()}px` }}>
          <div class="brief-stage-inner" style={{ transform: `scale(${previewScale()})` }}>
            <BriefSheet
              paper={paper()}
              lang={lang()}
              heading={heading()}
              summary={summary()}
              content={content()}
              budget={budget()}
              englishLines={englishLines()}
              sourcesFailed={props.subject.kind === 'place' && sourcesFile.failed()}
              map={mapState()}
              legend={legend()}
              link={link}
              printed={printedText()}
              clipped={fit().clipped}
              mapBoxRef={(el) => (mapBox = el)}
              bodyRef={(el) => (body = el)}
            />
          </div>
        </div>
      </div>
    </Portal>
  );
}
