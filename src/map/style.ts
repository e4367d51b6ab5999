// The built-in offline style: our own sources and layers, no tiles, sprites or glyph server
// (MapLibre draws every label locally when the style has no `glyphs`).
import type { StyleSpecification, LayerSpecification, SourceSpecification, ExpressionSpecification, FilterSpecification } from 'maplibre-gl';
import { KINDS, CORRIDORS, COMPARE_LINE } from '../plan/kinds.ts';
import type { Lang } from '../state/urlState.ts';
import type { MapSources, FeatureRole } from '../geo/mapData.ts';

export const SOURCES = {
  context: 'context',
  districts: 'districts',
  places: 'places',
  corridors: 'corridors',
} as const;

/** What each layer draws of its source (several kinds of feature share one: see MapSourceData). */
const LAYER_ROLE: Readonly<Record<string, FeatureRole | readonly FeatureRole[]>> = {
  'gba-fill': 'city',
  'gba-line': 'city',
  'gba-label': 'city-label',
  'district-label': 'district-label',
  'areas-fill': 'area',
  'areas-line': 'area',
  'areas-label': 'area-label',
  'zones-fill': 'zone',
  'zones-line': 'zone',
  'points-halo': 'point',
  'points-circle': 'point',
  'points-glyph': 'point',
  'points-label': 'point',
  'present-ring-fill': 'point',
  'present-ring': 'point',
  'present-subject-area-label': 'area-label',
  'present-subject-label': 'point',
  'present-marker-block': 'point',
  'present-named-label': ['point', 'area-label'],
  // The scorecard's marks ring a place's point, or an area's label point.
  'points-mark': ['point', 'area-label'],
  'points-mark-inner': ['point', 'area-label'],
};

/** A layer's filter: its features' role, and `extra` if given (undefined: the layer draws all its source). */
export function layerFilter(layer: string, extra?: FilterSpecification | null): FilterSpecification | undefined {
  const role = LAYER_ROLE[layer];
  const own: FilterSpecification | undefined =
    role === undefined ? undefined : typeof role === 'string' ? ['==', ['get', 'role'], role] : ['in', ['get', 'role'], ['literal', [...role]]];
  if (!extra) return own;
  return own ? (['all', own, extra] as FilterSpecification) : extra;
}

/** Layers a click can select, topmost first. */
export const INTERACTIVE_LAYERS = ['points-circle', 'zones-fill', 'corridors-line', 'areas-fill'] as const;
/** Symbol layers whose text follows the language. */
export const LABEL_LAYERS = ['gba-label', 'district-label', 'areas-label', 'points-label', 'focus-label'] as const;
/**
 * The label layer placed before every other: the selected place, then the places in focus (points and
 * areas alike), taken out of points-label and areas-label while they are here (src/map/core/labelPriority.ts).
 */
export const PRIORITY_LABEL_LAYER = 'focus-label';
/** Layers filtered by the visible set of features. */
export const FILTERED_LAYERS = [
  'areas-fill',
  'areas-line',
  'areas-label',
  'zones-fill',
  'zones-line',
  'corridors-casing',
  'corridors-line',
  'corridors-arrow',
  'points-mark',
  'points-mark-inner',
  'points-halo',
  'points-circle',
  'points-glyph',
  'points-label',
] as const;

/** Label sizes at scale 1; Present mode scales them up for a room (see labelSize). */
const LABEL_SIZE: Record<(typeof LABEL_LAYERS)[number], number | ExpressionSpecification> = {
  'gba-label': 14,
  'district-label': 13,
  'areas-label': 13,
  'points-label': ['case', ['==', ['get', 'kind'], 'context-city'], 14, 12],
  'focus-label': ['case', ['==', ['get', 'role'], 'area-label'], 13, ['==', ['get', 'kind'], 'context-city'], 14, 12],
};

export function labelSize(layer: (typeof LABEL_LAYERS)[number], scale: number): number | ExpressionSpecification {
  const base = LABEL_SIZE[layer];
  if (scale === 1) return base;
  return typeof base === 'number' ? Math.round(base * scale * 10) / 10 : ['*', scale, base];
}

