// Present mode's paint: every label, line and symbol sized from the one Present number (src/plan/
// presentScale.ts), the chapter's subject marked with a large ring and its own label placed first,
// context labels fewer and solid (dark on a wide white halo) instead of faded. Leaving Present puts
// back exactly the base style of style.ts. Called by the adapter after each of its own updates.
import type { Map as MapLibreMap, ExpressionSpecification, FilterSpecification, LayerSpecification } from 'maplibre-gl';
import type { Accessor } from 'solid-js';
import type { Lang } from '../state/urlState.ts';
import type { PresentSizes } from '../plan/presentScale.ts';
import { ourLayers, nameField, layerFilter, sameKindAs, SOURCES } from './style.ts';

export interface PresentMapState {
  sizes: PresentSizes;
  /** The chapter's subject: place ids and/or corridor segment ids. */
  subject: readonly string[];
  /** Places whose labels show beside the subject's (the Bay Area cities always do). */
  labelled: readonly string[];
  /**
   * An overview chapter (the first, the last): only places of these kinds are drawn (the plan's
   * layout), so Guangzhou's core is not a knot of markers at Bay Area scale. Undefined: every place.
   */
  onlyKinds?: readonly string[];
  /**
   * Places the card names (a corridor's two ends): always labelled, even over another marker, on the
   * given side of their point (src/plan/corridorEnds.ts). Undefined: none.
   */
  named?: ReadonlyArray<{ id: string; side: 'left' | 'right' }>;
}

/** Colours of Present's labels: each at least 4.5:1 against its halo (checked in test/unit). */
export const PRESENT_LABEL = {
  text: '#1c1917',
  district: '#292524',
  city: '#44403c',
  area: '#c2410c',
  halo: '#ffffff',
  ring: '#f59e0b',
  ringFill: '#facc15',
} as const;

/**
 * Layers only Present adds, drawn on top (the last is placed first when labels collide).
 * present-marker-block is an invisible icon over every marker: placed before every other label, it
 * keeps them off the markers (labels never over markers) — all but the names the card gives
 * (present-named-label, placed first of all: a corridor's end places sit among others' markers, and
 * on a phone no side of them was free).
 */
export const PRESENT_LAYERS = [
  'present-ring-fill',
  'present-ring',
  'present-subject-area-label',
  'present-subject-label',
  'present-marker-block',
  'present-named-label',
] as const;
/** The layers of the places' markers and names, filtered to the overview's kinds in an overview chapter. */
const MARKER_LAYERS = ['points-halo', 'points-circle', 'points-glyph', 'areas-fill', 'areas-line', 'zones-fill', 'zones-line'] as const;
const BLANK = 'present-blank';

type PaintName = Parameters<MapLibreMap['setPaintProperty']>[1];
type LayoutName = Parameters<MapLibreMap['setLayoutProperty']>[1];
type Prop = [layer: string, kind: 'paint' | 'layout', name: string, value: unknown];

const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];
const idIn = (ids: readonly string[]): ExpressionSpecification => ['in', ['get', 'id'], ['literal', [...ids]]];

