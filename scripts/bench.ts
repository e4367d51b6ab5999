// npm run bench — the app against a bare MapLibre page (scripts/bench/bare/) drawing the same data,
// in one run: loads alternate app / bare, each in a fresh browser profile, and the budgets are ratios
// to the bare page (absolute times on these shared machines drift from run to run). Also the gzip
// size of the shell, the map chunk, the worker and the data, and selection → panel painted.
//   BENCH_RUNS=n (loads of each, default 9: with 5 a side the medians moved by ±10 % between runs here,
//   as much as the budgets' margins)   --no-fail or BENCH_NO_FAIL=1 (report only, exit 0)
import { build } from 'vite';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import type { Page } from 'playwright-core';
import { serveStatic } from './lib/staticServer.ts';
import { ROOT, SEED_FILE } from './lib/repoData.ts';
import { launchChromium } from './lib/chromium.ts';
import { fixArtefacts } from '../src/plan/artefacts.ts';
import { BUDGETS, blockingTime, buildParts, checkBudgets, isDataFile, median, ratio, type FileSet, type Manifest } from './lib/benchStats.ts';
import { GLYPHS_FILE } from '../src/map/glyphBundle.ts';

const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 9) || 9);
const NO_FAIL = process.argv.includes('--no-fail') || process.env.BENCH_NO_FAIL === '1';
// What the app's map fetches (src/data/dataFiles.ts MAP_FILES), taken from the app's build.
const MAP_DATA_FILES = ['districts.geojson', 'map/context.geojson', 'map/places.geojson', 'map/corridors.geojson'];
const VIEWPORT = { width: 1280, height: 800 };
const LOCALE = 'zh-CN';
const started = Date.now();
// Printed with the figures: a busy machine widens the spread (the ratios hold better than the times).
const loadAtStart = loadavg()[0]!;

