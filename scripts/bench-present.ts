// npm run bench:present — frame times of one Present corridor chapter (the camera travelling its
// segments, lighting each) as a ratio against a plain flight of the same length between the same
// views. Median and worst frame, from requestAnimationFrame timestamps in headless Chromium.
//   SKIP_BUILD=1 reuses dist/ (it must have been built with VITE_TEST_HOOKS=1);  BENCH_SIZE=1920x1080
//   (default 1280x720);  BENCH_RUNS=3
// It builds with the app's test hooks (src/testHooks.ts): it reads the chapter shown and the legs lit, and
// starts the plain flight, through them. (bench:load measures the build as shipped, without them.)
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { serveStatic } from './lib/staticServer.ts';
import { ROOT } from './lib/repoData.ts';
import { launchChromium } from './lib/chromium.ts';
import { isMain } from './lib/isMain.ts';
import type { TestHooks } from '../src/testHooks.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const [W, H] = (process.env.BENCH_SIZE ?? '1280x720').split('x').map(Number) as [number, number];
/** Chapter 21: the Guangzhou–Shenzhen–Hong Kong corridor, three segments. */
const FROM = 20;
const TO = 21;

export async function main(): Promise<void> {
  if (!process.env.SKIP_BUILD)
    execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, VITE_TEST_HOOKS: '1' },
    });
  const { server, url } = await serveStatic(join(ROOT, 'dist'));
  // The probes are strings evaluated in the page, which the app's CSP (no 'unsafe-eval') refuses.
  const { context, close } = await launchChromium({ width: W, height: H, bypassCSP: true });
  const page = context.pages()[0]!;

  const idle = (p: Page) =>
    p.waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-idle') === 'true', undefined, { timeout: 60_000 });
  /** Frame times (ms) from now until `done` holds in the page, and how long that took. */
  async function frames(p: Page, start: () => Promise<void>, done: string): Promise<{ deltas: number[]; total: number }> {
    // A string, so the bundler's helpers (tsx names functions) do not leak into the page.
    await p.evaluate(`(() => {
      window.__frames = [];
      window.__framing = true;
      const tick = (t) => { window.__frames.push(t); if (window.__framing) requestAnimationFrame(tick); };
      requestAnimationFrame(tick);
    })()`);
    await start();
    // The move has begun (the map draws and is no longer idle) before its end is awaited; otherwise the
    // idle state of the frame before could end the measurement at once.
    await p
      .waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-idle') === 'false', undefined, {
        timeout: 10_000,
        polling: 'raf',
      })
      .catch(() => undefined);
    await p.waitForFunction(done, undefined, { timeout: 120_000 });
    await idle(p);
    const ts = await p.evaluate(() => {
      const w = window as unknown as { __frames: number[]; __framing: boolean };
      w.__framing = false;
      return w.__frames;
    });
    const deltas = ts.slice(1).map((t, i) => t - ts[i]!);
    return { deltas, total: ts[ts.length - 1]! - ts[0]! };
  }
  const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;

  const rows: Array<{ travel: number[]; plain: number[] }> = [];
  for (let i = 0; i < RUNS; i++) {
    await page.goto('about:blank');
    await page.goto(`${url}#mode=present&lang=en&chapter=${FROM}`);
    await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, { timeout: 60_000 });
    await idle(page);
    const travel = await frames(page, () => page.keyboard.press('ArrowRight'), '((window.__presentLegs || []).length >= 4)');
    await page.keyboard.press('ArrowLeft');
    await page.waitForFunction((n) => (window as Window & TestHooks).__present?.index === n, FROM);
    await page.waitForFunction(() => ((window as Window & TestHooks).__presentLegs?.length ?? 0) >= 1, undefined, { timeout: 60_000 });
    await idle(page);
    // The same length of time, the same two views, one flight and nothing lit.
    const ms = Math.round(travel.total);
    const plain = await frames(page, () => page.evaluate(([n, d]) => (window as Window & TestHooks).__present!.plainFly(n!, d!), [TO, ms]), 'true');
    rows.push({ travel: travel.deltas, plain: plain.deltas });
    console.log(`  run ${i + 1}: travel ${ms} ms, ${travel.deltas.length} frames; plain flight ${Math.round(plain.total)} ms, ${plain.deltas.length} frames`);
  }
  await close();
  server.close();

  const all = (k: 'travel' | 'plain') => rows.flatMap((r) => r[k]);
  const t = { median: median(all('travel')), worst: Math.max(...all('travel')) };
  const p = { median: median(all('plain')), worst: Math.max(...all('plain')) };
  console.log(`bench:present — chapter ${TO} (corridor, ${RUNS} runs, ${W}×${H}, SwiftShader)`);
  console.log(`  corridor travel  median ${t.median.toFixed(1)} ms  worst ${t.worst.toFixed(1)} ms`);
  console.log(`  plain flight     median ${p.median.toFixed(1)} ms  worst ${p.worst.toFixed(1)} ms`);
  console.log(`  ratio            median ${(t.median / p.median).toFixed(2)}×  worst ${(t.worst / p.worst).toFixed(2)}×`);
}

if (isMain(import.meta.url)) await main();