function props(z: PresentSizes): Prop[] {
  const lit = (on: number, off: number): ExpressionSpecification => ['case', state('sel'), on, state('hl'), on, off];
  const text = (layer: string, size: number, color: string): Prop[] => [
    [layer, 'layout', 'text-size', size],
    [layer, 'paint', 'text-color', color],
    [layer, 'paint', 'text-halo-color', PRESENT_LABEL.halo],
    [layer, 'paint', 'text-halo-width', z.halo],
    [layer, 'paint', 'text-halo-blur', 0],
    [layer, 'paint', 'text-opacity', 1],
  ];
  return [
    ...text('points-label', z.label, PRESENT_LABEL.text),
    ['points-label', 'layout', 'text-radial-offset', 0.6 + z.point / z.label],
    // A phone's screen (unit under 16 px): names in blocks of at most 6 characters a line (CJK), so a
    // corridor's end places' names fit in the room the camera leaves at the sides (ui/present/chapterCamera.ts).
    ['points-label', 'layout', 'text-max-width', labelMaxWidth(z)],
    ...text('district-label', z.label, PRESENT_LABEL.district),
    ...text('gba-label', z.label, PRESENT_LABEL.city),
    ['areas-label', 'layout', 'text-size', z.label],
    // The science cities keep their colour (5.2:1 on white); any other area name is dark.
    ['areas-label', 'paint', 'text-color', ['case', ['==', ['get', 'kind'], 'core-area'], PRESENT_LABEL.area, PRESENT_LABEL.text]],
    ['areas-label', 'paint', 'text-halo-width', z.halo],
    ['areas-label', 'paint', 'text-opacity', 1],
    // An area's name moves beside its anchor when a marker stands there (see present-marker-block).
    ['areas-label', 'layout', 'text-variable-anchor', ['center', 'top', 'bottom', 'left', 'right']],
    ['areas-label', 'layout', 'text-radial-offset', 0.6 + z.point / z.label],
    ['corridors-line', 'paint', 'line-width', lit(z.lineLit, z.line)],
    ['corridors-casing', 'paint', 'line-width', lit(z.lineLit + 2 * z.casing, z.line + 2 * z.casing)],
    ['corridors-arrow', 'layout', 'text-size', z.arrow],
    ['corridors-arrow', 'layout', 'symbol-spacing', Math.round(z.unit * 6)],
    ['points-circle', 'paint', 'circle-radius', ['match', ['get', 'kind'], 'node', z.point * 1.2, 'context-city', z.point, z.point]],
    ['points-circle', 'paint', 'circle-stroke-width', ['case', ['==', ['get', 'kind'], 'node'], z.pointStroke * 1.6, z.pointStroke]],
    ['points-glyph', 'layout', 'text-size', Math.round(z.point * 1.1)],
    // The subject's ring replaces the small selection halo.
    ['points-halo', 'paint', 'circle-radius', 0],
    ['areas-line', 'paint', 'line-width', lit(z.areaLineLit, z.areaLine)],
    ['district-line', 'paint', 'line-width', ['case', state('hl'), z.areaLineLit, Math.max(1, z.areaLine)]],
    // A results chapter's status marks (style.ts points-mark: the same shapes), sized for the room: a ring
    // round the marker, thick when all met, double when some, round a shaded disc when none, thin when no figures.
    ['points-mark', 'paint', 'circle-radius', ['case', ['==', mark, 0], 0, markRadius(z)]],
    ['points-mark', 'paint', 'circle-stroke-width', ['match', mark, 1, r1(z.unit * 0.24), 2, r1(z.unit * 0.14), 3, r1(z.unit * 0.14), 4, r1(z.unit * 0.1), 0]],
    ['points-mark-inner', 'paint', 'circle-radius', ['case', ['==', mark, 2], r1(markRadius(z) * 0.7), 0]],
    ['points-mark-inner', 'paint', 'circle-stroke-width', ['case', ['==', mark, 2], r1(z.unit * 0.14), 0]],
  ];
}

/** The status mark (feature state `mark`, src/plan/statusMap.ts MARK_CODE; 0: none). */
const mark: ExpressionSpecification = ['number', ['feature-state', 'mark'], 0];
const r1 = (v: number) => Math.round(v * 10) / 10;
/** A status mark's radius: clear of the largest marker (a node's) with its stroke. */
export const markRadius = (z: PresentSizes): number => r1(Math.max(z.point * 1.2 + z.pointStroke * 1.6, z.point) + z.unit * 0.5);

/** A marker's radius with its stroke, as props() draws it. */
const markerRadius = (z: PresentSizes): ExpressionSpecification => [
  'match',
  ['get', 'kind'],
  'node',
  z.point * 1.2 + z.pointStroke * 1.6,
  z.point + z.pointStroke,
];

