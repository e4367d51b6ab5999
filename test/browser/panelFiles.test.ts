// The panel files (src/data/panelData.ts: each place's sources, the searches that found no figure) are
// not part of the first load: a panel asks for them when it first shows them. In real Chromium: none
// is fetched at first load; a place's panel and a target's list show them once asked; and when a file
// cannot be loaded (network gone) or is not what the build checked and fails its schema, the panel says
// so in the UI language and the rest of it — and the app — keeps working.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import type { Route } from 'playwright-core';
import { openBrowser, openApp, shot, MAP_READY_TIMEOUT, type Session } from './harness.ts';
import { readText } from '../../scripts/lib/repoData.ts';

const PANEL_FILES = /\/data\/(place-sources|searches)\.json$/;
const PLACE = 'zhongxin-guangzhou-knowledge-city';
const OTHER = 'guangzhou-science-city';
const cited = (JSON.parse(readText('data/place-sources.json')) as { places: Array<{ id: string; sources: Array<{ url?: string }> }> }).places;
const nameEn = (JSON.parse(readText('data/places.geojson')) as { features: Array<{ id: string; properties: { name_en: string } }> }).features.find(
  (f) => f.id === PLACE,
)!.properties.name_en;
const searches = (JSON.parse(readText('data/searches.json')) as { searches: Array<{ target: string; year: number; queries: string[] }> }).searches;

describe('panel files: fetched when a panel first needs them, and said so when they cannot be', () => {
  let s: Session;
  const aborted: string[] = [];
  const abort = (route: Route) => {
    aborted.push(route.request().url());
    return route.abort('internetdisconnected');
  };
  beforeAll(async () => {
    s = await openBrowser({ width: 1280, height: 800, serviceWorkers: 'block' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('fetches neither at first load; a place’s panel shows its sources, a target’s list its searches', async () => {
    const p = s.page;
    s.requests.length = 0;
    await openApp(s, 'lang=en');
    expect(s.requests.filter((u) => PANEL_FILES.test(u))).toEqual([]);
    const preloads = await p.evaluate(() => [...document.querySelectorAll<HTMLLinkElement>('link[rel="preload"]')].map((l) => l.href));
    expect(preloads.filter((u) => PANEL_FILES.test(u))).toEqual([]);

    await p.evaluate((id) => {
      location.hash = `lang=en&select=${id}`;
    }, PLACE);
    const list = p.locator('[data-testid="place-sources"] li');
    await list.first().waitFor({ state: 'attached', timeout: MAP_READY_TIMEOUT });
    const want = cited.find((e) => e.id === PLACE)!.sources;
    expect(await list.count()).toBe(want.length);
    const url = want.find((x) => x.url)?.url;
    if (url) expect(await p.locator('[data-testid="place-sources"]').textContent()).toContain(url);

    // A target with a year searched in vain: its searches, once the list is opened.
    const search = searches.find((x) => x.target === 'A7-T1')!;
    await p.evaluate(() => {
      location.hash = 'lang=en&focus=A7-T1';
    });
    await p.locator('[data-testid="side-panel"] details.outcomes > summary').click();
    const item = p.locator(`[data-search="${search.target}-${search.year}"]`);
    await item.waitFor({ timeout: MAP_READY_TIMEOUT });
    expect(await item.innerText()).toContain(search.queries[0]!);
    expect(s.errors).toEqual([]);
  });

  it('says so in the panel when a file cannot be loaded, keeps the rest of the panel, and loads it when the network is back', async () => {
    const p = s.page;
    await s.context.route(PANEL_FILES, abort);
    try {
      await openApp(s, `lang=en&select=${PLACE}`);
      const failed = p.locator('[data-testid="place-sources-failed"]');
      await failed.waitFor({ timeout: MAP_READY_TIMEOUT });
      expect(await failed.innerText()).toBe(
        'The sources of this place could not be loaded (check the connection and open it again). The rest of this panel is complete.',
      );
      expect(await failed.getAttribute('role')).toBe('status');
      // The rest of the panel stands: its name, the plan's words.
      expect(await p.locator('#details-title').innerText()).toBe(nameEn);
      expect(await p.locator('[data-testid="side-panel"] figure.passage').count()).toBeGreaterThan(0);
      await failed.scrollIntoViewIfNeeded();
      await shot(p, 'panel-file-failed-en');
      await p.locator('.lang-switch button[lang="zh"]').click();
      expect(await failed.innerText()).toBe('此地点的资料来源未能加载（请检查网络后重新打开）。本面板其余内容完整。');
      await shot(p, 'panel-file-failed-zh');

      // The searches of a target: said where they would be listed; the figures above stay.
      await p.evaluate(() => {
        location.hash = 'lang=en&focus=A7-T1';
      });
      await p.locator('[data-testid="side-panel"] details.outcomes > summary').click();
      const noSearches = p.locator('[data-testid="searches-failed"]');
      await noSearches.waitFor({ timeout: MAP_READY_TIMEOUT });
      expect(await noSearches.innerText()).toMatch(/^The record of searches for the years without a figure could not be loaded/);
      await shot(p, 'panel-file-searches-failed-en');
      expect(aborted.some((u) => u.endsWith('/data/place-sources.json'))).toBe(true);
      expect(aborted.some((u) => u.endsWith('/data/searches.json'))).toBe(true);
    } finally {
      await s.context.unroute(PANEL_FILES, abort);
    }
    // The network is back: the next panel asks again and shows them; the app never stopped working.
    await p.evaluate((id) => {
      location.hash = `lang=en&select=${id}`;
    }, OTHER);
    await p.locator('[data-testid="place-sources"] li').first().waitFor({ state: 'attached', timeout: MAP_READY_TIMEOUT });
    expect(await p.locator('[data-testid="place-sources-failed"]').count()).toBe(0);
    expect(s.errors).toEqual([]);
  });

  it('refuses a file that is not the one the build checked and breaks its schema, saying so in the panel', async () => {
    const p = s.page;
    const bad = (route: Route) =>
      route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify({ provenance: 'x', places: [{ id: 'Not An Id', sources: [] }] }) });
    await s.context.route(/\/data\/place-sources\.json$/, bad);
    try {
      await openApp(s, `lang=en&select=${PLACE}`);
      await p.locator('[data-testid="place-sources-failed"]').waitFor({ timeout: MAP_READY_TIMEOUT });
      expect(await p.locator('[data-testid="place-sources"]').count()).toBe(0);
      expect(await p.locator('#details-title').innerText()).toBe(nameEn);
      expect(s.errors).toEqual([]);
    } finally {
      await s.context.unroute(/\/data\/place-sources\.json$/, bad);
    }
  });
});
