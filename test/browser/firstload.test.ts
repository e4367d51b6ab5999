// The first minute in real Chromium: a word on the screen from the first byte, data beside the code,
// broken data named, a street map that hangs or half-fails, a second visit with no network, the CSP.
// Every wait is for a state (an element, a mark, a request held by the test), never for a time.
import { describe, it, expect, afterEach } from 'vitest';
import type { Route } from 'playwright-core';
import { openBrowser, openApp, waitForMapIdle, waitForHooks, MAP_READY_TIMEOUT, shot, hooks, type Session } from './harness.ts';
import { MAP_FILES } from '../../src/data/dataFiles.ts';

let s: Session | undefined;
afterEach(async () => {
  await s?.close();
  s = undefined;
});

/**
 * For each file the map draws, how many requests for it the browser made, and how many of them the page
 * made itself (its Resource Timing; a worker's requests are in the worker's own). Equal: MapLibre's
 * worker fetched none of them (src/data/mapFiles.ts hands it what the page fetched).
 */
async function mapFileRequests(s: Session, requests: readonly string[]): Promise<Record<string, { all: number; byPage: number }>> {
  const byPage = await s.page.evaluate(() => performance.getEntriesByType('resource').map((e) => e.name));
  const count = (urls: readonly string[], f: string) => urls.filter((u) => u.startsWith(s.baseUrl) && new URL(u).pathname.endsWith(`/${f}`)).length;
  return Object.fromEntries(Object.values(MAP_FILES).map((f) => [f, { all: count(requests, f), byPage: count(byPage, f) }]));
}

interface Hold {
  pattern: RegExp;
  handler(route: Route): Promise<void>;
  held: Promise<void>;
  release(): void;
}

/** Requests the test holds until it says so: the page is caught in the state it is in while waiting. */
function holdRequests(pattern: RegExp): Hold {
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  let seen!: () => void;
  const held = new Promise<void>((r) => (seen = r));
  return {
    pattern,
    held,
    release: () => release(),
    async handler(route) {
      seen();
      await gate;
      await route.continue().catch(() => undefined);
    },
  };
}

