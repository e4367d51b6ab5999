import { describe, it, expect } from 'vitest';
import {
  BUDGETS,
  blockingTime,
  buildParts,
  checkBudgets,
  isDataFile,
  median,
  ratio,
  staticClosure,
  verdict,
  type Manifest,
} from '../../scripts/lib/benchStats.ts';

describe('bench statistics', () => {
  it('takes the median of odd and even samples without reordering the input', () => {
    const xs = [5, 1, 3];
    expect(median(xs)).toBe(3);
    expect(xs).toEqual([5, 1, 3]);
    expect(median([4, 1, 3, 2])).toBe(2.5);
    expect(median([7])).toBe(7);
    expect(median([])).toBeNaN();
  });

  it('divides app by bare, and treats a zero floor as infinitely exceeded unless both are zero', () => {
    expect(ratio(3, 2)).toBe(1.5);
    expect(ratio(0, 0)).toBe(1);
    expect(ratio(10, 0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('sums only the part of each long task beyond 50 ms', () => {
    expect(blockingTime([{ duration: 120 }, { duration: 50 }, { duration: 30 }, { duration: 51 }])).toBe(71);
    expect(blockingTime([])).toBe(0);
  });

  it('passes a figure at its limit, and never passes one that was not measured', () => {
    expect(verdict(1.15, 1.15)).toBe('ok');
    expect(verdict(1.16, 1.15)).toBe('OVER');
    expect(verdict(Number.NaN, 50)).toBe('OVER');
    expect(verdict(Number.POSITIVE_INFINITY, 1.2)).toBe('OVER');
  });

  it('checks every budget of issue #10', () => {
    const lines = checkBudgets({ firstIdleRatio: 1.1, blockingRatio: 2, shellGzipKb: 99, selectionClickMs: 12, selectionHashMs: 51, dataGzipKb: 150 });
    expect(lines.map((l) => [l.limit, l.verdict])).toEqual([
      [BUDGETS.firstIdleRatio, 'ok'],
      [BUDGETS.blockingRatio, 'OVER'],
      [BUDGETS.shellGzipKb, 'ok'],
      [BUDGETS.selectionMs, 'ok'],
      [BUDGETS.selectionMs, 'OVER'],
      [BUDGETS.dataGzipKb, 'ok'],
    ]);
    expect(BUDGETS).toEqual({ firstIdleRatio: 1.15, blockingRatio: 1.2, shellGzipKb: 100, selectionMs: 50, dataGzipKb: 150 });
  });
});

describe('which built files are the shell, the map chunk, the worker and the data', () => {
  // A build as the lead plans it: a vendor chunk shared by entry and map, a lazy Present chunk.
  const manifest: Manifest = {
    'index.html': {
      file: 'assets/index-a.js',
      isEntry: true,
      imports: ['_solid-b.js'],
      dynamicImports: ['src/map/mapAdapter.ts', 'src/ui/present/PresentView.tsx'],
      css: ['assets/index-a.css'],
    },
    '_solid-b.js': { file: 'assets/solid-b.js' },
    '_maplibre-c.js': { file: 'assets/maplibre-c.js', css: ['assets/maplibre-c.css'], imports: ['_solid-b.js'] },
    'src/map/mapAdapter.ts': {
      file: 'assets/mapAdapter-d.js',
      src: 'src/map/mapAdapter.ts',
      isDynamicEntry: true,
      imports: ['index.html', '_maplibre-c.js'],
      assets: ['assets/maplibre-gl-worker-e.mjs'],
    },
    'src/ui/present/PresentView.tsx': {
      file: 'assets/PresentView-f.js',
      src: 'src/ui/present/PresentView.tsx',
      isDynamicEntry: true,
      imports: ['index.html', '_solid-b.js'],
      css: ['assets/PresentView-f.css'],
    },
    'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs': {
      file: 'assets/maplibre-gl-worker-e.mjs',
      src: 'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs',
    },
  };

  it('follows static imports only, each file once', () => {
    expect(staticClosure(manifest, ['index.html'])).toEqual({ js: ['assets/index-a.js', 'assets/solid-b.js'], css: ['assets/index-a.css'] });
    expect(() => staticClosure(manifest, ['nope'])).toThrow(/nope/);
  });

  it('counts a shared chunk in the shell, not again in the map chunk', () => {
    const p = buildParts(manifest);
    expect(p.shell).toEqual({ js: ['assets/index-a.js', 'assets/solid-b.js'], css: ['assets/index-a.css'] });
    expect(p.map).toEqual({ js: ['assets/mapAdapter-d.js', 'assets/maplibre-c.js'], css: ['assets/maplibre-c.css'] });
    expect(p.worker).toEqual(['assets/maplibre-gl-worker-e.mjs']);
    expect(p.lazy).toEqual({ js: ['assets/PresentView-f.js'], css: ['assets/PresentView-f.css'] });
  });

  it("reads today's build: one entry, the map chunk imported dynamically", () => {
    const today: Manifest = {
      'index.html': { file: 'assets/index-x.js', isEntry: true, dynamicImports: ['src/map/mapAdapter.ts'], css: ['assets/index-x.css'] },
      'src/map/mapAdapter.ts': {
        file: 'assets/mapAdapter-y.js',
        src: 'src/map/mapAdapter.ts',
        isDynamicEntry: true,
        imports: ['index.html'],
        css: ['assets/mapAdapter-y.css'],
      },
      'node_modules/maplibre-gl/dist/maplibre-gl-worker.mjs': { file: 'assets/maplibre-gl-worker-z.mjs' },
    };
    const p = buildParts(today);
    expect(p.shell.js).toEqual(['assets/index-x.js']);
    expect(p.map).toEqual({ js: ['assets/mapAdapter-y.js'], css: ['assets/mapAdapter-y.css'] });
    expect(p.worker).toEqual(['assets/maplibre-gl-worker-z.mjs']);
    expect(p.lazy).toEqual({ js: [], css: [] });
  });

  it('fails loudly when there is no entry or no map chunk', () => {
    expect(() => buildParts({})).toThrow(/entry/);
    expect(() => buildParts({ 'index.html': { file: 'a.js', isEntry: true } })).toThrow(/map chunk/);
  });

  it("takes JSON, GeoJSON and text as data, not the build's own bookkeeping", () => {
    expect(['data/places.geojson', 'data/plan.json', 'assets/plan-1a2b.json', 'data/plan-2019-2021.txt'].every(isDataFile)).toBe(true);
    expect(['.vite/manifest.json', 'manifest.webmanifest', 'robots.txt', 'assets/index-a.js', 'sw.js'].some(isDataFile)).toBe(false);
  });
});
