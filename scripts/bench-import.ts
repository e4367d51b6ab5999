// Import bench: for 100,000 generated GCJ-02 rows, the time from the file chosen to the points counted
// and drawn in the app, beside a bare MapLibre page that setData()s the same points (clustered alike),
// the JS heap used, and the main thread's long tasks while the file is read (budget: none over 200 ms).
// Usage: npx tsx scripts/bench-import.ts [rows]   (builds dist/ first; separate from scripts/bench.ts)
import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './lib/staticServer.ts';
import { ROOT } from './lib/repoData.ts';
import { launchChromium } from './lib/chromium.ts';
import { fromWgs84 } from '../src/geo/datum.ts';
import { isMain } from './lib/isMain.ts';
import { watchLongTasks } from './lib/bench/longTasks.ts';

const ROWS = Number(process.argv[2] ?? 100_000);
const LONG_TASK_BUDGET_MS = 200;
const CENTRES: Array<[number, number]> = [
  [113.3245, 23.1064],
  [113.446, 23.166],
  [113.58, 22.78],
  [113.297, 23.183],
  [113.586, 23.548],
  [113.324, 23.137],
];

export async function main(): Promise<void> {
  // Points spread ±5 km round six centres, in GCJ-02 as AMap gives them; the bare page gets the same in WGS-84.
  const wgs: Array<[number, number]> = [];
  const lines = ['name,sector,lon,lat'];
  for (let i = 0; i < ROWS; i++) {
    const [x, y] = CENTRES[i % CENTRES.length]!;
    const a = ((i * 7919) % 10007) / 10007 - 0.5;
    const b = ((i * 104729) % 10009) / 10009 - 0.5;
    const p: [number, number] = [x + a * 0.09, y + b * 0.09];
    wgs.push(p);
    const [gx, gy] = fromWgs84('gcj02', p);
    lines.push(`Company ${i},${i % 2 ? 'bio' : 'ai'},${gx.toFixed(6)},${gy.toFixed(6)}`);
  }
  const csv = Buffer.from(lines.join('\n') + '\n', 'utf8');

  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  const app = await serveStatic(join(ROOT, 'dist'));
  // The bare page: MapLibre alone, an empty style, one clustered GeoJSON source.
  const bareDir = mkdtempSync(join(tmpdir(), 'bench-import-'));
  for (const f of ['maplibre-gl.mjs', 'maplibre-gl-worker.mjs', 'maplibre-gl-shared.mjs', 'maplibre-gl.css'])
    copyFileSync(join(ROOT, 'node_modules/maplibre-gl/dist', f), join(bareDir, f));
  writeFileSync(
    join(bareDir, 'index.html'),
    `<!doctype html><meta charset="utf-8"><link rel="stylesheet" href="maplibre-gl.css">
  <style>html,body,#m{margin:0;height:100%}</style><div id="m"></div>
  <script type="module">import * as maplibregl from './maplibre-gl.mjs'; maplibregl.setWorkerUrl('./maplibre-gl-worker.mjs');
  window.map = new maplibregl.Map({ container: 'm', center: [113.45, 23.12], zoom: 8.6,
    style: { version: 8, sources: {}, layers: [{ id: 'bg', type: 'background', paint: { 'background-color': '#f8fafc' } }] } });</script>`,
  );
  const bare = await serveStatic(bareDir);
  const csvPath = join(bareDir, 'bench.csv');
  writeFileSync(csvPath, csv);

  const { context, close } = await launchChromium({ width: 1400, height: 900, extraArgs: ['--js-flags=--expose-gc'] });
  const page = context.pages()[0] ?? (await context.newPage());
  try {
    // --- the app --------------------------------------------------------------------------------
    await page.goto(`${app.url}#mode=districts&lang=en`);
    await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, { timeout: 60_000 });
    const heap = () =>
      page.evaluate(() => {
        (window as unknown as { gc?: () => void }).gc?.();
        return (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN;
      });
    const heapBefore = await heap();
    await watchLongTasks(page);
    const chosenAt = await page.evaluate(() => performance.now());
    // A path, not a buffer: Playwright builds a buffer's File with script in the page, which would count as our long task.
    await page.locator('[data-testid="import-file"]').setInputFiles(csvPath);
    await page.locator('[data-testid="import-preview"]').waitFor({ timeout: 60_000 });
    const previewAt = await page.evaluate(() => performance.now());
    await page.locator('[data-testid="datum-gcj02"]').check();
    await page.locator('[data-testid="import-start"]').click();
    await page.waitForFunction(() => performance.getEntriesByName('user-layer-drawn').length > 0, undefined, { timeout: 180_000 });
    await page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-idle') === 'true', undefined, { timeout: 60_000 });
    // (No named functions inside evaluate: tsx would wrap them in a helper the page does not have.)
    const t = await page.evaluate(() => ({
      start: performance.getEntriesByName('import-start').at(-1)?.startTime ?? NaN,
      parsed: performance.getEntriesByName('import-parsed').at(-1)?.startTime ?? NaN,
      drawn: performance.getEntriesByName('user-layer-drawn').at(-1)?.startTime ?? NaN,
      long: (window as unknown as { __long: Array<[number, number]> }).__long,
    }));
    const counted = await page.locator('[data-testid="import-result"]').getAttribute('data-points');
    const heapAfter = await heap();

    // --- bare MapLibre, same points -----------------------------------------------------------------
    await page.goto(bare.url);
    await page.waitForFunction(() => (window as unknown as { map?: { loaded(): boolean } }).map?.loaded());
    await watchLongTasks(page);
    const bareMs = await page.evaluate(
      (pts) =>
        new Promise<number>((resolve) => {
          const map = (window as unknown as { map: import('maplibre-gl').Map }).map;
          const fc: GeoJSON.FeatureCollection = {
            type: 'FeatureCollection',
            features: pts.map(([x, y], i) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [x, y] }, properties: { i } })),
          };
          const t0 = performance.now();
          map.addSource('p', { type: 'geojson', data: fc, cluster: true, clusterRadius: 45, clusterMaxZoom: 13 });
          map.addLayer({ id: 'p', type: 'circle', source: 'p', paint: { 'circle-radius': 6, 'circle-color': '#7c3aed' } });
          // As for the app: the source's data parsed and drawable, then the map idle.
          let loaded = 0;
          map.on('sourcedata', (e: { sourceId: string; isSourceLoaded: boolean }) => {
            if (loaded || e.sourceId !== 'p' || !e.isSourceLoaded) return;
            loaded = performance.now();
            map.once('idle', () => resolve(loaded - t0));
          });
        }),
      wgs,
    );

    const bareLong = await page.evaluate(() => (window as unknown as { __long: Array<[number, number]> }).__long);
    const drawnMs = t.drawn - chosenAt;
    const parseMs = t.parsed - t.start;
    const worst = Math.max(0, ...t.long.map(([, d]) => d));
    const duringParse = t.long.filter(([s0]) => s0 >= t.start && s0 <= t.parsed);
    const mb = (b: number) => (b / 1024 / 1024).toFixed(1);
    console.log(`import bench — ${ROWS.toLocaleString('en')} rows, ${mb(csv.length)} MB CSV (GCJ-02)`);
    console.log(`  counted:                          ${counted} points`);
    console.log(`  file chosen → preview shown:      ${(previewAt - chosenAt).toFixed(0)} ms`);
    console.log(`  import clicked → parsed + placed: ${parseMs.toFixed(0)} ms (worker: read, parse, datum, districts)`);
    console.log(`  file chosen → counted and drawn:  ${drawnMs.toFixed(0)} ms (includes the bench's own clicks)`);
    console.log(`  import clicked → drawn:           ${(t.drawn - t.start).toFixed(0)} ms`);
    console.log(`  bare MapLibre setData → drawn:    ${bareMs.toFixed(0)} ms (the points already in memory as objects)`);
    console.log(`  ratio drawn-after-parse / bare:   ${((t.drawn - t.parsed) / bareMs).toFixed(2)} (target ≤ 1.5)`);
    console.log(`  ratio (import → drawn) / (bare + parse): ${((t.drawn - t.start) / (bareMs + parseMs)).toFixed(2)}`);
    console.log(`  JS heap: ${mb(heapBefore)} MB before, ${mb(heapAfter)} MB after (+${mb(heapAfter - heapBefore)} MB)`);
    console.log(
      `  long tasks while parsing: ${duringParse.length ? duringParse.map(([, d]) => d.toFixed(0)).join(', ') + ' ms' : 'none'}; worst over the whole import: ${worst.toFixed(0)} ms`,
    );
    console.log(
      `  bare MapLibre long tasks (ms): ${bareLong.map(([, d]) => d.toFixed(0)).join(', ') || '—'} (drawing 100,000 points costs this much with no app at all)`,
    );
    console.log(
      `  timeline (ms after import clicked): ${t.long.map(([s0, d]) => `${(s0 - t.start).toFixed(0)}+${d.toFixed(0)}`).join(' ') || '—'}; parsed at ${parseMs.toFixed(0)}, drawn at ${(t.drawn - t.start).toFixed(0)}`,
    );
    if (duringParse.some(([, d]) => d > LONG_TASK_BUDGET_MS)) {
      console.log(`  FAIL: a main-thread task over ${LONG_TASK_BUDGET_MS} ms while parsing`);
      process.exitCode = 1;
    }
  } finally {
    await close();
    app.server.close();
    bare.server.close();
    rmSync(bareDir, { recursive: true, force: true });
  }
}

if (isMain(import.meta.url)) await main();
