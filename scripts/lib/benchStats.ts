// Pure parts of `npm run bench`: medians, ratios, budget verdicts, and which built files are the shell,
// the map chunk, the worker and the data. No I/O here, so the unit tests can pin them down.

/** The budgets of issue #10. Ratios are against the bare MapLibre page measured in the same run. */
export const BUDGETS = {
  /** app first idle / bare first idle */
  firstIdleRatio: 1.15,
  /** app main-thread blocking / bare main-thread blocking */
  blockingRatio: 1.2,
  /** gzip kB of the JS and CSS that load before the map chunk */
  shellGzipKb: 100,
  /** median ms from a selection (list click, hash change) to the panel painted */
  selectionMs: 50,
  /** gzip kB of the built-in data a first load fetches (not the files a panel or the English reader asks for later) */
  dataGzipKb: 150,
} as const;

export function median(xs: readonly number[]): number {
  if (xs.length === 0) return Number.NaN;
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** a / b; a zero floor makes any positive value an infinite ratio (and 0 / 0 equal, 1). */
export function ratio(a: number, b: number): number {
  if (b === 0) return a === 0 ? 1 : Number.POSITIVE_INFINITY;
  return a / b;
}

/** Total blocking time: the part of every long task beyond 50 ms, summed. */
export function blockingTime(tasks: ReadonlyArray<{ duration: number }>): number {
  return tasks.reduce((sum, t) => sum + Math.max(0, t.duration - 50), 0);
}

export type Verdict = 'ok' | 'OVER';
/** A figure that is not a number (nothing measured) is over: a budget is never passed by default. */
export function verdict(value: number, limit: number): Verdict {
  return Number.isFinite(value) && value <= limit ? 'ok' : 'OVER';
}

export interface Figures {
  firstIdleRatio: number;
  blockingRatio: number;
  shellGzipKb: number;
  selectionClickMs: number;
  selectionHashMs: number;
  dataGzipKb: number;
}

export interface BudgetLine {
  name: string;
  value: number;
  limit: number;
  unit: '×' | 'kB' | 'ms';
  verdict: Verdict;
}

export function checkBudgets(f: Figures, b: typeof BUDGETS = BUDGETS): BudgetLine[] {
  const line = (name: string, value: number, limit: number, unit: BudgetLine['unit']): BudgetLine => ({
    name,
    value,
    limit,
    unit,
    verdict: verdict(value, limit),
  });
  return [
    line('first idle, app / bare', f.firstIdleRatio, b.firstIdleRatio, '×'),
    line('main-thread blocking, app / bare', f.blockingRatio, b.blockingRatio, '×'),
    line('shell JS+CSS gzip', f.shellGzipKb, b.shellGzipKb, 'kB'),
    line('selection → panel painted (list click), median', f.selectionClickMs, b.selectionMs, 'ms'),
    line('selection → panel painted (hash change), median', f.selectionHashMs, b.selectionMs, 'ms'),
    line('first-load data gzip', f.dataGzipKb, b.dataGzipKb, 'kB'),
  ];
}

// --- which built files are what ---------------------------------------------------------------

/** The part of Vite's `.vite/manifest.json` we read. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
  assets?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

export interface FileSet {
  js: string[];
  css: string[];
}

/** Every file the given chunks load without a dynamic import: their own file, static imports, CSS. */
export function staticClosure(manifest: Manifest, keys: readonly string[], skip: ReadonlySet<string> = new Set()): FileSet {
  const js: string[] = [];
  const css: string[] = [];
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const chunk = manifest[key];
    if (!chunk) throw new Error(`manifest has no chunk ${key}`);
    if (!skip.has(chunk.file)) js.push(chunk.file);
    for (const c of chunk.css ?? []) if (!skip.has(c) && !css.includes(c)) css.push(c);
    for (const i of chunk.imports ?? []) visit(i);
  };
  keys.forEach(visit);
  return { js, css };
}

export interface BuildParts {
  /** What index.html loads before the map chunk is asked for. */
  shell: FileSet;
  /** The MapLibre chunk (and what it alone pulls in). */
  map: FileSet;
  worker: string[];
  /** Every other dynamically imported chunk (Districts, Present, reader…), loaded when used. */
  lazy: FileSet;
}

/**
 * Splits a build into shell / map chunk / worker / other lazy chunks. `isMap` names the map chunk's
 * source (the module that imports maplibre-gl), `isWorker` the worker asset.
 */
export function buildParts(
  manifest: Manifest,
  isMap: (src: string) => boolean = (s) => /(^|\/)src\/map\/mapAdapter\.ts$/.test(s),
  isWorker: (file: string) => boolean = (f) => /maplibre-gl-worker[^/]*\.m?js$/.test(f),
): BuildParts {
  const entries = Object.keys(manifest).filter((k) => manifest[k]!.isEntry);
  if (entries.length === 0) throw new Error('manifest has no entry chunk');
  const shell = staticClosure(manifest, entries);
  const inShell = new Set([...shell.js, ...shell.css]);
  const mapKeys = Object.keys(manifest).filter((k) => manifest[k]!.isDynamicEntry && isMap(manifest[k]!.src ?? k));
  if (mapKeys.length === 0) throw new Error('manifest has no map chunk');
  const map = staticClosure(manifest, mapKeys, inShell);
  const taken = new Set([...inShell, ...map.js, ...map.css]);
  const lazyKeys = Object.keys(manifest).filter((k) => manifest[k]!.isDynamicEntry && !mapKeys.includes(k));
  const lazy = staticClosure(manifest, lazyKeys, taken);
  const worker = [
    ...new Set(
      Object.values(manifest)
        .flatMap((c) => [c.file, ...(c.assets ?? [])])
        .filter(isWorker),
    ),
  ];
  return { shell, map, worker, lazy };
}

/** Built files that are data: JSON, GeoJSON and text, except the build's own bookkeeping. */
export function isDataFile(path: string): boolean {
  const p = path.replace(/\\/g, '/');
  if (p.startsWith('.vite/') || p.includes('/.vite/')) return false;
  if (/(^|\/)(manifest\.json|[^/]*\.webmanifest|robots\.txt)$/.test(p)) return false;
  return /\.(geo)?json$|\.txt$/.test(p);
}