function extraLayers(z: PresentSizes, s: PresentMapState, lang: Lang, font: unknown, markers: FilterSpecification): LayerSpecification[] {
  const subject = idIn(s.subject);
  const textFont = (Array.isArray(font) ? font : ['sans-serif']) as string[];
  return [
    {
      id: 'present-ring-fill',
      type: 'circle',
      source: SOURCES.places,
      filter: layerFilter('present-ring-fill', subject),
      paint: { 'circle-radius': z.ring, 'circle-color': PRESENT_LABEL.ringFill, 'circle-opacity': 0.28 },
    },
    {
      id: 'present-ring',
      type: 'circle',
      source: SOURCES.places,
      filter: layerFilter('present-ring', subject),
      paint: {
        'circle-radius': z.ring,
        'circle-opacity': 0,
        'circle-stroke-color': PRESENT_LABEL.ring,
        'circle-stroke-width': z.ringStroke,
      },
    },
    {
      id: 'present-subject-area-label',
      type: 'symbol',
      source: SOURCES.places,
      filter: layerFilter('present-subject-area-label', subject),
      layout: { 'text-field': nameField(lang), 'text-font': textFont, 'text-size': z.subjectLabel, 'text-max-width': 10, 'text-allow-overlap': true },
      paint: { 'text-color': PRESENT_LABEL.text, 'text-halo-color': PRESENT_LABEL.halo, 'text-halo-width': z.subjectHalo },
    },
    {
      // An invisible icon the size of the ring: the ring's space is taken, so no other label lands on it.
      id: 'present-subject-label',
      type: 'symbol',
      source: SOURCES.places,
      filter: layerFilter('present-subject-label', subject),
      layout: {
        'icon-image': BLANK,
        'icon-size': z.ring + z.ringStroke,
        'icon-allow-overlap': true,
        'text-field': nameField(lang),
        'text-font': textFont,
        'text-size': z.subjectLabel,
        'text-max-width': 10,
        'text-anchor': 'top',
        'text-offset': [0, (z.ring + z.ringStroke) / z.subjectLabel + 0.15],
        'text-allow-overlap': true,
      },
      paint: { 'text-color': PRESENT_LABEL.text, 'text-halo-color': PRESENT_LABEL.halo, 'text-halo-width': z.subjectHalo },
    },
    {
      // The blank image is 2 px: icon-size is the marker's radius (plus a margin), so the box covers it.
      id: 'present-marker-block',
      type: 'symbol',
      source: SOURCES.places,
      filter: layerFilter('present-marker-block', markers),
      layout: { 'icon-image': BLANK, 'icon-size': ['+', markerRadius(z), 2], 'icon-allow-overlap': true, 'icon-ignore-placement': false },
    },
    {
      id: 'present-named-label',
      type: 'symbol',
      source: SOURCES.places,
      filter: layerFilter('present-named-label', idIn(namedIds(s))),
      layout: {
        'text-field': nameField(lang),
        'text-font': textFont,
        'text-size': z.label,
        'text-max-width': namedMaxWidth(z, lang),
        'text-anchor': namedAnchor(s.named),
        'text-radial-offset': 0.6 + z.point / z.label,
        'text-justify': 'auto',
        'text-allow-overlap': true,
      },
      paint: { 'text-color': PRESENT_LABEL.text, 'text-halo-color': PRESENT_LABEL.halo, 'text-halo-width': z.halo },
    },
  ];
}

const namedIds = (s: PresentMapState): string[] => (s.named ?? []).map((n) => n.id);

/** A points label's width in ems: on a phone's screen (unit under 16 px) at most 6 CJK characters a line. */
const labelMaxWidth = (z: PresentSizes): number => (z.unit < 16 ? 6 : 9);
/**
 * A corridor end's name: on a phone, English lines of at most 5 ems. MapLibre balances a name's lines,
 * and at 6 "Guangzhou Airport Economic Zone" kept "Economic Zone" on one line, which reached the
 * screen's edge from the room the camera leaves beside it (ui/present/chapterCamera.ts).
 */
const namedMaxWidth = (z: PresentSizes, lang: Lang): number => (z.unit < 16 && lang === 'en' ? 5 : labelMaxWidth(z));

/** Each named place's text on its side: 'right' anchors the text's right end at the point (text to the left). */
export function namedAnchor(named: PresentMapState['named']): ExpressionSpecification | 'top' {
  if (!named || named.length === 0) return 'top';
  return ['match', ['get', 'id'], ...named.flatMap((n) => [n.id, n.side === 'left' ? 'right' : 'left']), 'top'] as unknown as ExpressionSpecification;
}

