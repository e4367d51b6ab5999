// The page's long tasks (start, duration), collected into window.__long from now on, for the benches
// that time work after a load (an import, a portfolio run). Read them back as `window.__long`.
import type { Page } from 'playwright-core';

type LongWindow = { __long: Array<[number, number]> };

/** Starts collecting the page's long tasks (an empty list). */
export async function watchLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as LongWindow;
    w.__long = [];
    new PerformanceObserver((l) => {
      for (const e of l.getEntries()) (window as unknown as LongWindow).__long.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask' });
  });
}

/** Empties the list the observer fills (it keeps collecting). */
export async function clearLongTasks(page: Page): Promise<void> {
  await page.evaluate(() => {
    (window as unknown as LongWindow).__long = [];
  });
}