/** Every property nameField reads (the glyph file must hold their characters: scripts/build-glyphs.ts). */
export const LABEL_FIELDS = ['name_zh', 'name_en', 'label_en'] as const;

export function nameField(lang: Lang): ExpressionSpecification {
  return lang === 'zh' ? ['coalesce', ['get', 'name_zh'], ['get', 'name_en']] : ['coalesce', ['get', 'label_en'], ['get', 'name_en'], ['get', 'name_zh']];
}

const kindColor: ExpressionSpecification = [
  'match',
  ['get', 'kind'],
  ...Object.entries(KINDS).flatMap(([k, v]) => [k, v.color]),
  '#64748b',
] as unknown as ExpressionSpecification;

/** The kind's character inside a point: Chinese in the Chinese UI, a Latin letter in the English one. */
export function glyphField(lang: Lang): ExpressionSpecification {
  return [
    'match',
    ['get', 'kind'],
    ...Object.entries(KINDS).flatMap(([k, v]) => [k, lang === 'zh' ? v.glyph : v.glyph_en]),
    '',
  ] as unknown as ExpressionSpecification;
}

/** The corridors' direction mark, drawn along each line. */
const ARROW = '›';
/** Text the style writes itself (the glyph file must hold it too: scripts/build-glyphs.ts). */
export const STYLE_TEXT: readonly string[] = [ARROW, ...Object.values(KINDS).flatMap((k) => [k.glyph, k.glyph_en])];

const corridorColor: ExpressionSpecification = [
  'match',
  ['get', 'corridor'],
  ...Object.entries(CORRIDORS).flatMap(([k, v]) => [k, v.color]),
  '#334155',
] as unknown as ExpressionSpecification;

const state = (name: string): ExpressionSpecification => ['boolean', ['feature-state', name], false];
/**
 * A constant written as a data-driven value, so the layer draws with the same shader program as the
 * other layers of its type. Software WebGL (SwiftShader, what many office machines fall back to)
 * compiles each program variant on its first draw, tens of ms each, and a first load pays for every
 * variant: with these, one per layer type (fill, line, dashed line, circle, text) instead of one per
 * combination of data-driven properties. Checked by test/unit/styleVariants.test.ts.
 */
export const asData = (v: number | string): ExpressionSpecification => ['case', state('sel'), v, v];

const FEATURE_OPS = new Set(['get', 'feature-state', 'properties', 'geometry-type', 'id', 'has']);
/** Whether a style value reads the feature (its properties or state): drawn from a shader attribute. */
export function isDataDriven(v: unknown): boolean {
  return Array.isArray(v) && ((typeof v[0] === 'string' && FEATURE_OPS.has(v[0])) || v.some(isDataDriven));
}
/** Whether a style value is interpolated or stepped by zoom at its top (a "camera" or "composite" value). */
export function isZoomDriven(v: unknown): boolean {
  return (
    Array.isArray(v) &&
    (v[0] === 'interpolate' || v[0] === 'step') &&
    Array.isArray(v[v[0] === 'step' ? 1 : 2]) &&
    (v[v[0] === 'step' ? 1 : 2] as unknown[])[0] === 'zoom'
  );
}
/**
 * A value written to take the place of `base` at run time, in the same kind of expression: MapLibre
 * keeps drawing the tiles it laid out for the old kind until they are laid out again, and a value
 * that reads the zoom (or the feature) where the old one did not, or the other way round, throws in
 * that frame ("this.expression.interpolationFactor is not a function").
 */
export function sameKindAs(base: unknown, value: unknown): unknown {
  let v = value;
  if (isDataDriven(base) && !isDataDriven(v) && (typeof v === 'number' || typeof v === 'string')) v = asData(v);
  if (isZoomDriven(base) && !isZoomDriven(v)) v = ['interpolate', ['linear'], ['zoom'], 9, v, 10.5, v];
  return v;
}
/** The selection halo's radius: none unless the point is selected or highlighted. */
const haloRadius: ExpressionSpecification = ['case', state('sel'), 16, state('hover'), 16, state('hl'), 12, 0];
/** Faded when something else is in focus. */
/** The scorecard's mark of a place (0: none). */
const mark: ExpressionSpecification = ['number', ['feature-state', 'mark'], 0];
const dimmed = (normal: number, faded: number): ExpressionSpecification => ['case', state('dim'), faded, normal];