describe('first paint', () => {
  it('shows the title and a loading word in the link’s language before the code runs, then the map’s progress', async () => {
    s = await openBrowser({ serviceWorkers: 'block' });
    const page = s.page;
    // Hold the app's code: only the static page and its style sheet can be shown.
    const code = holdRequests(/\/assets\/index-[^/]+\.js$/);
    await page.route(code.pattern, code.handler);
    // And one data file (requested by the page's preload, before any code runs).
    const data = holdRequests(/\/data\/places\.geojson$/);
    await page.route(data.pattern, data.handler);
    await page.goto(s.baseUrl + '#lang=en', { waitUntil: 'commit' });
    await code.held;
    const splash = page.locator('.splash');
    await splash.waitFor();
    // What a person sees: the other language's words hidden once the page's style and boot.js apply.
    await page.waitForFunction(
      () => {
        const zh = document.querySelector('.splash [lang="zh-CN"]');
        return zh !== null && getComputedStyle(zh).display === 'none';
        // Polled on a timer: no animation frame need come while the page's code is held.
      },
      undefined,
      { polling: 100 },
    );
    expect(await splash.innerText()).toContain('Loading…');
    expect(await splash.innerText()).not.toMatch(/[\u4e00-\u9fff]/);
    await shot(page, 'firstload-splash-en');

    // Now the code runs while the data file is still held: the map area says what it is waiting for.
    code.release();
    await data.held;
    const loading = page.locator('[data-testid="map-loading"]');
    await loading.waitFor();
    expect(await loading.getAttribute('data-stage')).toBe('data');
    expect(await loading.innerText()).toContain('Loading the map…');
    expect(await page.locator('.top-bar .app-name').innerText()).toBe('Guangzhou Innovation Hub Map');
    await shot(page, 'firstload-loading-en');
    data.release();
    // The map may be drawn before the data is in (it does not wait for it): the word goes once the app has it.
    await waitForMapIdle(page);
    await loading.waitFor({ state: 'detached', timeout: MAP_READY_TIMEOUT });
    expect(await loading.count()).toBe(0);
    // At 1280 px the English top bar (the longest words) keeps every control on one row.
    const rows = await page.locator('.top-bar > *').evaluateAll((els) => new Set(els.map((e) => Math.floor(e.getBoundingClientRect().top / 30))).size);
    expect(rows).toBe(1);
    expect(s.errors).toEqual([]);
  });

  it('ships the data as static files of the build, not inside the JS; the page fetches the map’s files for MapLibre’s worker, which fetches none', async () => {
    s = await openBrowser({ serviceWorkers: 'block' });
    await openApp(s, 'lang=zh');
    const local = s.requests.map((u) => new URL(u).pathname);
    for (const f of [
      'data/plan.json',
      'data/places.geojson',
      'data/corridors.geojson',
      'data/districts.geojson',
      'data/outcomes.json',
      'data/plan-2019-2021.txt',
      'data/map/places.geojson',
      'data/map/context.geojson',
    ]) {
      expect(
        local.some((p) => p.endsWith('/' + f)),
        f,
      ).toBe(true);
    }
    // The entry script no longer carries the data (a long place note would be in it).
    const entry = await s.page.evaluate(() => document.querySelector<HTMLScriptElement>('script[type="module"]')!.src);
    const js = await (await fetch(entry)).text();
    expect(js).not.toContain('Area-centroid (approx.)');
    expect(js.length).toBeLessThan(400_000);
    // The files are the ones the build checked (their digests match), so the page reads them without
    // running the schemas again, and never starts the checking worker.
    expect(await s.page.evaluate(() => (performance.getEntriesByName('data-check')[0] as PerformanceMark | undefined)?.detail)).toBe('by-build');
    expect(local.some((p) => /parse\.worker/.test(p))).toBe(false);
    // The labels' glyphs come from the one file the build drew them into (preloaded, fetched once),
    // and the labels are drawn with them.
    expect(local.filter((p) => p.endsWith('/glyphs/hub-sans.bin'))).toHaveLength(1);
    const map = await hooks(s.page, ({ w }) => {
      const m = w.__hub.map;
      return { glyphs: m.glyphs(), points: m.renderedIn('points-label'), districts: m.renderedIn('district-label') };
    });
    expect(map.glyphs).toBe('hubglyphs://{fontstack}/{range}');
    expect(map.points).toBeGreaterThan(10);
    expect(map.districts).toBeGreaterThan(2);
    // The map's files reach MapLibre's worker through the page: every request for one is the page's.
    for (const [f, n] of Object.entries(await mapFileRequests(s, s.requests))) {
      expect(n.all, f).toBeGreaterThan(0);
      expect(n.byPage, f).toBe(n.all);
    }
  });

  it('links the web-app manifest once the map is up, not from the first byte, and the browser reads it', async () => {
    s = await openBrowser({ serviceWorkers: 'block' });
    // When the link appears, against the map's own marks.
    await s.context.addInitScript(() => {
      const w = window as unknown as { __manifestAt?: number };
      new MutationObserver((_, mo) => {
        if (document.querySelector('link[rel="manifest"]')) {
          w.__manifestAt = performance.now();
          mo.disconnect();
        }
      }).observe(document, { subtree: true, childList: true });
    });
    await openApp(s, 'lang=zh');
    const html = await (await fetch(s.baseUrl)).text();
    expect(html).not.toMatch(/rel="manifest"/);
    await s.page.locator('link[rel="manifest"]').waitFor({ state: 'attached', timeout: MAP_READY_TIMEOUT });
    const at = await s.page.evaluate(() => ({
      link: (window as unknown as { __manifestAt?: number }).__manifestAt ?? NaN,
      load: performance.getEntriesByName('map-load')[0]?.startTime ?? NaN,
    }));
    expect(at.link).toBeGreaterThan(at.load);
    // Chromium's own view of the page's manifest (what installing uses): found, parsed, no errors.
    const cdp = await s.context.newCDPSession(s.page);
    const m = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data?: string };
    expect(m.url).toMatch(/\/manifest\.webmanifest$/);
    expect(m.errors).toEqual([]);
    expect(JSON.parse(m.data ?? '{}').short_name).toBe('广州创新地图');
  });
});

describe('data that breaks its schema', () => {
  it('a missing file is named, and the page says so instead of breaking', async () => {
    s = await openBrowser({ serviceWorkers: 'block' });
    await s.page.route(/\/data\/outcomes\.json$/, (r) => r.fulfill({ status: 404, body: 'not found' }));
    await s.page.goto(s.baseUrl + '#lang=en');
    const err = s.page.locator('.data-error');
    await err.waitFor({ timeout: MAP_READY_TIMEOUT });
    expect(await err.innerText()).toContain('data/outcomes.json: -: -: could not be loaded (HTTP 404)');
  });

  it('a record that breaks the schema is named by file, feature id and field; hostile text stays text', async () => {
    s = await openBrowser({ serviceWorkers: 'block' });
    await s.page.route(/\/data\/places\.geojson$/, async (r) => {
      const res = await r.fetch();
      const places = JSON.parse(await res.text());
      places.features[2].properties.kind = '<img src=x onerror="window.__pwned=true">';
      await r.fulfill({ response: res, body: JSON.stringify(places) });
    });
    await s.page.goto(s.baseUrl + '#lang=en');
    const err = s.page.locator('.data-error');
    await err.waitFor({ timeout: MAP_READY_TIMEOUT });
    expect(await err.innerText()).toMatch(/data\/places\.geojson: [a-z0-9-]+: features\.2\.properties\.kind: /);
    // Bytes other than the build's: checked in the page, with the schemas.
    expect(await s.page.evaluate(() => (performance.getEntriesByName('data-check')[0] as PerformanceMark | undefined)?.detail)).toBe('in-browser');
    expect(s.requests.some((u) => /parse\.worker/.test(u))).toBe(true);
    expect(await s.page.locator('img[src="x"]').count()).toBe(0);
    expect(await s.page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).not.toBe(true);
  });
});

