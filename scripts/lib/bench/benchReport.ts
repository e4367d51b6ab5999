// What `npm run bench` prints: the medians of the loads side by side, the build's sizes and the
// budgets. Pure: figures in, lines out.
import { checkBudgets, median, ratio, type BudgetLine, type FileSet } from '../benchStats.ts';

/** One load of a page, as the bench measured it. */
export interface Load {
  /** User Timing marks (ms from navigation). */
  marks: Record<string, number>;
  /** Total blocking time up to the first idle (ms). */
  blocking: number;
  longTasks: number;
  mapSize: { w: number; h: number } | null;
  /** Selection → panel painted (ms; NaN when the panel never showed). */
  clickMs: number[];
  hashMs: number[];
}

export const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '—');
export const kb = (x: number) => `${x.toFixed(1)} kB`;
const spread = (xs: number[]) => (xs.length ? `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}` : '');

/** A mark's times over the loads that have it. */
export const markOf = (loads: readonly Load[], m: string) => loads.map((l) => l.marks[m]).filter((x): x is number => x !== undefined);

/** "label  median (min–max)" of the app, and beside it the bare page's and the ratio. */
export function row(label: string, a: number[], b: number[] | null): string {
  const ma = median(a);
  const cols = [label.padEnd(30), ms(ma).padStart(9), `(${spread(a)})`.padEnd(14)];
  if (b) {
    const mb = median(b);
    cols.push(ms(mb).padStart(9), `(${spread(b)})`.padEnd(14), `${ratio(ma, mb).toFixed(2)}×`.padStart(7));
  }
  return '  ' + cols.join(' ');
}

export interface Runs {
  app: readonly Load[];
  bare: readonly Load[];
  /** The bare page with the app's build-time glyph file. */
  glyphs: readonly Load[];
}

/** The loads' table. */
export function loadLines(r: Runs): string[] {
  const { app, bare, glyphs } = r;
  const lines = [
    '  medians (min–max)',
    `  ${''.padEnd(30)} ${'app'.padStart(9)} ${''.padEnd(14)} ${'bare'.padStart(9)} ${''.padEnd(14)} app/bare`,
    row('navigation → first map render', markOf(app, 'map-first-render'), markOf(bare, 'map-first-render')),
    row('navigation → map-load', markOf(app, 'map-load'), markOf(bare, 'map-load')),
    row('navigation → map-first-idle', markOf(app, 'map-first-idle'), markOf(bare, 'map-first-idle')),
    row(
      'main-thread blocking',
      app.map((l) => l.blocking),
      bare.map((l) => l.blocking),
    ),
    // The app draws its labels from glyphs made at build time; a bare page does not (MapLibre draws them in
    // the page). The same bare page given that file too, for whoever weighs the budgets against it:
    `  against the bare page given the app's glyph file too (not the budgets' floor):`,
    row('navigation → map-first-idle', markOf(app, 'map-first-idle'), markOf(glyphs, 'map-first-idle')),
    row(
      'main-thread blocking',
      app.map((l) => l.blocking),
      glyphs.map((l) => l.blocking),
    ),
    row('  (app) → app-start', markOf(app, 'app-start'), null),
    row('  (app) → map-chunk', markOf(app, 'map-chunk'), null),
  ];
  const m = missed(app);
  if (m > 0) lines.push(`  ${m} selection(s) never showed their panel within 15 s: the figures below leave them out`);
  lines.push(row(`selection → panel: list click`, clicks(app), null), row(`selection → panel: hash change`, hashes(app), null));
  return lines;
}

/** Selections whose panel never showed the name: a failure of the run, not a fast sample. */
export const missed = (app: readonly Load[]) => app.flatMap((l) => [...l.clickMs, ...l.hashMs]).filter((x) => !Number.isFinite(x)).length;
const clicks = (app: readonly Load[]) => app.flatMap((l) => l.clickMs).filter(Number.isFinite);
const hashes = (app: readonly Load[]) => app.flatMap((l) => l.hashMs).filter(Number.isFinite);

export interface Sizes {
  shell: { js: number; css: number };
  map: { js: number; css: number };
  lazy: { js: number; css: number };
  worker: number;
  glyphs: number;
  data: number;
}

/** The build's gzip sizes, with the files of each part. */
export function sizeLines(
  s: Sizes,
  parts: { shell: FileSet; map: FileSet; worker: readonly string[]; lazy: FileSet },
  glyphFiles: readonly string[],
  data: { mode: string; files: ReadonlyArray<{ name: string; kb: number }>; later?: ReadonlyArray<{ name: string; kb: number }> },
): string[] {
  const files = (f: FileSet) => [...f.js, ...f.css].map((x) => x.replace(/^assets\//, '')).join(', ');
  const lines = [
    '\n  gzip sizes of the app build',
    `    shell (before the map chunk)  JS ${kb(s.shell.js)} + CSS ${kb(s.shell.css)} = ${kb(s.shell.js + s.shell.css)}   ${files(parts.shell)}`,
    `    map chunk                     JS ${kb(s.map.js)} + CSS ${kb(s.map.css)} = ${kb(s.map.js + s.map.css)}   ${files(parts.map)}`,
    `    MapLibre worker               ${kb(s.worker)}   ${parts.worker.map((f) => f.replace(/^assets\//, '')).join(', ')}`,
    `    other lazy chunks             JS ${kb(s.lazy.js)} + CSS ${kb(s.lazy.css)}   (${parts.lazy.js.length + parts.lazy.css.length} files)`,
  ];
  if (glyphFiles.length)
    lines.push(`    label glyphs                  ${kb(s.glyphs)}   ${glyphFiles.join(', ')} (drawn at build time; a bare page draws them in the page)`);
  lines.push(`    data, ${data.mode}: ${kb(s.data)}`);
  for (const f of data.files) lines.push(`      ${f.name.padEnd(36)} ${kb(f.kb).padStart(9)}`);
  if (data.later?.length) {
    lines.push(`    data fetched later, when a panel or the English reader needs it (not first-load): ${kb(data.later.reduce((a, f) => a + f.kb, 0))}`);
    for (const f of data.later) lines.push(`      ${f.name.padEnd(36)} ${kb(f.kb).padStart(9)}`);
  }
  return lines;
}

/** The figures the budgets are about, from the loads and the sizes. */
export function budgetLines(r: Runs, s: Sizes): BudgetLine[] {
  return checkBudgets({
    firstIdleRatio: ratio(median(markOf(r.app, 'map-first-idle')), median(markOf(r.bare, 'map-first-idle'))),
    blockingRatio: ratio(median(r.app.map((l) => l.blocking)), median(r.bare.map((l) => l.blocking))),
    shellGzipKb: s.shell.js + s.shell.css,
    selectionClickMs: median(clicks(r.app)),
    selectionHashMs: median(hashes(r.app)),
    dataGzipKb: s.data,
  });
}

/** One budget as the report prints it: name, value, limit, ok or OVER. */
export function budgetText(l: BudgetLine): string {
  const v = l.unit === '×' ? `${l.value.toFixed(2)}×` : l.unit === 'kB' ? kb(l.value) : Number.isFinite(l.value) ? `${l.value.toFixed(1)} ms` : '—';
  const lim = l.unit === '×' ? `${l.limit}×` : `${l.limit} ${l.unit}`;
  return `    ${l.name.padEnd(50)} ${v.padStart(9)}  ≤ ${lim.padEnd(7)} ${l.verdict}`;
}