/** Simplification of the cities' and districts' outlines, in screen pixels (see ourSources). */
export const OUTLINE_TOLERANCE = 1;

export function ourSources(data: MapSources): Record<string, SourceSpecification> {
  // A URL is fetched and parsed by MapLibre's worker, off the main thread.
  const geo = (d: GeoJSON.FeatureCollection | string, promoteId = 'id', tolerance?: number): SourceSpecification => ({
    type: 'geojson',
    data: d,
    promoteId,
    ...(tolerance !== undefined ? { tolerance } : {}),
  });
  return {
    // The cities' and districts' outlines are simplified to 1 px (MapLibre's default 0.375): at the
    // first view (z8) half the points (context 7,303 → 3,583, districts 2,374 → 1,158), the same
    // lines to the eye, and little change from z12 where the boundary data is coarser than a pixel.
    // The places' own areas keep the default.
    [SOURCES.context]: geo(data.context, 'id', OUTLINE_TOLERANCE),
    [SOURCES.districts]: geo(data.districts, 'adcode', OUTLINE_TOLERANCE),
    [SOURCES.places]: geo(data.places),
    [SOURCES.corridors]: geo(data.corridors),
  };
}

/** Our layers, drawn over any basemap. `font` is the text-font for labels (ignored offline). */
export function ourLayers(lang: Lang, font: string[] = ['sans-serif']): LayerSpecification[] {
  const name = nameField(lang);
  // Every fill has a line layer drawn over its edge: 'fill-antialias' off spares MapLibre a second,
  // outline pass per fill and tile (and its shader's compile in the first frames: first idle −40..−55 ms,
  // blocking −60..−86 ms in A/B runs on the bench's software GL).
  return withRoles([
    { id: 'gba-fill', type: 'fill', source: SOURCES.context, paint: { 'fill-antialias': false, 'fill-color': asData('#e7e5e4'), 'fill-opacity': asData(0.5) } },
    { id: 'gba-line', type: 'line', source: SOURCES.context, paint: { 'line-color': asData('#a8a29e'), 'line-width': asData(0.8), 'line-opacity': asData(1) } },
    {
      id: 'district-fill',
      type: 'fill',
      source: SOURCES.districts,
      paint: {
        'fill-antialias': false,
        // Districts mode: a sequential scale on the share (0–1) of what the district hosts.
        'fill-color': [
          'case',
          state('choro'),
          ['interpolate', ['linear'], ['number', ['feature-state', 'share'], 0], 0, '#fff7ed', 0.5, '#fb923c', 1, '#c2410c'],
          state('hl'),
          '#fde68a',
          '#fafaf9',
        ],
        // Light enough at the dark end for the labels and corridors drawn over it.
        'fill-opacity': ['case', state('choro'), 0.6, state('hl'), 0.7, 0.55],
      },
    },
    {
      id: 'district-line',
      type: 'line',
      source: SOURCES.districts,
      // The chosen district in amber; the districts compared side by side in the comparison's blue.
      paint: {
        'line-color': ['case', state('cmp'), COMPARE_LINE, state('hl'), '#b45309', '#78716c'],
        'line-width': ['case', state('cmp'), 3.5, state('hl'), 2.5, 1],
        'line-opacity': asData(1),
      },
    },
    {
      id: 'areas-fill',
      type: 'fill',
      source: SOURCES.places,
      paint: {
        'fill-antialias': false,
        'fill-color': kindColor,
        'fill-opacity': ['case', state('sel'), 0.45, state('hover'), 0.45, state('hl'), 0.4, state('dim'), 0.06, 0.2],
      },
    },
    {
      id: 'areas-line',
      type: 'line',
      source: SOURCES.places,
      paint: {
        'line-color': kindColor,
        'line-width': ['case', state('sel'), 3.5, state('hover'), 3.5, state('hl'), 2.5, 1.5],
        'line-opacity': ['case', state('hover'), 1, state('dim'), 0.25, 0.9],
        // A dashed outline says "approximate extent".
        'line-dasharray': [3, 2],
      },
    },
    {
      id: 'zones-fill',
      type: 'fill',
      source: SOURCES.places,
      paint: {
        'fill-antialias': false,
        'fill-color': kindColor,
        'fill-opacity': ['case', state('sel'), 0.3, state('hover'), 0.3, state('hl'), 0.25, state('dim'), 0.03, 0.1],
      },
    },
    {
      id: 'zones-line',
      type: 'line',
      source: SOURCES.places,
      paint: { 'line-color': kindColor, 'line-width': asData(1), 'line-dasharray': [1, 2], 'line-opacity': dimmed(0.8, 0.2) },
    },
    {
      id: 'corridors-casing',
      type: 'line',
      source: SOURCES.corridors,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: { 'line-color': asData('#ffffff'), 'line-width': ['case', state('sel'), 9, state('hl'), 8, 6], 'line-opacity': dimmed(0.9, 0.3) },
    },
    {
      id: 'corridors-line',
      type: 'line',
      source: SOURCES.corridors,
      layout: { 'line-cap': 'round', 'line-join': 'round' },
      paint: {
        'line-color': corridorColor,
        'line-width': ['case', state('sel'), 6, state('hover'), 6, state('hl'), 5, 3],
        'line-opacity': ['case', state('hover'), 1, state('dim'), 0.2, 0.9],
      },
    },
    {
      id: 'corridors-arrow',
      type: 'symbol',
      source: SOURCES.corridors,
      layout: {
        'symbol-placement': 'line',
        'symbol-spacing': 90,
        'text-field': ARROW,
        'text-size': 20,
        'text-font': font,
        'text-keep-upright': false,
        'text-allow-overlap': true,
        'text-rotation-alignment': 'map',
      },
      paint: { 'text-color': corridorColor, 'text-halo-color': '#ffffff', 'text-halo-width': 1.5, 'text-opacity': dimmed(1, 0.2) },
    },
    // The scorecard's marks (feature state `mark`, src/plan/statusMap.ts MARK_CODE; 0 draws nothing): by
    // shape as well as colour — all met a thick ring, some a double ring, none a ring round a shaded disc,
    // no figures a thin grey ring. Under the halo and the point; written like points-halo (one program).
    {
      id: 'points-mark',
      type: 'circle',
      source: SOURCES.places,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, ['case', ['==', mark, 0], 0, 12.5], 10.5, ['case', ['==', mark, 0], 0, 17]],
        'circle-color': ['match', mark, 3, '#dc2626', '#ffffff'],
        'circle-opacity': ['match', mark, 3, 0.3, 0],
        'circle-stroke-color': ['match', mark, 1, '#15803d', 2, '#b45309', 3, '#b91c1c', '#6b7280'],
        'circle-stroke-width': ['match', mark, 1, 4, 2, 2, 3, 2, 4, 1.5, 0],
        'circle-stroke-opacity': ['match', mark, 0, 0, 1],
      },
    },
    {
      id: 'points-mark-inner',
      type: 'circle',
      source: SOURCES.places,
      paint: {
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, ['case', ['==', mark, 2], 9, 0], 10.5, ['case', ['==', mark, 2], 13, 0]],
        'circle-color': asData('#ffffff'),
        'circle-opacity': asData(0),
        'circle-stroke-color': asData('#b45309'),
        'circle-stroke-width': ['case', ['==', mark, 2], 2, 0],
        'circle-stroke-opacity': asData(1),
      },
    },
    {
      id: 'points-halo',
      type: 'circle',
      source: SOURCES.places,
      paint: {
        // Written by zoom like points-circle's radius (the same at both stops), so both circle layers
        // draw with one shader program (test/unit/styleVariants.test.ts).
        'circle-radius': ['interpolate', ['linear'], ['zoom'], 9, haloRadius, 10.5, haloRadius],
        // A place hovered in a list is marked in orange, the selection and the focus in yellow.
        'circle-color': ['case', state('hover'), '#f97316', '#facc15'],
        'circle-opacity': ['case', state('hover'), 0.7, 0.55],
        'circle-stroke-color': asData('#ffffff'),
        'circle-stroke-width': asData(0),
        'circle-stroke-opacity': asData(1),
      },
    },
    {
      id: 'points-circle',
      type: 'circle',
      source: SOURCES.places,
      paint: {
        'circle-color': kindColor,
        // Larger from zoom 10, where each symbol carries its kind's character.
        'circle-radius': [
          'interpolate',
          ['linear'],
          ['zoom'],
          9,
          ['match', ['get', 'kind'], 'context-city', 6, 'node', 7, 'core-area', 8, 5.5],
          10.5,
          ['match', ['get', 'kind'], 'context-city', 8, 11],
        ],
        // Nodes are rings, low-confidence places hollow: the symbol says how sure we are.
        'circle-stroke-color': ['case', ['==', ['get', 'confidence'], 'low'], kindColor, '#ffffff'],
        'circle-stroke-width': ['case', state('sel'), 3, ['==', ['get', 'kind'], 'node'], 3, 1.5],
        'circle-opacity': ['case', state('dim'), 0.25, ['==', ['get', 'confidence'], 'low'], 0.35, 1],
        'circle-stroke-opacity': dimmed(1, 0.3),
      },
    },
    {
      id: 'points-glyph',
      type: 'symbol',
      source: SOURCES.places,
      minzoom: 10.5,
      layout: { 'text-field': glyphField(lang), 'text-font': font, 'text-size': 12, 'text-allow-overlap': true, 'text-ignore-placement': true },
      paint: {
        'text-color': ['case', ['==', ['get', 'confidence'], 'low'], kindColor, '#ffffff'],
        'text-opacity': dimmed(1, 0.3),
      },
    },
    {
      id: 'gba-label',
      type: 'symbol',
      source: SOURCES.context,
      layout: { 'text-field': name, 'text-font': font, 'text-size': labelSize('gba-label', 1) },
      paint: { 'text-color': asData('#78716c'), 'text-halo-color': '#ffffff', 'text-halo-width': 1.5, 'text-opacity': asData(1) },
    },
    {
      id: 'district-label',
      type: 'symbol',
      source: SOURCES.context,
      layout: { 'text-field': name, 'text-font': font, 'text-size': labelSize('district-label', 1), 'text-letter-spacing': 0.1 },
      paint: { 'text-color': asData('#57534e'), 'text-halo-color': '#ffffff', 'text-halo-width': 1.5, 'text-opacity': asData(0.85) },
    },
    {
      id: 'points-label',
      type: 'symbol',
      source: SOURCES.places,
      layout: {
        'text-field': name,
        'text-font': font,
        'text-size': labelSize('points-label', 1),
        'text-max-width': 9,
        'text-variable-anchor': ['top', 'bottom', 'left', 'right'],
        'text-radial-offset': 0.9,
        'text-justify': 'auto',
        'symbol-sort-key': ['get', 'rank'],
      },
      paint: { 'text-color': asData('#1c1917'), 'text-halo-color': '#ffffff', 'text-halo-width': 1.5, 'text-opacity': dimmed(1, 0.25) },
    },
    // Placed before the other labels: the science cities and zones keep their names when labels collide.
    {
      id: 'areas-label',
      type: 'symbol',
      source: SOURCES.places,
      layout: { 'text-field': name, 'text-font': font, 'text-size': labelSize('areas-label', 1), 'text-max-width': 8 },
      paint: { 'text-color': kindColor, 'text-halo-color': '#ffffff', 'text-halo-width': 2, 'text-opacity': dimmed(1, 0.3) },
    },
    // Last, so placed first of all: what is selected and in focus is named before any context.
    {
      id: PRIORITY_LABEL_LAYER,
      type: 'symbol',
      source: SOURCES.places,
      filter: priorityLabelFilter(null, []),
      layout: {
        'text-field': name,
        'text-font': font,
        'text-size': labelSize(PRIORITY_LABEL_LAYER, 1),
        'text-max-width': ['case', isAreaLabel, 8, 9],
        // An area's name on its label point (or just beside it); a point's beside it, on whichever side is free.
        'text-variable-anchor-offset': [
          'case',
          isAreaLabel,
          ['literal', ['center', [0, 0], 'top', [0, 0.4], 'bottom', [0, -0.4], 'left', [0.4, 0], 'right', [-0.4, 0]]],
          [
            'literal',
            [
              'top',
              [0, 0.9],
              'bottom',
              [0, -0.9],
              'left',
              [0.9, 0],
              'right',
              [-0.9, 0],
              'top-left',
              [0.65, 0.65],
              'top-right',
              [-0.65, 0.65],
              'bottom-left',
              [0.65, -0.65],
              'bottom-right',
              [-0.65, -0.65],
            ],
          ],
        ],
        'text-justify': 'auto',
        // The focus's names may stand close to each other (their halos keep them legible): more of a
        // large focus is named where its places crowd (Action 1's 42 places at Bay Area scale).
        'text-padding': 0,
        'symbol-sort-key': prioritySortKey([]),
      },
      paint: {
        'text-color': ['case', isAreaLabel, kindColor, '#1c1917'],
        'text-halo-color': '#ffffff',
        'text-halo-width': 2,
        'text-opacity': dimmed(1, 0.3),
      },
    },
  ]);
}