describe('the online street map', () => {
  const STYLE = 'https://tiles.openfreemap.org/styles/liberty';

  it('a style request that hangs shows “loading street map…”, then goes back to the built-in map with a word', async () => {
    s = await openBrowser({ serviceWorkers: 'block' });
    let asked!: () => void;
    const styleAsked = new Promise<void>((r) => (asked = r));
    // Never answered: the request hangs like a dead server's.
    await s.page.route(STYLE, () => asked());
    await openApp(s, 'lang=en');
    await s.page.getByRole('button', { name: 'Layers & filters' }).click();
    await s.page.getByRole('radio', { name: 'Online street map' }).click();
    await styleAsked;
    await s.page.locator('[data-testid="basemap-loading"]').waitFor();
    expect(await s.page.locator('[data-testid="basemap-loading"]').innerText()).toBe('Loading the street map…');
    await shot(s.page, 'basemap-loading-en');
    const notice = s.page.locator('.notice.warn');
    await notice.waitFor({ timeout: MAP_READY_TIMEOUT });
    expect(await notice.innerText()).toContain('did not answer within 5 seconds');
    expect(await s.page.locator('[data-testid="basemap-loading"]').count()).toBe(0);
    await waitForMapIdle(s.page);
    expect(await s.page.getByRole('radio', { name: 'Built-in offline map' }).isChecked()).toBe(true);
    const layers = await hooks(s.page, ({ w }) => w.__hub.map.layerIds());
    expect(layers).toContain('points-circle');
  });

  it('a style that loads but whose tiles fail says so and offers the built-in map', async () => {
    s = await openBrowser({ serviceWorkers: 'block' });
    await s.page.route(STYLE, (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({
          version: 8,
          sources: { street: { type: 'raster', tiles: ['https://tiles.openfreemap.org/fake/{z}/{x}/{y}.png'], tileSize: 256 } },
          layers: [
            { id: 'street-bg', type: 'background', paint: { 'background-color': '#f4efe1' } },
            { id: 'street', type: 'raster', source: 'street' },
          ],
        }),
      }),
    );
    await openApp(s, 'lang=zh&basemap=online');
    const notice = s.page.locator('.notice.warn', { hasText: '部分内容' });
    await notice.waitFor({ timeout: MAP_READY_TIMEOUT });
    expect(await notice.innerText()).toContain('瓦片、图标或字体');
    await shot(s.page, 'basemap-partial-zh');
    await notice.getByRole('button', { name: '改用内置离线底图' }).click();
    await s.page.waitForFunction(() => !location.hash.includes('basemap=online'));
    // The built-in style replaces the street one: wait for it to be the map's style (the map may report
    // idle for a moment between the two while a busy machine is still parsing the new one).
    await waitForHooks(s.page, ({ w }) => w.__hub.map.layerIds()[0] === 'background');
    await waitForMapIdle(s.page);
    const layers = await hooks(s.page, ({ w }) => w.__hub.map.layerIds());
    expect(layers[0]).toBe('background');
    expect(layers).not.toContain('street');
  });
});

