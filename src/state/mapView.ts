// What the map shows beyond the data: where the camera goes (framing a selection, a focus, a district;
// restoring a link's view; Present's legs), what is highlighted or shaded, and what hovering says. The
// screens set these through this one object; the map adapter reads them as signals. Nothing here
// touches MapLibre.
import { createEffect, createMemo, createSignal, on, onCleanup, type Accessor } from 'solid-js';
import type { AppData, PlaceFeature, CorridorFeature } from '../data/appData.ts';
import type { LinkGraph } from '../plan/linkGraph.ts';
import { boundsOf, unionBounds, withSurroundings, GUANGZHOU_BOUNDS, type Bounds } from '../geo/bounds.ts';
import type { CameraRequest } from '../map/mapAdapter.ts';
import type { PresentMapState } from '../map/presentPaint.ts';
import type { PresentMove } from '../map/presentCamera.ts';
import type { PortfolioOverlay } from '../map/portfolioLayers.ts';
import type { CorridorBufferOverlay } from '../map/corridorBufferLayers.ts';
import type { AppStore } from './appStore.ts';
import type { ExploreView } from './exploreView.ts';

export interface PosterClasses {
  title: string;
  items: Array<{ label: string; color: string }>;
}

export interface MapView {
  // --- the camera: one channel (frame a box, go to a view, Present's legs) -------------------------
  camera: Accessor<CameraRequest | undefined>;
  /** Frame features (or a district) on the map. */
  frameIds(ids: readonly string[], district?: string): void;
  /** Frame several districts together (the comparison). */
  frameDistricts(names: readonly string[]): void;
  /** Frame a box (features the app does not hold, such as the lazily loaded institutions). */
  frameBox(b: Bounds): void;
  /** The institutions layer (off by default): on or off. */
  institutionsOn: Accessor<boolean>;
  setInstitutionsOn(on: boolean): void;
  /** The first framing of a load: what the link selects or focuses, or the whole city (a jump). */
  frameInitial(): void;
  /** Present mode: a camera move in legs, framed beside the card. */
  movePresent(move: Omit<PresentMove, 'seq'>): void;
  // --- what is marked --------------------------------------------------------------------------
  /** Ids lit on the map (null: nothing is, nothing fades). */
  highlighted: Accessor<ReadonlySet<string> | null>;
  /** The place or corridor segment the pointer is over in a list (marked on the map). */
  hovered: Accessor<string | undefined>;
  setHovered(id: string | undefined): void;
  /** Present and Districts: light exactly these (null: the focus decides, as in Explore). */
  setHighlight(ids: readonly string[] | null): void;
  highlightedDistrict: Accessor<string | undefined>;
  /** Districts mode: outline this district (null: none). */
  setChosenDistrict(name: string | null): void;
  /** Districts mode: the districts compared side by side, outlined together. */
  comparedDistricts: Accessor<ReadonlySet<string>>;
  setComparedDistricts(names: readonly string[]): void;
  /** Districts mode: district (zh) → share 0–1 (null: no choropleth). */
  choropleth: Accessor<ReadonlyMap<string, number> | null>;
  setChoropleth(m: ReadonlyMap<string, number> | null): void;
  /** Districts mode: what hovering a district says (zh name → text); null: districts not clickable. */
  districtTips: Accessor<ReadonlyMap<string, string> | null>;
  setDistrictTips(tips: ReadonlyMap<string, string> | null): void;
  /** Districts mode: the choropleth's title and classes, for the poster's legend. */
  posterClasses: Accessor<PosterClasses | null>;
  setPosterClasses(c: PosterClasses | null): void;
  /** Present mode's paint (sizes from the screen, the chapter's subject), or null outside it. */
  presentMap: Accessor<PresentMapState | null>;
  setPresentMap(s: PresentMapState | null): void;
  /** Present mode: what a tap on the map touched (named, never selected). */
  tapped: Accessor<{ id: string; seq: number } | undefined>;
  tap(id: string): void;
  /** Label size multiplier: 1 on a desk, larger when presenting to a room. */
  labelScale: Accessor<number>;
  /** Districts mode: the portfolio's area round the user's companies and the rings round the places (null: none). */
  portfolio: Accessor<PortfolioOverlay | null>;
  setPortfolio(o: PortfolioOverlay | null): void;
  /** Districts mode: the corridor counts' buffers round each corridor (null: none). */
  corridorBuffers: Accessor<CorridorBufferOverlay | null>;
  setCorridorBuffers(o: CorridorBufferOverlay | null): void;
  /** The scorecard: place id → its mark's code for the chosen year (src/plan/statusMap.ts); null: no marks. */
  statusMarks: Accessor<ReadonlyMap<string, number> | null>;
  setStatusMarks(m: ReadonlyMap<string, number> | null): void;
  /** Whether the map has drawn these points (a user layer's `features`): a tracked read. */
  userLayerDrawn(features: object): boolean;
  /** The map drew a user layer's points (the adapter's onUserLayerDrawn). */
  markUserLayerDrawn(features: object): void;
}

