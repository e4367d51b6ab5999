// The browser tests' view into the app (and scripts/bench-present.ts'), in one place: read-only probes
// on `window` — `__hub` (the map drawn, where each place is anchored), `__present` (the chapter shown),
// `__presentLegs` (what each leg of a corridor's journey lit), `__poster` (what the last poster carried)
// — and one input a test sets before the app starts, `__presentIntervalMs` (autoplay's pace).
// Only a build made with VITE_TEST_HOOKS=1 has them (test/browser/globalSetup.ts, scripts/bench-present.ts).
// Every call site guards with `import.meta.env.VITE_TEST_HOOKS === '1'` itself: Vite writes the value in
// at build time, so without the flag the guarded code, probes included, is dropped from the bundle.
import type { Bounds } from './geo/bounds.ts';
import type { PresentSizes } from './plan/presentScale.ts';
import type { ChapterKind } from './plan/tour.ts';
import type { LegendBox } from './ui/posterLayout.ts';

/** What the map draws right now (src/map/mapProbe.ts). */
export interface MapProbe {
  /** Screen position of a longitude/latitude. */
  project(lonLat: [number, number]): { x: number; y: number };
  /** Kinds of the place symbols and areas drawn (what a person sees). */
  renderedKinds(): string[];
  /** Place points drawn, with their screen position. */
  renderedPoints(): Array<{ id: string; x: number; y: number }>;
  /** Ids of drawn features whose state is highlighted. */
  highlightedIds(): string[];
  /** User points and clusters drawn, per layer id. */
  userRendered(): Record<string, { points: number; clusters: number }>;
  /** Ids of the current style's layers. */
  layerIds(): string[];
  /** Ids of the features one layer draws (for a label layer: the labels MapLibre placed). */
  renderedIds(layer: string): string[];
  /** Ids of drawn places and corridor segments whose feature state `name` is true. */
  stateIds(name: string): string[];
  /** Feature id → the value of one feature-state key, for the features drawn in a layer that have it set. */
  stateValues(layer: string, name: string): Record<string, unknown>;
  /** How many features one layer draws. */
  renderedIn(layer: string): number;
  /** One layer's paint or layout value (as set, unevaluated), or its filter for 'filter'. */
  styleValue(layer: string, prop: string): unknown;
  /** The feature state of each district drawn (by zh name). */
  districtStates(): Record<string, Record<string, unknown>>;
  /** The map's view as [west, south, east, north]. */
  viewBounds(): [number, number, number, number];
  /** Labels MapLibre placed in a symbol layer: the feature's id (or name) and its anchor on screen. */
  placedLabels(layer: string): Array<{ id: string; x: number; y: number }>;
  /** Labels of a symbol layer whose drawn box reaches the map's left or right edge (a name cut off there). */
  labelsAtEdges(layer: string): string[];
  /** The style's glyph URL (null: every label drawn with the browser's fonts). */
  glyphs(): string | null;
  /** What a stuck wait prints: whether the map, its style and each source have loaded. */
  loadState(): { loaded: boolean; style: boolean; tiles: boolean; sources: Record<string, boolean>; errors: string[] };
}

export interface HubProbe {
  map: MapProbe;
  /** Each place's point (its anchor for an area), by id. */
  anchors: Record<string, [number, number]>;
}

/** Present mode's chapter on screen. */
export interface PresentProbe {
  index: number;
  id: string;
  kind: ChapterKind;
  /** What the chapter is about, and the box it frames. */
  subject: Bounds;
  frame: Bounds;
  sizes: PresentSizes;
  /** For scripts/bench-present.ts: a plain flight (one leg, nothing lit) to chapter n's frame. */
  plainFly(n: number, ms: number): void;
}

/** What the last exported poster carried. */
export interface PosterProbe {
  /** Where each legend entry was laid out (src/ui/posterLayout.ts). */
  legendBoxes?: LegendBox[];
  title: string;
  subtitle: string;
  legend: Array<{ label: string; color: string; glyph?: string }>;
  sources: string;
  corridors?: Array<{ label: string; color: string }>;
  north?: string;
  classes?: { title: string; items: Array<{ label: string; color: string }> };
  institutions?: { title: string; items: Array<{ label: string; color: string }> };
  scale: { metresPerPixel: number };
  width: number;
  height: number;
  mapHeight: number;
}

/** The hooks as the page has them (each set once the part of the app it describes is up). */
export interface TestHooks {
  __hub?: Partial<HubProbe>;
  __present?: PresentProbe;
  /** Each leg of the current chapter's camera journey: the ids lit when it arrived. */
  __presentLegs?: string[][];
  __poster?: PosterProbe;
  /** Set by a test before the app starts: autoplay's pace in ms. */
  __presentIntervalMs?: unknown;
}

const hooked = () => window as Window & TestHooks;

/** Sets the given probes (the map's and the places' anchors merge into one `__hub`). No-op without the flag. */
export function exposeTestHooks(probes: {
  map?: MapProbe;
  anchors?: HubProbe['anchors'];
  present?: PresentProbe;
  presentLegs?: string[][];
  poster?: PosterProbe;
}): void {
  if (import.meta.env.VITE_TEST_HOOKS !== '1') return;
  const w = hooked();
  if (probes.map) w.__hub = { ...w.__hub, map: probes.map };
  if (probes.anchors) w.__hub = { ...w.__hub, anchors: probes.anchors };
  if (probes.present) w.__present = probes.present;
  if (probes.presentLegs) w.__presentLegs = probes.presentLegs;
  if (probes.poster) w.__poster = probes.poster;
}

/** Autoplay's pace as a test set it (a positive number of ms), or undefined. Always undefined without the flag. */
export function testPresentIntervalMs(): number | undefined {
  if (import.meta.env.VITE_TEST_HOOKS !== '1') return undefined;
  const v = hooked().__presentIntervalMs;
  return typeof v === 'number' && Number.isFinite(v) && v > 0 ? v : undefined;
}