export function createPresentPaint(
  map: MapLibreMap,
  inputs: {
    state: Accessor<PresentMapState | null>;
    /** The filter for the visible set, as the adapter sets it outside Present (null: nothing filtered out). */
    visibleFilter: () => FilterSpecification | null;
    lang: Accessor<Lang>;
  },
) {
  let active = false;
  /** The base value of every property Present changes, from style.ts (its layers built once per language). */
  type Spec = { paint?: Record<string, unknown>; layout?: Record<string, unknown> };
  const baseLayers = new Map<Lang, ReadonlyMap<string, Spec>>();
  const base = (layer: string, kind: 'paint' | 'layout', name: string): unknown => {
    const lang = inputs.lang();
    let layers = baseLayers.get(lang);
    if (!layers) {
      layers = new Map(ourLayers(lang).map((l) => [l.id, l as Spec]));
      baseLayers.set(lang, layers);
    }
    return layers.get(layer)?.[kind]?.[name];
  };
  const set = (layer: string, kind: 'paint' | 'layout', name: string, value: unknown) => {
    if (!map.getLayer(layer)) return;
    // A paint value stays data-driven where the base style's is (style.ts asData): switching a symbol
    // layer's paint between data-driven and constant breaks MapLibre's update of feature state.
    // Likewise a value that reads the zoom stays zoom-driven (style.ts sameKindAs).
    if (kind === 'paint')
      map.setPaintProperty(layer, name as PaintName, sameKindAs(base(layer, kind, name), value) as Parameters<MapLibreMap['setPaintProperty']>[2]);
    else map.setLayoutProperty(layer, name as LayoutName, value as Parameters<MapLibreMap['setLayoutProperty']>[2]);
  };
  // Within Present's own label filters: everything, or the visible set.
  const visibleFilter = (): FilterSpecification => inputs.visibleFilter() ?? true;

  const restore = (z: PresentSizes) => {
    for (const [layer, kind, name] of props(z)) set(layer, kind, name, base(layer, kind, name));
    for (const id of PRESENT_LAYERS) if (map.getLayer(id)) map.removeLayer(id);
    layersKey = '';
    // Back to exactly the filters outside Present (a different but equivalent one would re-tile the source).
    for (const layer of ['points-label', 'areas-label', ...MARKER_LAYERS])
      if (map.getLayer(layer)) map.setFilter(layer, layerFilter(layer, inputs.visibleFilter()) ?? null);
    map.dragPan.enable();
  };
  let lastSizes: PresentSizes | undefined;

  /** Bring the map in line with the state; safe to call after any other update of the style. */
  const apply = () => {
    if (!map.getLayer('points-label')) return;
    const s = inputs.state();
    if (!s) {
      if (active && lastSizes) restore(lastSizes);
      active = false;
      return;
    }
    active = true;
    lastSizes = s.sizes;
    const z = s.sizes;
    // The camera belongs to the story: a swipe turns the chapter instead of panning the map.
    map.dragPan.disable();
    for (const [layer, kind, name, value] of props(z)) set(layer, kind, name, value);
    // The subject and the named places have labels of their own.
    const notSubject: ExpressionSpecification = ['!', idIn([...s.subject, ...namedIds(s)])];
    // What is drawn: in an overview chapter only the layout's kinds (and the subject); otherwise
    // exactly the filter outside Present (so nothing re-tiles between chapters).
    const only = s.onlyKinds ? (['any', ['in', ['get', 'kind'], ['literal', [...s.onlyKinds]]], idIn(s.subject)] as FilterSpecification) : null;
    const drawn = (): FilterSpecification | null => (only ? (['all', visibleFilter(), only] as FilterSpecification) : inputs.visibleFilter());
    for (const layer of MARKER_LAYERS) if (map.getLayer(layer)) map.setFilter(layer, layerFilter(layer, drawn()) ?? null);
    map.setFilter(
      'points-label',
      layerFilter('points-label', [
        'all',
        drawn() ?? true,
        notSubject,
        ['any', ['==', ['get', 'kind'], 'context-city'], idIn(s.labelled)],
      ] as FilterSpecification),
    );
    // Area names: the science cities and the pilot zone, and what the chapter passes; not every zone.
    if (map.getLayer('areas-label')) {
      map.setFilter(
        'areas-label',
        layerFilter('areas-label', [
          'all',
          drawn() ?? true,
          notSubject,
          ['any', ['==', ['get', 'kind'], 'core-area'], idIn(s.labelled)],
        ] as FilterSpecification),
      );
    }
    if (!map.hasImage(BLANK)) map.addImage(BLANK, { width: 2, height: 2, data: new Uint8Array(16) });
    const font = map.getLayoutProperty('points-label', 'text-font');
    // Same screen and language: only the subject changes, so only the filters do (no new layers).
    const key = JSON.stringify([z, inputs.lang(), font]);
    const specs = extraLayers(z, s, inputs.lang(), font, drawn() ?? true);
    if (key === layersKey && PRESENT_LAYERS.every((id) => map.getLayer(id))) {
      for (const spec of specs) if ('filter' in spec && spec.filter) map.setFilter(spec.id, spec.filter);
      map.setLayoutProperty('present-named-label', 'text-anchor', namedAnchor(s.named));
      return;
    }
    layersKey = key;
    for (const spec of specs) {
      if (map.getLayer(spec.id)) map.removeLayer(spec.id);
      map.addLayer(spec);
    }
  };
  let layersKey = '';
  return { apply };
}