// --- build both pages (Vite's JS API, into a temporary folder) --------------------------------
// The app as it ships: without the browser tests' hooks (src/testHooks.ts), whatever the shell has set.
delete process.env['VITE_TEST_HOOKS'];
const work = mkdtempSync(join(tmpdir(), 'hubmap-bench-'));
const appDir = join(work, 'app');
const bareDir = join(work, 'bare');
await build({ root: ROOT, logLevel: 'error', build: { outDir: appDir, emptyOutDir: true, manifest: true } });
await build({
  root: join(ROOT, 'scripts/bench/bare'), configFile: false, base: './', logLevel: 'error',
  cacheDir: join(work, 'vite-cache'), publicDir: false,
  build: { outDir: bareDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
});
mkdirSync(join(bareDir, 'data', 'map'), { recursive: true });
for (const f of MAP_DATA_FILES) copyFileSync(join(appDir, 'data', f), join(bareDir, 'data', f));
// For the second floor only (bare page with `?glyphs=1`): the app's build-time label glyphs.
mkdirSync(join(bareDir, 'glyphs'), { recursive: true });
copyFileSync(join(appDir, GLYPHS_FILE), join(bareDir, GLYPHS_FILE));

// --- sizes ------------------------------------------------------------------------------------
const gzKb = (file: string) => gzipSync(readFileSync(file)).length / 1024;
const manifest = JSON.parse(readFileSync(join(appDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
const parts = buildParts(manifest);
const sum = (files: readonly string[]) => files.reduce((a, f) => a + gzKb(join(appDir, f)), 0);
const setKb = (s: FileSet) => ({ js: sum(s.js), css: sum(s.css) });
const shellKb = setKb(parts.shell);
const mapKb = setKb(parts.map);
const lazyKb = setKb(parts.lazy);
const workerKb = sum(parts.worker);
const walk = (dir: string): string[] => readdirSync(dir).flatMap((f) => {
  const p = join(dir, f);
  return statSync(p).isDirectory() ? walk(p) : [relative(appDir, p)];
});
// What is measured is what ships: none of the tests' probes (src/testHooks.ts) in the code.
const hooked = walk(appDir).filter((f) => f.endsWith('.js') && readFileSync(join(appDir, f), 'utf8').includes('__hub'));
if (hooked.length) throw new Error(`the app's build carries the test hooks (${hooked.join(', ')}): built with VITE_TEST_HOOKS?`);
// The labels' glyphs drawn at build time (src/map/glyphBundle.ts): neither code nor data, said apart.
const glyphFiles = walk(appDir).filter((f) => f.replace(/\\/g, '/').startsWith('glyphs/'));
const glyphKb = sum(glyphFiles);
// Data served as files of the build when there are any; otherwise it is inlined in the JS, and we
// report what the inlined files weigh on their own.
const builtData = walk(appDir).filter(isDataFile);
const dataMode = builtData.length > 0 ? 'static files of the build' : 'inlined in the JS (size of the source files)';
const dataFiles = builtData.length > 0
  ? builtData.map((f) => ({ name: f, kb: gzKb(join(appDir, f)) }))
  : [...readdirSync(join(ROOT, 'data')).filter((f) => /\.(geo)?json$/.test(f)).map((f) => `data/${f}`), SEED_FILE]
    .map((f) => ({ name: f, kb: gzKb(join(ROOT, f)) }));
const dataKb = dataFiles.reduce((a, f) => a + f.kb, 0);

// --- in the page ------------------------------------------------------------------------------
// Plain JS strings, not functions: tsx would wrap named functions in helpers the page does not have.
// Long tasks observed from document start (buffered), read with takeRecords() so none is pending.
const PROBE = `(() => {
  const tasks = [];
  const po = new PerformanceObserver((list) => { for (const e of list.getEntries()) tasks.push({ start: e.startTime, duration: e.duration }); });
  try { po.observe({ type: 'longtask', buffered: true }); } catch (e) { /* no long task API: none counted */ }
  window.__bench = {
    tasks() { for (const e of po.takeRecords()) tasks.push({ start: e.startTime, duration: e.duration }); return tasks.slice(); },
    // Resolves with ms from the input (a click's timeStamp, or the time set in start) to the animation
    // frame after the side panel shows the expected name.
    arm(name) {
      let t0 = NaN;
      window.__bench.start = (t) => { t0 = t; };
      addEventListener('click', (e) => { t0 = e.timeStamp; }, { capture: true, once: true });
      window.__bench.result = new Promise((resolve) => {
        const mo = new MutationObserver(() => {
          const h = document.querySelector('[data-testid="side-panel"] #details-title');
          if (h && h.textContent.trim() === name) { mo.disconnect(); requestAnimationFrame(() => resolve(performance.now() - t0)); }
        });
        mo.observe(document.body, { subtree: true, childList: true, characterData: true });
        setTimeout(() => { mo.disconnect(); resolve(NaN); }, 15000);
      });
    },
  };
})();`;

interface Load {
  marks: Record<string, number>;
  blocking: number;
  longTasks: number;
  mapSize: { w: number; h: number } | null;
  clickMs: number[];
  hashMs: number[];
}

const MARKS = ['app-start', 'map-chunk', 'map-first-render', 'map-load', 'map-first-idle'];
const readLoad = async (page: Page): Promise<Omit<Load, 'clickMs' | 'hashMs'>> => {
  await page.waitForFunction(`performance.getEntriesByName('map-first-idle').length > 0`, undefined, { timeout: 120_000 });
  const r = await page.evaluate(`(() => {
    const marks = {};
    for (const m of ${JSON.stringify(MARKS)}) { const e = performance.getEntriesByName(m)[0]; if (e) marks[m] = e.startTime; }
    const el = document.querySelector('[data-testid="map"]');
    const rect = el ? el.getBoundingClientRect() : null;
    return { marks, tasks: window.__bench.tasks(), mapSize: rect ? { w: Math.round(rect.width), h: Math.round(rect.height) } : null };
  })()`) as { marks: Record<string, number>; tasks: { start: number; duration: number }[]; mapSize: Load['mapSize'] };
  // Blocking up to the first idle: the cost of getting the map on screen.
  const before = r.tasks.filter((t) => t.start < r.marks['map-first-idle']!);
  return { marks: r.marks, blocking: blockingTime(before), longTasks: before.length, mapSize: r.mapSize };
};

// Places with a site and a distinct name, to select in turn (a new one each time, so the panel changes).
const places = (JSON.parse(readFileSync(join(ROOT, 'data/places.geojson'), 'utf8')) as GeoJSON.FeatureCollection).features
  .filter((f) => f.geometry?.type === 'Point')
  // As the panel shows it (the PDF's look-alike characters corrected, src/plan/artefacts.ts).
  .map((f) => ({ id: String(f.properties?.['id']), name: fixArtefacts(String(f.properties?.['name_zh'])) }))
  .filter((p, i, all) => all.findIndex((q) => q.name === p.name) === i);
let nextPlace = 0;
const pick = () => places[nextPlace++ % places.length]!;

const settle = async (page: Page) => {
  // A selection frames the place (an 800 ms camera move): let the map come to rest before the next.
  await page.waitForTimeout(1000);
  await page.waitForFunction(`document.querySelector('[data-testid="map"]')?.dataset.idle === 'true'`, undefined, { timeout: 30_000 }).catch(() => {});
};

const measureSelections = async (page: Page): Promise<{ clickMs: number[]; hashMs: number[] }> => {
  const clickMs: number[] = [];
  const hashMs: number[] = [];
  await page.locator('button[aria-controls="list-drawer"]').click();
  await page.locator('[data-testid="feature-list"]').waitFor({ timeout: 30_000 });
  await settle(page);
  for (let k = 0; k < 2; k++) {
    const p = pick();
    const button = page.locator(`[data-testid="feature-list"] button[data-id="${p.id}"]`).first();
    await button.scrollIntoViewIfNeeded();
    await page.evaluate(`window.__bench.arm(${JSON.stringify(p.name)})`);
    await button.click();
    clickMs.push(await page.evaluate(`window.__bench.result`) as number);
    await settle(page);
  }
  for (let k = 0; k < 2; k++) {
    const p = pick();
    hashMs.push(await page.evaluate(`(() => {
      window.__bench.arm(${JSON.stringify(p.name)});
      const rest = location.hash.slice(1).split('&').filter((kv) => kv && !kv.startsWith('select='));
      window.__bench.start(performance.now());
      location.hash = ['select=' + encodeURIComponent(${JSON.stringify(p.id)}), ...rest].join('&');
      return window.__bench.result;
    })()`) as number);
    await settle(page);
  }
  return { clickMs, hashMs };
};

let unsettled = 0;
/** Chromium's implicit proxy bypass keeps 127.0.0.1 direct; everything else fails at once. */
const OFFLINE_ARGS = ['--proxy-server=http://127.0.0.1:9'];
const loadOnce = async (url: string, withSelections: boolean): Promise<Load> => {
  // Nothing leaves the machine: every request but the loopback's goes to a proxy that is not there.
  // (Not a Playwright route: intercepting every request costs a round trip to this process each, which
  // weighs on a page by its number of requests — the app's ~25 against the bare page's ~5.)
  const { context, close, settled } = await launchChromium({ ...VIEWPORT, locale: LOCALE, bypassCSP: true, serviceWorkers: 'block', extraArgs: OFFLINE_ARGS });
  try {
    // A fresh profile keeps the browser busy with its own pages for ~0.5 s (over one core here): a
    // load started at once would time those chores as much as the page. Measured from a quiet browser.
    if (!(await settled())) unsettled++;
    await context.addInitScript({ content: PROBE });
    const page = context.pages()[0] ?? (await context.newPage());
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => { if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(r.url())) errors.push(`asked the network for ${r.url()}`); });
    await page.goto(url);
    const load = await readLoad(page);
    const sel = withSelections ? await measureSelections(page) : { clickMs: [], hashMs: [] };
    if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
    return { ...load, ...sel };
  } finally {
    await close();
  }
};

const app = await serveStatic(appDir);
const bare = await serveStatic(bareDir);
const appLoads: Load[] = [];
const bareLoads: Load[] = [];
// The bare page with the app's build-time glyph file: reported beside the budgets' floor, not instead.
const glyphLoads: Load[] = [];
try {
  for (let i = 0; i < RUNS; i++) {
    appLoads.push(await loadOnce(app.url, true));
    // The bare map gets the size of the app's map area, so both draw the same number of pixels.
    const size = appLoads[0]!.mapSize;
    const query = size ? `?w=${size.w}&h=${size.h}` : '?';
    bareLoads.push(await loadOnce(bare.url + query, false));
    glyphLoads.push(await loadOnce(bare.url + query + '&glyphs=1', false));
    process.stderr.write(`  load ${i + 1}/${RUNS}: app idle ${appLoads[i]!.marks['map-first-idle']!.toFixed(0)} ms, bare ${bareLoads[i]!.marks['map-first-idle']!.toFixed(0)} ms, bare with the glyph file ${glyphLoads[i]!.marks['map-first-idle']!.toFixed(0)} ms\n`);
  }
} finally {
  app.server.close();
  bare.server.close();
  rmSync(work, { recursive: true, force: true });
}

// --- report -----------------------------------------------------------------------------------
const mark = (loads: Load[], m: string) => loads.map((l) => l.marks[m]).filter((x): x is number => x !== undefined);
const ms = (x: number) => (Number.isFinite(x) ? `${x.toFixed(0)} ms` : '—');
const spread = (xs: number[]) => (xs.length ? `${Math.min(...xs).toFixed(0)}–${Math.max(...xs).toFixed(0)}` : '');
const kb = (x: number) => `${x.toFixed(1)} kB`;
const row = (label: string, a: number[], b: number[] | null) => {
  const ma = median(a);
  const cols = [label.padEnd(30), ms(ma).padStart(9), `(${spread(a)})`.padEnd(14)];
  if (b) {
    const mb = median(b);
    cols.push(ms(mb).padStart(9), `(${spread(b)})`.padEnd(14), `${ratio(ma, mb).toFixed(2)}×`.padStart(7));
  }
  console.log('  ' + cols.join(' '));
};
const size = appLoads[0]?.mapSize;
console.log(`\nbench: ${RUNS} loads each of the app, the bare MapLibre page and that page with the app's glyph file, alternating, fresh profile per load`);
console.log(`  headless Chromium (SwiftShader), ${VIEWPORT.width}×${VIEWPORT.height}, ${LOCALE}, map area ${size ? `${size.w}×${size.h}` : '?'}; load average ${loadAtStart.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`);
console.log(`  each load from a browser done with its own start-up (CPU quiet)${unsettled ? `; ${unsettled} of ${RUNS * 3} never settled (measured anyway)` : ''}`);
console.log('  medians (min–max)');
console.log(`  ${''.padEnd(30)} ${'app'.padStart(9)} ${''.padEnd(14)} ${'bare'.padStart(9)} ${''.padEnd(14)} app/bare`);
row('navigation → first map render', mark(appLoads, 'map-first-render'), mark(bareLoads, 'map-first-render'));
row('navigation → map-load', mark(appLoads, 'map-load'), mark(bareLoads, 'map-load'));
row('navigation → map-first-idle', mark(appLoads, 'map-first-idle'), mark(bareLoads, 'map-first-idle'));
row('main-thread blocking', appLoads.map((l) => l.blocking), bareLoads.map((l) => l.blocking));
// The app draws its labels from glyphs made at build time; a bare page does not (MapLibre draws them in
// the page). The same bare page given that file too, for whoever weighs the budgets against it:
console.log(`  against the bare page given the app's glyph file too (not the budgets' floor):`);
row('navigation → map-first-idle', mark(appLoads, 'map-first-idle'), mark(glyphLoads, 'map-first-idle'));
row('main-thread blocking', appLoads.map((l) => l.blocking), glyphLoads.map((l) => l.blocking));
row('  (app) → app-start', mark(appLoads, 'app-start'), null);
row('  (app) → map-chunk', mark(appLoads, 'map-chunk'), null);
// A selection whose panel never showed the name is a failure of the bench run, not a fast sample.
const missed = appLoads.flatMap((l) => [...l.clickMs, ...l.hashMs]).filter((x) => !Number.isFinite(x)).length;
if (missed > 0) console.log(`  ${missed} selection(s) never showed their panel within 15 s: the figures below leave them out`);
const clicks = appLoads.flatMap((l) => l.clickMs).filter(Number.isFinite);
const hashes = appLoads.flatMap((l) => l.hashMs).filter(Number.isFinite);
row(`selection → panel: list click`, clicks, null);
row(`selection → panel: hash change`, hashes, null);

console.log('\n  gzip sizes of the app build');
const files = (s: FileSet) => [...s.js, ...s.css].map((f) => f.replace(/^assets\//, '')).join(', ');
console.log(`    shell (before the map chunk)  JS ${kb(shellKb.js)} + CSS ${kb(shellKb.css)} = ${kb(shellKb.js + shellKb.css)}   ${files(parts.shell)}`);
console.log(`    map chunk                     JS ${kb(mapKb.js)} + CSS ${kb(mapKb.css)} = ${kb(mapKb.js + mapKb.css)}   ${files(parts.map)}`);
console.log(`    MapLibre worker               ${kb(workerKb)}   ${parts.worker.map((f) => f.replace(/^assets\//, '')).join(', ')}`);
console.log(`    other lazy chunks             JS ${kb(lazyKb.js)} + CSS ${kb(lazyKb.css)}   (${parts.lazy.js.length + parts.lazy.css.length} files)`);
if (glyphFiles.length) console.log(`    label glyphs                  ${kb(glyphKb)}   ${glyphFiles.join(', ')} (drawn at build time; a bare page draws them in the page)`);
console.log(`    data, ${dataMode}: ${kb(dataKb)}`);
for (const f of dataFiles) console.log(`      ${f.name.padEnd(36)} ${kb(f.kb).padStart(9)}`);

const figures = {
  firstIdleRatio: ratio(median(mark(appLoads, 'map-first-idle')), median(mark(bareLoads, 'map-first-idle'))),
  blockingRatio: ratio(median(appLoads.map((l) => l.blocking)), median(bareLoads.map((l) => l.blocking))),
  shellGzipKb: shellKb.js + shellKb.css,
  selectionClickMs: median(clicks),
  selectionHashMs: median(hashes),
  dataGzipKb: dataKb,
};
const lines = checkBudgets(figures, BUDGETS);
console.log('\n  budgets');
for (const l of lines) {
  const v = l.unit === '×' ? `${l.value.toFixed(2)}×` : l.unit === 'kB' ? kb(l.value) : Number.isFinite(l.value) ? `${l.value.toFixed(1)} ms` : '—';
  const lim = l.unit === '×' ? `${l.limit}×` : `${l.limit} ${l.unit}`;
  console.log(`    ${l.name.padEnd(50)} ${v.padStart(9)}  ≤ ${lim.padEnd(7)} ${l.verdict}`);
}
const over = lines.filter((l) => l.verdict === 'OVER').length + (missed > 0 ? 1 : 0);
console.log(`\n  ${over ? `${over} over budget` : 'all within budget'}; ${((Date.now() - started) / 1000).toFixed(0)} s${NO_FAIL && over ? ' (--no-fail: exit 0)' : ''}`);
process.exit(over > 0 && !NO_FAIL ? 1 : 0);
