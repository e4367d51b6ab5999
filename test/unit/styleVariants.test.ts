// Layers of one type draw with one shader program only if the same paint properties are data-driven
// in each (MapLibre compiles a program variant per combination, and software WebGL pays tens of ms for
// each on its first draw). style.ts writes constants as data where needed; this keeps it so.
import { describe, expect, it } from 'vitest';
import type { LayerSpecification } from 'maplibre-gl';
import { ourLayers, ourSources, OUTLINE_TOLERANCE, SOURCES, isDataDriven, isZoomDriven, sameKindAs } from '../../src/map/style.ts';

/** Paint properties that become shader attributes when data-driven, per program. */
const PROGRAM_PROPS: Record<string, readonly string[]> = {
  fill: ['fill-color', 'fill-opacity', 'fill-outline-color'],
  line: ['line-color', 'line-opacity', 'line-width', 'line-blur', 'line-gap-width', 'line-offset'],
  circle: ['circle-radius', 'circle-color', 'circle-blur', 'circle-opacity', 'circle-stroke-width', 'circle-stroke-color', 'circle-stroke-opacity'],
  symbol: ['text-color', 'text-halo-color', 'text-halo-width', 'text-halo-blur', 'text-opacity'],
};

const readsZoom = (v: unknown): boolean => Array.isArray(v) && ((v.length === 1 && v[0] === 'zoom') || v.some(readsZoom));

/** The program a layer draws with (dashed lines use their own) and its data-driven properties. */
function variant(l: LayerSpecification): { program: string; driven: string } {
  const paint = ('paint' in l ? (l.paint ?? {}) : {}) as Record<string, unknown>;
  const program = l.type === 'line' && paint['line-dasharray'] ? 'line-dashed' : l.type;
  const props = PROGRAM_PROPS[l.type] ?? [];
  // A value that reads both the feature and the zoom is a third kind (a pair of attributes
  // interpolated by zoom): it splits the program from layers where the same property reads only the feature.
  return {
    program,
    driven: props
      .filter((p) => isDataDriven(paint[p]))
      .map((p) => (readsZoom(paint[p]) ? `${p}(zoom)` : p))
      .join(','),
  };
}

describe('shader program variants of the built-in style', () => {
  it('knows data-driven values from constants', () => {
    expect(isDataDriven(['case', ['boolean', ['feature-state', 'sel'], false], 1, 1])).toBe(true);
    expect(isDataDriven(['match', ['get', 'kind'], 'a', '#fff', '#000'])).toBe(true);
    expect(isDataDriven(['interpolate', ['linear'], ['zoom'], 8, 1, 12, 3])).toBe(false);
    expect(isDataDriven('#ffffff')).toBe(false);
  });

  for (const lang of ['zh', 'en'] as const) {
    it(`draws each layer type with one program (${lang})`, () => {
      const byProgram = new Map<string, Map<string, string[]>>();
      for (const l of ourLayers(lang)) {
        const { program, driven } = variant(l);
        const m = byProgram.get(program) ?? new Map<string, string[]>();
        m.set(driven, [...(m.get(driven) ?? []), l.id]);
        byProgram.set(program, m);
      }
      const split = [...byProgram].filter(([, m]) => m.size > 1).map(([p, m]) => `${p}: ${[...m].map(([d, ids]) => `[${d}] ${ids.join(' ')}`).join(' | ')}`);
      expect(split).toEqual([]);
      expect([...byProgram.keys()].sort()).toEqual(['circle', 'fill', 'line', 'line-dashed', 'symbol']);
    });
    it(`draws no fill's outline pass: a line layer draws each fill's edge (${lang})`, () => {
      const fills = ourLayers(lang).filter((l) => l.type === 'fill');
      expect(fills.length).toBeGreaterThan(3);
      for (const f of fills) expect((f.paint as Record<string, unknown>)['fill-antialias'], f.id).toBe(false);
      // Each fill's source has a line layer (the edge the outline pass would draw).
      const lines = new Set(ourLayers(lang).flatMap((l) => (l.type === 'line' ? [l.source] : [])));
      for (const f of fills) expect(lines.has(f.source), f.id).toBe(true);
    });
  }
});

describe('a value set at run time keeps the kind of the one it replaces', () => {
  const composite = ['interpolate', ['linear'], ['zoom'], 9, ['match', ['get', 'kind'], 'node', 7, 5.5], 10.5, 11];
  const kind = (v: unknown) => ({ data: isDataDriven(v), zoom: isZoomDriven(v) });
  it('makes a feature-only or constant value composite where the base reads zoom and feature (Present at 4K threw here)', () => {
    for (const v of [0, 12, ['match', ['get', 'kind'], 'node', 20, 16]]) expect(kind(sameKindAs(composite, v))).toEqual({ data: true, zoom: true });
  });
  it('makes a constant data-driven where the base is, and leaves a constant where the base is one', () => {
    expect(kind(sameKindAs(['case', ['boolean', ['feature-state', 'sel'], false], 1, 2], 3))).toEqual({ data: true, zoom: false });
    expect(sameKindAs(2, 3)).toBe(3);
    expect(sameKindAs(composite, composite)).toBe(composite);
  });
  it('tells a zoom-driven value by its top expression', () => {
    expect(isZoomDriven(['step', ['zoom'], 1, 10, 2])).toBe(true);
    expect(isZoomDriven(['step', ['get', 'n'], 1, 10, 2])).toBe(false);
    expect(isZoomDriven(['case', ['==', 1, 1], 1, 2])).toBe(false);
  });
});

describe('the sources of the built-in style', () => {
  it('simplify the cities’ and districts’ outlines to 1 px and keep the places’ areas at MapLibre’s default', () => {
    const fc = { type: 'FeatureCollection', features: [] } as GeoJSON.FeatureCollection;
    const s = ourSources({ context: fc, districts: fc, places: fc, corridors: fc } as Parameters<typeof ourSources>[0]);
    const tol = (id: string) => (s[id] as { tolerance?: number }).tolerance;
    expect(Object.keys(s).sort()).toEqual(Object.values(SOURCES).sort());
    expect([tol(SOURCES.context), tol(SOURCES.districts)]).toEqual([OUTLINE_TOLERANCE, OUTLINE_TOLERANCE]);
    expect(OUTLINE_TOLERANCE).toBe(1);
    expect([tol(SOURCES.places), tol(SOURCES.corridors)]).toEqual([undefined, undefined]);
  });
});
