// One measured load of a page in a fresh, offline Chromium: the User Timing marks, the blocking
// time up to the first idle, and (for the app) selection → panel painted. Browser glue, no logic.
import type { Page } from 'playwright-core';
import { launchChromium } from '../chromium.ts';
import { blockingTime } from '../benchStats.ts';
import type { Load } from './benchReport.ts';

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

const MARKS = ['app-start', 'map-chunk', 'map-first-render', 'map-load', 'map-first-idle'];
const readLoad = async (page: Page): Promise<Omit<Load, 'clickMs' | 'hashMs'>> => {
  await page.waitForFunction(`performance.getEntriesByName('map-first-idle').length > 0`, undefined, { timeout: 120_000 });
  const r = (await page.evaluate(`(() => {
    const marks = {};
    for (const m of ${JSON.stringify(MARKS)}) { const e = performance.getEntriesByName(m)[0]; if (e) marks[m] = e.startTime; }
    const el = document.querySelector('[data-testid="map"]');
    const rect = el ? el.getBoundingClientRect() : null;
    return { marks, tasks: window.__bench.tasks(), mapSize: rect ? { w: Math.round(rect.width), h: Math.round(rect.height) } : null };
  })()`)) as { marks: Record<string, number>; tasks: { start: number; duration: number }[]; mapSize: Load['mapSize'] };
  // Blocking up to the first idle: the cost of getting the map on screen.
  const before = r.tasks.filter((t) => t.start < r.marks['map-first-idle']!);
  return { marks: r.marks, blocking: blockingTime(before), longTasks: before.length, mapSize: r.mapSize };
};

const settle = async (page: Page) => {
  // A selection frames the place (an 800 ms camera move): let the map come to rest before the next.
  await page.waitForTimeout(1000);
  await page.waitForFunction(`document.querySelector('[data-testid="map"]')?.dataset.idle === 'true'`, undefined, { timeout: 30_000 }).catch(() => {});
};

type Pick = () => { id: string; name: string };

const measureSelections = async (page: Page, pick: Pick): Promise<{ clickMs: number[]; hashMs: number[] }> => {
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
    clickMs.push((await page.evaluate(`window.__bench.result`)) as number);
    await settle(page);
  }
  for (let k = 0; k < 2; k++) {
    const p = pick();
    hashMs.push(
      (await page.evaluate(`(() => {
      window.__bench.arm(${JSON.stringify(p.name)});
      const rest = location.hash.slice(1).split('&').filter((kv) => kv && !kv.startsWith('select='));
      window.__bench.start(performance.now());
      location.hash = ['select=' + encodeURIComponent(${JSON.stringify(p.id)}), ...rest].join('&');
      return window.__bench.result;
    })()`)) as number,
    );
    await settle(page);
  }
  return { clickMs, hashMs };
};

/** Chromium's implicit proxy bypass keeps 127.0.0.1 direct; everything else fails at once. */
const OFFLINE_ARGS = ['--proxy-server=http://127.0.0.1:9'];

/** Loads pages one at a time, each in a fresh profile; counts the browsers that never settled. */
export function createPageLoader(opts: { viewport: { width: number; height: number }; locale: string; pick: Pick }) {
  let unsettled = 0;
  const loadOnce = async (url: string, withSelections: boolean): Promise<Load> => {
    // Nothing leaves the machine: every request but the loopback's goes to a proxy that is not there.
    // (Not a Playwright route: intercepting every request costs a round trip to this process each, which
    // weighs on a page by its number of requests — the app's ~25 against the bare page's ~5.)
    const { context, close, settled } = await launchChromium({
      ...opts.viewport,
      locale: opts.locale,
      bypassCSP: true,
      serviceWorkers: 'block',
      extraArgs: OFFLINE_ARGS,
    });
    try {
      // A fresh profile keeps the browser busy with its own pages for ~0.5 s (over one core here): a
      // load started at once would time those chores as much as the page. Measured from a quiet browser.
      if (!(await settled())) unsettled++;
      await context.addInitScript({ content: PROBE });
      const page = context.pages()[0] ?? (await context.newPage());
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('request', (r) => {
        if (!/^(http:\/\/127\.0\.0\.1[:/]|data:|blob:)/.test(r.url())) errors.push(`asked the network for ${r.url()}`);
      });
      await page.goto(url);
      const load = await readLoad(page);
      const sel = withSelections ? await measureSelections(page, opts.pick) : { clickMs: [], hashMs: [] };
      if (errors.length) throw new Error(`${url}: ${errors.join('; ')}`);
      return { ...load, ...sel };
    } finally {
      await close();
    }
  };
  return { loadOnce, unsettled: () => unsettled };
}
