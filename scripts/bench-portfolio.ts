// Portfolio bench: a layer of 100,000 companies (imported as the user would), then each radius of the
// panel in turn: the time from the choice to the result, the main thread's long tasks while the worker
// computes (budget: none over 200 ms) and after the result is in (the panel and the map redrawn).
// Usage: npx tsx scripts/bench-portfolio.ts [rows]   (builds dist/ first)
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './lib/staticServer.ts';
import { ROOT } from './lib/repoData.ts';
import { launchChromium } from './lib/chromium.ts';
import { isMain } from './lib/isMain.ts';
import { seededRandom } from './lib/seededRandom.ts';
import { watchLongTasks, clearLongTasks } from './lib/bench/longTasks.ts';

const ROWS = Number(process.argv[2] ?? 100_000);
const LONG_TASK_BUDGET_MS = 200;
const RADII = [1, 5, 20];

export async function main(): Promise<void> {
  // Companies spread over the middle of the city (WGS-84), from a fixed seed.
  const lines = ['name,lon,lat'];
  const rnd = seededRandom(3);
  for (let i = 0; i < ROWS; i++) lines.push(`Company ${i},${(113.2 + rnd() * 0.5).toFixed(6)},${(22.9 + rnd() * 0.4).toFixed(6)}`);
  const dir = mkdtempSync(join(tmpdir(), 'bench-portfolio-'));
  const csvPath = join(dir, 'companies.csv');
  writeFileSync(csvPath, lines.join('\n') + '\n');

  execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], { cwd: ROOT, stdio: 'inherit' });
  const app = await serveStatic(join(ROOT, 'dist'));
  const { context, close } = await launchChromium({ width: 1400, height: 900 });
  const page = context.pages()[0] ?? (await context.newPage());
  const idle = () =>
    page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-idle') === 'true', undefined, { timeout: 120_000 });
  let over = false;
  try {
    await page.goto(`${app.url}#mode=districts&lang=en`);
    await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, { timeout: 120_000 });
    await page.locator('[data-testid="import-file"]').setInputFiles(csvPath);
    await page.locator('[data-testid="import-preview"]').waitFor({ timeout: 60_000 });
    await page.locator('[data-testid="datum-wgs84"]').check();
    await page.locator('[data-testid="import-start"]').click();
    await page.locator('[data-testid="portfolio-result"]').waitFor({ timeout: 180_000 });
    await page.waitForFunction(() => performance.getEntriesByName('user-layer-drawn').length > 0, undefined, { timeout: 180_000 });
    await idle();
    console.log(`portfolio bench — ${ROWS.toLocaleString('en')} companies, hubs + labs + institutes`);
    // One observer; its list emptied before each radius.
    await watchLongTasks(page);
    for (const r of RADII) {
      await clearLongTasks(page);
      await page.locator('[data-testid="portfolio-radius"]').selectOption(String(r));
      await page.locator(`[data-testid="portfolio-result"][data-radius="${r}"]`).waitFor({ timeout: 180_000 });
      await idle();
      const t = await page.evaluate(() => ({
        start: performance.getEntriesByName('portfolio-start').at(-1)?.startTime ?? NaN,
        done: performance.getEntriesByName('portfolio-done').at(-1)?.startTime ?? NaN,
        long: (window as unknown as { __long: Array<[number, number]> }).__long,
      }));
      const during = t.long.filter(([s0]) => s0 >= t.start && s0 < t.done);
      const after = t.long.filter(([s0]) => s0 >= t.done);
      const ms = (xs: Array<[number, number]>) => (xs.length ? xs.map(([, d]) => d.toFixed(0)).join(', ') + ' ms' : 'none');
      console.log(
        `  ${String(r).padStart(2)} km: result in ${(t.done - t.start).toFixed(0)} ms; long tasks while computing: ${ms(during)}; after the result (panel and map redrawn): ${ms(after)}`,
      );
      if (during.some(([, d]) => d > LONG_TASK_BUDGET_MS)) {
        console.log(`  OVER: a main-thread task over ${LONG_TASK_BUDGET_MS} ms while the worker computed`);
        over = true;
      }
    }
  } finally {
    await close();
    app.server.close();
    rmSync(dir, { recursive: true, force: true });
  }
  if (over) process.exitCode = 1;
}

if (isMain(import.meta.url)) await main();