const isAreaLabel: ExpressionSpecification = ['==', ['get', 'role'], 'area-label'];
const idIn = (ids: readonly string[]): ExpressionSpecification => ['in', ['get', 'id'], ['literal', [...ids]]];

/**
 * The priority label layer's filter: labels (of points and areas) of exactly `first`, within the
 * visible set `extra` (null: everything is visible).
 */
export function priorityLabelFilter(extra: FilterSpecification | null, first: readonly string[]): FilterSpecification {
  const own: FilterSpecification = ['all', ['in', ['get', 'role'], ['literal', ['point', 'area-label']]], idIn(first)];
  return extra ? (['all', own, extra] as FilterSpecification) : own;
}
/** Lower keys are placed first: `first` in its order (the selection before the focus). */
export function prioritySortKey(first: readonly string[]): ExpressionSpecification {
  return ['index-of', ['get', 'id'], ['literal', [...first]]];
}
/** A base label layer's filter while `first` are labelled by the priority layer instead. */
export function withoutFirst(layer: string, extra: FilterSpecification | null, first: readonly string[]): FilterSpecification | undefined {
  if (first.length === 0) return layerFilter(layer, extra);
  const notFirst: FilterSpecification = ['!', idIn(first)];
  return layerFilter(layer, extra ? (['all', extra, notFirst] as FilterSpecification) : notFirst);
}

const withRoles = (layers: LayerSpecification[]): LayerSpecification[] =>
  layers.map((l) => {
    const filter = 'filter' in l && l.filter ? l.filter : layerFilter(l.id);
    return filter ? ({ ...l, filter } as LayerSpecification) : l;
  });

/**
 * The built-in map. `glyphs`: the build's glyph file (src/map/prebuiltGlyphs.ts) and the font it
 * serves; without it MapLibre draws every label's characters locally.
 */
export function offlineStyle(data: MapSources, lang: Lang, glyphs?: { url: string; font: string[] }): StyleSpecification {
  return {
    version: 8,
    name: 'guangzhou-hub-offline',
    // No sprite or tiles, and glyphs only from the build's own file: nothing here reaches the network.
    ...(glyphs ? { glyphs: glyphs.url } : {}),
    sources: ourSources(data),
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': '#dbeafe' } }, ...ourLayers(lang, glyphs?.font)],
  };
}