/** A selected area is framed in a box this many times its own width and height. */
export const AREA_CONTEXT = 3;

export function createMapView(opts: {
  data: AppData;
  graph: LinkGraph;
  store: AppStore;
  explore: ExploreView;
  place(id: string): PlaceFeature | undefined;
  corridor(id: string): CorridorFeature | undefined;
}): MapView {
  const { data, graph, store, explore } = opts;
  const presenting = () => store.state.mode === 'present';

  // --- the camera: framing --------------------------------------------------------------------
  const [camera, setCamera] = createSignal<CameraRequest | undefined>();
  // Changes on every camera request (and tap), so asking twice for the same thing moves twice.
  let seq = 0;
  // The first framing of a load jumps (no flight to watch before the map is even up).
  let instant = false;
  const frameBounds = (b: Bounds | null) => b && setCamera({ kind: 'frame', bounds: b, seq: ++seq, instant });
  const districtBounds = (name: string) => boundsOf(data.districts.features.filter((f) => f.properties.name_zh === name));
  const frameIds = (ids: readonly string[], district?: string) => {
    const b = boundsOf(ids.flatMap((id) => opts.place(id) ?? opts.corridor(id) ?? []));
    const d = district ? districtBounds(district) : null;
    frameBounds(b && d ? unionBounds(b, d) : (b ?? d));
  };
  const frameFocus = (id: string) => {
    const f = graph.featuresOf(id);
    frameIds([...f.places, ...f.corridors], f.district);
  };
  // A place with no known site frames its district instead (and the district is highlighted).
  const unsitedDistrict = () => {
    const p = store.state.select ? opts.place(store.state.select) : undefined;
    return p && !p.geometry && p.properties.district ? p.properties.district : undefined;
  };
  const frameSelection = (id: string) => {
    const d = unsitedDistrict();
    if (d) return void frameBounds(districtBounds(d));
    // An area is shown within its surroundings: its whole outline inside the map, not filling it.
    const p = opts.place(id);
    if (p?.geometry && p.geometry.type !== 'Point') frameBounds(withSurroundings(boundsOf([p])!, AREA_CONTEXT));
    else frameIds([id]);
  };
  // A link or history entry with a view puts the camera exactly there (no flight).
  createEffect(
    on(store.restored, (r) => r.view && setCamera({ kind: 'view', center: [r.view.lon, r.view.lat], zoom: r.view.zoom, duration: 0, seq: ++seq }), {
      defer: true,
    }),
  );
  /** Framing follows a new selection or filter, but not a restored entry that brings its own view. */
  const restoringView = () => store.restoring() && store.restored().view !== undefined;
  // In Present the chapter's camera frames, not the selection or the focus.
  createEffect(
    on(
      () => store.state.focus,
      (id) => id && !restoringView() && !presenting() && frameFocus(id),
      { defer: true },
    ),
  );
  createEffect(
    on(
      () => store.state.select,
      (id) => id && !restoringView() && !presenting() && frameSelection(id),
      { defer: true },
    ),
  );
  createEffect(
    on(
      () => store.state.districts,
      (ds) => ds.length === 1 && !restoringView() && frameBounds(districtBounds(ds[0]!)),
      { defer: true },
    ),
  );
  // A unit filter frames what it leaves (places and corridor segments).
  createEffect(
    on(
      () => store.state.units,
      (us) => {
        if (us.length === 0 || restoringView()) return;
        frameIds([...explore.filtered().map((f) => f.properties.id), ...explore.filteredCorridors()]);
      },
      { defer: true },
    ),
  );

  // --- what is marked -------------------------------------------------------------------------
  const [presentHighlight, setHighlight] = createSignal<readonly string[] | null>(null);
  const highlighted = createMemo(() => {
    const chosen = presentHighlight();
    if (chosen) return new Set(chosen);
    const f = explore.focusFeatures();
    return f ? new Set([...f.places, ...f.corridors]) : null;
  });
  const [chosenDistrict, setChosenDistrict] = createSignal<string | undefined>();
  const [compared, setCompared] = createSignal<ReadonlySet<string>>(new Set(), { equals: (a, b) => a.size === b.size && [...a].every((d) => b.has(d)) });
  const [choropleth, setChoropleth] = createSignal<ReadonlyMap<string, number> | null>(null);
  const [districtTips, setDistrictTips] = createSignal<ReadonlyMap<string, string> | null>(null);
  const [posterClasses, setPosterClasses] = createSignal<PosterClasses | null>(null);
  const [presentMap, setPresentMap] = createSignal<PresentMapState | null>(null);
  const [tapped, setTapped] = createSignal<{ id: string; seq: number } | undefined>();
  const [hovered, setHovered] = createSignal<string | undefined>();
  const [portfolio, setPortfolio] = createSignal<PortfolioOverlay | null>(null);
  const [corridorBuffers, setCorridorBuffers] = createSignal<CorridorBufferOverlay | null>(null);
  const [statusMarks, setStatusMarks] = createSignal<ReadonlyMap<string, number> | null>(null);
  // The points the map has drawn, by their object (a new import is a new object); the tick makes reads tracked.
  const drawnLayers = new WeakSet<object>();
  const [drawnTick, setDrawnTick] = createSignal(0);

  // Presenting to a room: map labels grow with the screen (1× at 1280 px wide, at most 2.5×).
  const [viewportWidth, setViewportWidth] = createSignal(window.innerWidth);
  const onResize = () => setViewportWidth(window.innerWidth);
  window.addEventListener('resize', onResize);
  onCleanup(() => window.removeEventListener('resize', onResize));

  const [institutionsOn, setInstitutionsOn] = createSignal(false);
  return {
    camera,
    frameIds,
    frameBox: (b) => frameBounds(b),
    institutionsOn,
    setInstitutionsOn,
    frameDistricts: (names) => {
      frameBounds(boundsOf(data.districts.features.filter((f) => names.includes(f.properties.name_zh))));
    },
    frameInitial() {
      instant = true;
      const sel = store.state.select;
      const foc = store.state.focus;
      if (sel) frameSelection(sel);
      else if (foc) frameFocus(foc);
      else frameBounds(GUANGZHOU_BOUNDS);
      instant = false;
    },
    movePresent: (m) => setCamera({ kind: 'legs', ...m, seq: ++seq }),
    highlighted,
    setHighlight,
    hovered,
    setHovered,
    highlightedDistrict: () =>
      (store.state.mode === 'districts' ? chosenDistrict() : undefined) ??
      explore.focusFeatures()?.district ??
      unsitedDistrict() ??
      (store.state.districts.length === 1 ? store.state.districts[0] : undefined),
    setChosenDistrict: (name) => setChosenDistrict(name ?? undefined),
    comparedDistricts: () => (store.state.mode === 'districts' ? compared() : new Set<string>()),
    setComparedDistricts: (names) => setCompared(new Set(names)),
    choropleth,
    setChoropleth,
    districtTips,
    setDistrictTips,
    posterClasses,
    setPosterClasses,
    presentMap,
    setPresentMap,
    tapped,
    tap: (id) => setTapped({ id, seq: ++seq }),
    portfolio,
    setPortfolio,
    corridorBuffers,
    setCorridorBuffers,
    // Only the scorecard and Present's results chapters mark the map: leaving their mode takes the marks
    // away even before the screen closes.
    statusMarks: () => (store.state.mode === 'scorecard' || store.state.mode === 'present' ? statusMarks() : null),
    setStatusMarks,
    userLayerDrawn: (features) => {
      drawnTick();
      return drawnLayers.has(features);
    },
    markUserLayerDrawn: (features) => {
      if (drawnLayers.has(features)) return;
      drawnLayers.add(features);
      setDrawnTick((n) => n + 1);
    },
    labelScale: createMemo(() => (presenting() ? Math.min(2.5, Math.max(1, viewportWidth() / 1280)) : 1)),
  };
}
