// A chapter on the map: its subject lit and labelled for the room, the camera framed in the part of
// the screen the card leaves free. A corridor chapter travels its segments in order, lighting each as
// the camera reaches it, then settles on the whole corridor.
import { createEffect, on, onCleanup, type Accessor } from 'solid-js';
import { clampChapter, isOverview, OVERVIEW_KINDS, type TourChapter } from '../../plan/tour.ts';
import { placeAnchor } from '../../plan/placeAnchor.ts';
import { isNarrow, type ScreenSize, type presentSizes } from '../../plan/presentScale.ts';
import { boundsOf, type Bounds } from '../../geo/bounds.ts';
import type { AppContext } from '../context.ts';
import { exposeTestHooks } from '../../testHooks.ts';
import { markCodes } from '../../plan/statusMap.ts';
import { corridorEnds } from '../../plan/corridorEnds.ts';

const FLY_MS = 2_200;
/** A corridor chapter's travel: one leg per run of segments, then the settle on the whole corridor. */
const LEG_MS = 1_100;
const SETTLE_MS = 1_300;

export function createChapterCamera(opts: {
  app: AppContext;
  tour: readonly TourChapter[];
  chapter: Accessor<TourChapter>;
  index: Accessor<number>;
  size: Accessor<ScreenSize>;
  sizes: Accessor<ReturnType<typeof presentSizes>>;
  card(): HTMLElement;
  controls(): HTMLElement | undefined;
}): void {
  const { app, chapter, size } = opts;
  const { mapView, store } = app;
  const isCorridor = (id: string) => app.corridor(id) !== undefined;
  /** A place's longitude where it is drawn (src/plan/placeAnchor.ts). */
  const lonById = new Map(
    app.data.places.flatMap((f) => {
      const at = placeAnchor(f);
      return at ? [[f.properties.id, at[0]] as const] : [];
    }),
  );
  const lonOf = (id: string) => lonById.get(id);
  // A results chapter's places carry the status marks (below), not the subject's ring.
  const subjectOf = (ch: TourChapter): string[] => (ch.kind === 'title' || ch.kind === 'closing' || ch.kind === 'result' ? [] : ch.highlight);
  /** A results chapter labels its places when they are few enough to read; many are left to their marks. */
  const RESULT_LABELS_MAX = 8;
  createEffect(() => {
    const ch = chapter();
    const labelled =
      ch.stops ??
      ch.context ??
      (ch.kind === 'closing' || (ch.kind === 'result' && ch.highlight.length <= RESULT_LABELS_MAX) ? ch.highlight.filter((id) => !isCorridor(id)) : []);
    const named = ch.kind === 'corridor' && ch.stops ? corridorEnds(ch.stops, lonOf) : [];
    mapView.setPresentMap({
      sizes: opts.sizes(),
      subject: subjectOf(ch),
      labelled,
      ...(named.length > 0 ? { named } : {}),
      ...(isOverview(ch) ? { onlyKinds: OVERVIEW_KINDS } : {}),
    });
  });
  onCleanup(() => mapView.setPresentMap(null));
  // A results chapter: its places marked on the map as the scorecard's map marks them (src/plan/statusMap.ts).
  createEffect(() => {
    const r = chapter().results;
    mapView.setStatusMarks(r ? markCodes(new Map(Object.entries(r.marks))) : null);
  });
  onCleanup(() => mapView.setStatusMarks(null));

  /**
   * The part of the screen the card and the controls leave free, as camera padding: at least the
   * subject's ring's diameter on every side, so a ring drawn round a place at the frame's edge stays
   * at least its own radius from the screen's edge.
   */
  const padding = () => {
    const { width: W, height: H } = size();
    const z = opts.sizes();
    const m = Math.max(Math.round(Math.min(W, H) * 0.05), Math.ceil(2 * z.ring + z.ringStroke));
    const r = opts.card().getBoundingClientRect();
    const top = Math.max(m, Math.round((opts.controls()?.getBoundingClientRect().bottom ?? 0) + m / 2));
    // A wide screen has the card on the left; a narrow one has it across the bottom.
    // On a phone the subject's edge places keep room for their names at both sides (a corridor's ends):
    // a name beside its marker is up to 6 label-sized characters a line (presentPaint.ts), ~0.3 of the width.
    const side = Math.max(m, Math.round(W * 0.32));
    return isNarrow(size()) ? { left: side, right: side, top, bottom: Math.round(H - r.top + m) } : { left: Math.round(r.right + m), right: m, top, bottom: m };
  };
  let mapReady = false;
  const fly = (ch: TourChapter, instant: boolean) => {
    const light = (ids: readonly string[]) => mapView.setHighlight(ids.length > 0 ? ids : null);
    const travel = !instant && ch.path && ch.path.length > 1 ? ch.path : undefined;
    const legs = [
      ...(travel ?? []).map((p, i) => ({ bounds: p.bounds, maxZoom: ch.frame.maxZoom, duration: i === 0 ? FLY_MS : LEG_MS })),
      { bounds: ch.frame.bounds, maxZoom: ch.frame.maxZoom, duration: instant ? 0 : travel ? SETTLE_MS : FLY_MS },
    ];
    // A corridor chapter lights its segments and the places they join.
    const all = [...new Set([...ch.highlight, ...(ch.stops ?? []), ...(ch.context ?? [])])];
    let lit: string[] = [];
    // Read-only record for the browser tests (src/testHooks.ts; only in a build with the flag): what each leg lit, in order.
    const legsLit: string[][] = [];
    if (import.meta.env.VITE_TEST_HOOKS === '1') exposeTestHooks({ presentLegs: legsLit });
    // A journey starts dark and lights each leg as the camera reaches it.
    if (travel) mapView.setHighlight([]);
    else light(all);
    mapView.movePresent({
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
  createEffect(
    on(chapter, (ch) => {
      store.set('focus', ch.focus);
      store.set('select', ch.select);
      // Exactly the chapter's features, lit; everything else fades (none: nothing fades).
      if (mapReady) fly(ch, false);
      else mapView.setHighlight(ch.highlight.length > 0 ? [...ch.highlight, ...(ch.stops ?? []), ...(ch.context ?? [])] : null);
    }),
  );
  onCleanup(() => mapView.setHighlight(null));
  // Camera requests made before the map exists would be lost: wait for it.
  createEffect(
    on(
      () => app.notices.mapStage() === 'ready',
      (ready) => {
        if (!ready || mapReady) return;
        mapReady = true;
        // Opening a link: straight to the chapter, no flight from elsewhere.
        fly(chapter(), true);
      },
    ),
  );
  // A new screen size (a window moved to the projector): the same chapter, framed for it.
  createEffect(on(size, () => mapReady && fly(chapter(), true), { defer: true }));

  // Read-only hook for the browser tests (src/testHooks.ts; only in a build with the flag): what the chapter is about, and where.
  const subjectBounds = (ch: TourChapter): Bounds => {
    const feats = ch.highlight.flatMap((id) => app.place(id) ?? app.corridor(id) ?? []);
    return (ch.kind === 'title' || ch.kind === 'closing' ? null : boundsOf(feats)) ?? ch.frame.bounds;
  };
  if (import.meta.env.VITE_TEST_HOOKS === '1')
    createEffect(() => {
      const ch = chapter();
      exposeTestHooks({
        present: {
          index: opts.index(),
          id: ch.id,
          kind: ch.kind,
          subject: subjectBounds(ch),
          frame: ch.frame.bounds,
          sizes: opts.sizes(),
          // For scripts/bench-present.ts only: a plain flight (one leg, nothing lit) to chapter n's frame.
          plainFly: (n: number, ms: number) => {
            const to = opts.tour[clampChapter(n, opts.tour.length) - 1]!;
            mapView.movePresent({ legs: [{ bounds: to.frame.bounds, maxZoom: to.frame.maxZoom, duration: ms }], padding: padding() });
          },
        },
      });
    });
}
