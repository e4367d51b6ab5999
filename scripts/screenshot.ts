// Screenshots of the built app (dist/) for looking at with one's own eyes:
//   npx tsx scripts/screenshot.ts out-prefix 'hash1' 'hash2' …   (WIDTHxHEIGHT via SHOT_SIZE)
import { join } from 'node:path';
import { launchChromium } from './lib/chromium.ts';
import { serveStatic } from './lib/staticServer.ts';
import { ROOT } from './lib/repoData.ts';
import { isMain } from './lib/isMain.ts';

export async function main(): Promise<void> {
  const [prefix = '/tmp/shot', ...hashes] = process.argv.slice(2);
  const [w, h] = (process.env.SHOT_SIZE ?? '1280x800').split('x').map(Number);
  // BASE_URL points at a running server (e.g. `npm start`) instead of serving dist/.
  const { server, url } = process.env.BASE_URL ? { server: null, url: process.env.BASE_URL } : await serveStatic(join(ROOT, 'dist'));
  const { context: ctx, close } = await launchChromium({ width: w, height: h, deviceScaleFactor: Number(process.env.SHOT_DPR ?? 1) });
  const page = ctx.pages()[0]!;
  page.on('console', (m) => m.type() === 'error' && console.error('console:', m.text()));
  page.on('pageerror', (e) => console.error('pageerror:', e));
  for (const [i, hash] of (hashes.length ? hashes : ['']).entries()) {
    await page.goto('about:blank');
    await page.goto(url + (hash ? `#${hash}` : ''));
    await page
      .waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, { timeout: 60_000 })
      .catch(() => console.error('no map-first-idle'));
    await page
      .waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-idle') === 'true', undefined, { timeout: 30_000 })
      .catch(() => {});
    await page.waitForTimeout(300);
    const file = `${prefix}-${i}.png`;
    await page.screenshot({ path: file });
    console.log(file, await page.evaluate(() => location.hash));
  }
  await close();
  server?.close();
}

if (isMain(import.meta.url)) await main();