describe('a second visit', () => {
  it('opens with no network at all once the first visit has cached the build', async () => {
    s = await openBrowser();
    await openApp(s, 'lang=en');
    // The service worker announces when everything is cached (registered after the map is up).
    await s.page.locator('[data-testid="offline-ready"]').waitFor({ timeout: MAP_READY_TIMEOUT });
    await s.page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await s.context.setOffline(true);
    // What the user sees, not a browser flag (navigator.onLine stays true under setOffline in newer
    // Chromium): every response of the app's own origin comes from the service worker, no request
    // fails, and the map draws its places.
    const fromNetwork: string[] = [];
    const failed: string[] = [];
    const onResponse = (r: import('playwright-core').Response) => {
      if (r.url().startsWith(s!.baseUrl) && !r.fromServiceWorker()) fromNetwork.push(r.url());
    };
    const onFailed = (r: import('playwright-core').Request) => failed.push(`${r.url()} ${r.failure()?.errorText ?? ''}`);
    // The map's files too come from the page's fetch, which the service worker answers (in WebKit a
    // worker's own fetch does not reach it: issue 20).
    const asked: string[] = [];
    const onRequest = (r: import('playwright-core').Request) => {
      if (!r.serviceWorker()) asked.push(r.url());
    };
    try {
      s.page.on('response', onResponse);
      s.page.on('requestfailed', onFailed);
      s.page.on('request', onRequest);
      await s.page.reload();
      await waitForMapIdle(s.page);
      expect(await s.page.evaluate(() => Boolean(navigator.serviceWorker.controller))).toBe(true);
      expect(fromNetwork).toEqual([]);
      expect(failed).toEqual([]);
      const drawn = await hooks(s.page, ({ w }) => ({
        points: w.__hub.map.renderedIn('points-circle'),
        context: w.__hub.map.renderedIn('gba-fill') + w.__hub.map.renderedIn('district-label'),
      }));
      expect(drawn.points).toBeGreaterThan(10);
      expect(drawn.context).toBeGreaterThan(0);
      for (const [f, n] of Object.entries(await mapFileRequests(s, asked))) {
        expect(n.all, f).toBeGreaterThan(0);
        expect(n.byPage, f).toBe(n.all);
      }
      expect(await s.page.locator('[data-testid="side-panel"]').innerText()).toContain('The eight actions');
      expect(await s.page.locator('.map-error').count()).toBe(0);
      await shot(s.page, 'offline-second-visit-en');
    } finally {
      s.page.off('response', onResponse);
      s.page.off('requestfailed', onFailed);
      s.page.off('request', onRequest);
      await s.context.setOffline(false);
    }
  });
});

describe('Content-Security-Policy', () => {
  it('is strict, and the app, the reader, Districts (import and export), Present and the poster work under it', async () => {
    s = await openBrowser({ serviceWorkers: 'block' });
    await openApp(s, 'lang=en');
    const csp = await s.page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content') ?? '');
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("worker-src 'self' blob:");
    expect(csp).not.toMatch(/unsafe-eval|script-src[^;]*unsafe-inline/);
    // No remote origin but the opt-in basemap's.
    const remote = [...csp.matchAll(/https?:\/\/[^\s;]+/g)].map((m) => m[0]);
    expect([...new Set(remote)]).toEqual(['https://tiles.openfreemap.org']);

    const page = s.page;
    // Explore: a place, then the plan reader.
    await openApp(s, 'lang=en&select=guangzhou-science-city');
    await page
      .getByRole('button', { name: /plan reader/i })
      .first()
      .click();
    await page.locator('[data-testid="plan-reader"]').waitFor();
    await page.keyboard.press('Escape');
    // Districts: import a small CSV, export CSV.
    await openApp(s, 'lang=en&mode=districts');
    // (The import runs in a worker of the build: worker-src 'self'.)
    await page
      .locator('[data-testid="import-file"]')
      .setInputFiles({ name: 'p.csv', mimeType: 'text/csv', buffer: Buffer.from('name,lon,lat\nA,113.45,23.17\n', 'utf8') });
    await page.locator('[data-testid="import-preview"]').waitFor({ timeout: MAP_READY_TIMEOUT });
    await page.locator('[data-testid="datum-wgs84"]').check();
    await page.locator('[data-testid="import-start"]').click();
    await page.locator('[data-testid="import-result"]').waitFor({ timeout: MAP_READY_TIMEOUT });
    // The layer reaches the map as a blob: URL of its GeoJSON (connect-src blob:).
    await page.waitForFunction(() => performance.getEntriesByName('user-layer-drawn').length > 0, undefined, { timeout: MAP_READY_TIMEOUT });
    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: /CSV/ }).first().click()]);
    expect(csv.suggestedFilename()).toMatch(/\.csv$/);
    // Present: the first chapters.
    await openApp(s, 'lang=en&mode=present');
    await page.locator('[data-testid="present"]').waitFor();
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(() => location.hash.includes('chapter=2'));
    // The poster.
    await openApp(s, 'lang=en');
    const [png] = await Promise.all([page.waitForEvent('download', { timeout: MAP_READY_TIMEOUT }), page.getByRole('button', { name: /poster/i }).click()]);
    expect(png.suggestedFilename()).toMatch(/\.png$/);
    expect(await page.evaluate(() => (window as unknown as { __csp: string[] }).__csp)).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
