// The Explore screen in real Chromium: the map, the panel, links both ways, search, filters,
// keyboard use, URL state, hostile links and the offline default.
import { describe, it, expect } from 'vitest';
import {
  browserPerFile,
  openApp,
  waitForMapIdle,
  shot,
  MAP_READY_TIMEOUT,
  pngPixels,
  distinctColours,
  hooks,
  hashOf,
  panelTitleOf,
  openBrowser,
} from './harness.ts';

const s = browserPerFile();

const hash = () => hashOf(s.page);
const panelTitle = () => panelTitleOf(s.page);

/** Screen position of a place's point, via the adapter's projection. */
async function screenPointOf(id: string): Promise<{ x: number; y: number }> {
  return hooks(s.page, ({ w, arg: id }) => w.__hub.map.project(w.__hub.anchors[id]!), id);
}

describe('Explore', () => {
  it('renders the offline map with no request off the machine, and marks its load', async () => {
    await openApp(s, 'lang=zh');
    const external = s.requests.filter((u) => !u.startsWith(s.baseUrl) && !u.startsWith('data:') && !u.startsWith('blob:'));
    expect(external).toEqual([]);
    const marks = await s.page.evaluate(() => ['app-start', 'map-load', 'map-first-idle'].map((m) => performance.getEntriesByName(m).length));
    expect(marks).toEqual([1, 1, 1]);
    // The canvas really drew something: sample pixels are not all one colour.
    // (From a screenshot: the map does not keep its drawing buffer after a frame is shown.)
    const box = (await s.page.locator('.maplibregl-canvas').boundingBox())!;
    const png = await s.page.screenshot({ clip: { x: box.x + box.width / 2 - 32, y: box.y + box.height / 2 - 32, width: 64, height: 64 } });
    const distinct = distinctColours(await pngPixels(s.page, png));
    expect(distinct).toBeGreaterThan(3);
    expect(await s.page.locator('h1 .app-name').innerText()).toBe('广州科技创新强市地图');
    expect(s.errors).toEqual([]);
    await shot(s.page, 'explore-default-zh');
  });

  it('clicking a place on the canvas opens its panel', async () => {
    await openApp(s, 'lang=en&view=113.349,23.143,13');
    const pt = await screenPointOf('south-china-normal-university');
    const box = (await s.page.locator('[data-testid="map"]').boundingBox())!;
    // Hovering names it first (as text).
    await s.page.mouse.move(box.x + pt.x, box.y + pt.y);
    await s.page.locator('.hover-tip').waitFor();
    expect(await s.page.locator('.hover-tip').innerText()).toBe('South China Normal University');
    await s.page.mouse.click(box.x + pt.x, box.y + pt.y);
    await s.page.waitForFunction(() => location.hash.includes('select='));
    expect(await hash()).toContain('select=south-china-normal-university');
    expect(await panelTitle()).toBe('South China Normal University');
    await shot(s.page, 'explore-click-en');
    // The selected point wears its halo (yellow around the circle), drawn from feature state.
    await waitForMapIdle(s.page);
    const yellowAround = async () => {
      const p = await screenPointOf('south-china-normal-university');
      const png = await s!.page.screenshot({ clip: { x: box.x + p.x - 20, y: box.y + p.y - 20, width: 40, height: 40 } });
      return (await pngPixels(s!.page, png)).filter(([r, g, b]) => r > 200 && g > 150 && b < 140 && r - b > 90).length;
    };
    expect(await yellowAround()).toBeGreaterThan(20);
    // …and loses it when the selection is cleared (the pointer moved off it: a hovered point has one too).
    await s.page.mouse.move(box.x + 5, box.y + 5);
    await s.page.keyboard.press('Escape');
    await s.page.waitForFunction(() => !location.hash.includes('select='));
    await waitForMapIdle(s.page);
    expect(await yellowAround()).toBeLessThan(5);
  });

  it('a deep link restores a selection in Chinese and in English', async () => {
    await openApp(s, 'select=node-guangzhou-international-bio-island&lang=zh');
    expect(await panelTitle()).toBe('广州国际生物岛');
    await expect(s.page.locator('[data-testid="side-panel"]').innerText()).resolves.toContain('十三节点');
    await shot(s.page, 'explore-deeplink-zh');
    await openApp(s, 'select=node-guangzhou-international-bio-island&lang=en');
    expect(await panelTitle()).toMatch(/Bio.?Island/i);
    expect(await hash()).toContain('lang=en');
    await shot(s.page, 'explore-deeplink-en');
  });

  it('an action highlights and frames every place it concerns, and the panel lists them', async () => {
    await openApp(s, 'lang=en');
    const before = await hash();
    await s.page.getByRole('button', { name: /Upgrade Major Basic/ }).click();
    await s.page.waitForFunction(() => location.hash.includes('focus=A1'));
    await waitForMapIdle(s.page);
    const badge = await s.page.locator('.focus-badge').innerText();
    const [places, segments] = badge.match(/\d+/g)!.map(Number);
    expect(places).toBeGreaterThan(20);
    expect(segments).toBeGreaterThan(0);
    const listed = await s.page.locator('[data-testid="side-panel"] ul.features li').count();
    expect(listed).toBe(places! + segments!);
    // Everything A1 concerns is drawn highlighted; the rest faded.
    const states = await hooks(s.page, ({ w }) => w.__hub.map.highlightedIds());
    expect(states.length).toBeGreaterThan(10);
    expect(await hash()).not.toBe(before);
    await shot(s.page, 'explore-action-A1-en');
  });

  it('a responsible district government frames its district', async () => {
    await openApp(s, 'lang=zh&focus=gov-nansha');
    expect(await panelTitle()).toBe('南沙区政府');
    const view = (await hash()).match(/view=([\d.]+),([\d.]+)/);
    expect(view).not.toBeNull();
    const [lon, lat] = [Number(view![1]), Number(view![2])];
    // Nansha lies in the south-east of the city.
    expect(lat).toBeLessThan(23.0);
    expect(lon).toBeGreaterThan(113.3);
    await shot(s.page, 'explore-unit-nansha-zh');
  });

  it('search finds a place by Chinese and English name, with the keyboard', async () => {
    await openApp(s, 'lang=zh');
    const input = s.page.getByRole('combobox');
    await input.fill('知识城');
    await input.press('ArrowDown');
    await input.press('ArrowUp');
    await input.press('Enter');
    await s.page.waitForFunction(() => location.hash.includes('select=zhongxin-guangzhou-knowledge-city'));
    expect(await panelTitle()).toBe('中新广州知识城');
    await input.fill('hong kong university of science');
    await expect(s.page.locator('#search-results [role="option"]').first().innerText()).resolves.toMatch(/香港科技大学/);
    await input.press('Enter');
    await s.page.waitForFunction(() => location.hash.includes('select=hkust'));
    // Pinyin, joined or as initials.
    await input.fill('nanshakexuecheng');
    await expect(s.page.locator('#search-results [role="option"]').first().innerText()).resolves.toMatch(/广州南沙科学城/);
    await input.fill('gzkxc');
    await expect(s.page.locator('#search-results [role="option"]').first().innerText()).resolves.toMatch(/广州科学城/);
    // The plan too: a responsible unit found by name is put in focus.
    await input.fill('市科技局');
    await expect(s.page.locator('#search-results [role="option"]').first().innerText()).resolves.toMatch(/市科技局[\s\S]*责任单位/);
    await input.press('Enter');
    await s.page.waitForFunction(() => location.hash.includes('focus=gz-stb') && !location.hash.includes('select='));
    expect(await panelTitle()).toBe('市科技局');
  });

  it('filters change the map, the legend counts and the list together', async () => {
    await openApp(s, 'lang=en');
    await s.page.getByRole('button', { name: 'Layers & filters' }).click();
    await s.page.getByRole('button', { name: 'List' }).click();
    const total = Number(await s.page.locator('.feature-list h2 .count').innerText());
    await s.page.getByRole('checkbox', { name: /University/ }).check();
    await s.page.waitForFunction(() => location.hash.includes('kinds=university'));
    const shown = Number(await s.page.locator('.feature-list h2 .count').innerText());
    expect(shown).toBeLessThan(total);
    expect(shown).toBe(Number(await s.page.locator('label.check', { hasText: 'University' }).locator('.count').innerText()));
    await waitForMapIdle(s.page);
    const rendered = await hooks(s.page, ({ w }) => w.__hub.map.renderedKinds());
    expect(rendered.length).toBeGreaterThan(0);
    expect(new Set(rendered)).toEqual(new Set(['university']));
    await shot(s.page, 'explore-filter-university-en');
  });

  it('lists places with no known site under their district, never dropping them', async () => {
    await openApp(s, 'lang=en&districts=%E9%BB%84%E5%9F%94%E5%8C%BA');
    await s.page.getByRole('button', { name: 'List' }).click();
    const list = await s.page.locator('[data-testid="feature-list"]').innerText();
    // 黄埔's unsited places: a zone whose site is not known, the IP court known by its address only.
    expect(list).toContain('Site not known');
    expect(list).toContain('Address only, not placed');
  });

  it('the whole journey works from the keyboard alone', async () => {
    await openApp(s, 'lang=en');
    await s.page.getByRole('button', { name: 'List' }).focus();
    await s.page.keyboard.press('Enter');
    await s.page.keyboard.press('Tab');
    await s.page.keyboard.press('Tab');
    // Tab until a feature button has focus, then pick it.
    for (let i = 0; i < 40; i++) {
      const isFeature = await s.page.evaluate(() => document.activeElement?.classList.contains('feature') ?? false);
      if (isFeature) break;
      await s.page.keyboard.press('Tab');
    }
    const id = await s.page.evaluate(() => document.activeElement?.getAttribute('data-id') ?? '');
    expect(id.length).toBeGreaterThan(0);
    await s.page.keyboard.press('Enter');
    await s.page.waitForFunction((id) => location.hash.includes(`select=${id}`), id);
    expect((await panelTitle()).length).toBeGreaterThan(0);
    // The list marks the same feature as the current one.
    expect(await s.page.locator(`[data-testid="feature-list"] button[data-id="${id}"]`).getAttribute('aria-current')).toBe('true');
    await s.page.keyboard.press('Escape');
    await s.page.waitForFunction(() => !location.hash.includes('select='));
  });

  it('opens the plan reader at the passage, and a place named in it leads back to the map', async () => {
    await openApp(s, 'lang=zh&select=guangzhou-nansha-science-city');
    await s.page.getByRole('button', { name: '在规划全文中打开' }).first().click();
    const reader = s.page.locator('[data-testid="plan-reader"]');
    // The reader is its own chunk: it may still be on its way when the click lands (prefetched at idle).
    await reader.waitFor({ timeout: MAP_READY_TIMEOUT });
    expect(await hash()).toMatch(/line=\d+/);
    await expect(reader.locator('p.current').first().innerText()).resolves.toMatch(/\d+/);
    await shot(s.page, 'reader-zh');
    await reader.getByRole('button', { name: '中新广州知识城' }).first().click();
    await s.page.waitForFunction(() => location.hash.includes('select=zhongxin-guangzhou-knowledge-city') && !location.hash.includes('line='));
  });

  it('hostile or malformed URL state is ignored with a message, never executed, and the app still starts', async () => {
    await s.page.evaluate(() => {
      (window as unknown as { __pwned?: boolean }).__pwned = false;
    });
    await openApp(s, 'select=%3Cimg%20src%3Dx%20onerror%3D%22window.__pwned%3Dtrue%22%3E&lang=en&view=NaN,1,2&focus=A9&q=%E0%A4%A&kinds=%3Cscript%3E');
    const notice = await s.page.locator('.notice[role="status"]').innerText();
    expect(notice).toMatch(/Ignored invalid link parameters/);
    expect(await s.page.locator('img[src="x"]').count()).toBe(0);
    expect(await s.page.evaluate(() => (window as unknown as { __pwned?: boolean }).__pwned)).not.toBe(true);
    expect(await panelTitle()).toBe('The eight actions');
    expect(s.errors).toEqual([]);
    await shot(s.page, 'explore-hostile-url-en');
  });

  it('an online basemap that cannot load says so and stays on the built-in map', async () => {
    await openApp(s, 'lang=en');
    await s.page.getByRole('button', { name: 'Layers & filters' }).click();
    // The failure may come back before the radio settles, so click rather than check().
    await s.page.getByRole('radio', { name: 'Online street map' }).click();
    await s.page.locator('.notice.warn').waitFor({ timeout: MAP_READY_TIMEOUT });
    expect(await s.page.locator('.notice.warn').innerText()).toContain('could not be loaded');
    await waitForMapIdle(s.page);
    expect(await s.page.getByRole('radio', { name: 'Built-in offline map' }).isChecked()).toBe(true);
    expect(await panelTitle()).toBe('The eight actions');
  });
});

describe('targets beside reported figures', () => {
  it('a target shows its yearly values and, apart, the figures public sources report, with their quotes', async () => {
    await openApp(s, 'lang=en&focus=A3-T1');
    expect(await panelTitle()).toMatch(/Turnover of technology contracts/);
    const row = s.page.locator('table.targets tr.actual');
    expect(await row.locator('th').innerText()).toBe('Reported (other sources)');
    expect(await row.innerText()).toContain('127.336'); // 1273.36 亿元 in CNY billion (src/plan/figures.ts)
    await s.page.locator('details.outcomes > summary').click();
    expect(await s.page.locator('details.outcomes').innerText()).toContain('全年共认定登记技术合同');
    await shot(s.page, 'target-reported-en');
  });
});

describe('poster image', () => {
  it('exports the map as a PNG at print resolution, with title and legend bands', async () => {
    await openApp(s, 'lang=zh&focus=A1');
    const [download] = await Promise.all([
      s.page.waitForEvent('download', { timeout: MAP_READY_TIMEOUT }),
      s.page.getByRole('button', { name: '导出当前地图为高分辨率海报图片（PNG）' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/^guangzhou-hub-map-\d{4}-\d{2}-\d{2}\.png$/);
    const path = await download.path();
    const { readFileSync, copyFileSync, mkdirSync } = await import('node:fs');
    const png = readFileSync(path!);
    expect(png.subarray(1, 4).toString()).toBe('PNG');
    const width = png.readUInt32BE(16);
    const height = png.readUInt32BE(20);
    const mapBox = (await s.page.locator('[data-testid="map"]').boundingBox())!;
    // Re-rendered at ~3× the screen, plus the title and legend bands.
    expect(width).toBeGreaterThanOrEqual(Math.floor(mapBox.width * 2.5));
    expect(height).toBeGreaterThan(width * (mapBox.height / mapBox.width));
    // The map itself is in it (read from the frame that drew it: the map keeps no drawing buffer).
    const poster = await pngPixels(s.page, png, { x: Math.round(width / 2) - 100, y: Math.round(height / 2) - 100, width: 200, height: 200 });
    const distinct = distinctColours(poster);
    expect(distinct).toBeGreaterThan(20);
    mkdirSync('test-results/screenshots', { recursive: true });
    copyFileSync(path!, 'test-results/screenshots/poster-zh.png');
    // The screen goes back to its own resolution.
    const ratio = await s.page.evaluate(
      () =>
        document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!.width / document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!.clientWidth,
    );
    expect(ratio).toBeCloseTo(1, 1);
  });
});

describe('online basemap', () => {
  it('draws our layers over a street style that loads (served locally in place of the online one)', async () => {
    // The style URL is answered by the test itself: no request leaves the machine.
    await s.page.route('https://tiles.openfreemap.org/styles/liberty', (route) =>
      route.fulfill({
        contentType: 'application/json',
        body: JSON.stringify({ version: 8, sources: {}, layers: [{ id: 'street-bg', type: 'background', paint: { 'background-color': '#f4efe1' } }] }),
      }),
    );
    try {
      await openApp(s, 'lang=en&basemap=online');
      await waitForMapIdle(s.page);
      expect(await s.page.locator('.notice.warn').count()).toBe(0);
      const kinds = await hooks(s.page, ({ w }) => w.__hub.map.renderedKinds());
      expect(kinds.length).toBeGreaterThan(10);
      const layers = await hooks(s.page, ({ w }) => w.__hub.map.layerIds());
      expect(layers[0]).toBe('street-bg');
      expect(layers).toContain('points-circle');
      expect(layers).not.toContain('background');
      expect(await hash()).toContain('basemap=online');
      await shot(s.page, 'basemap-online-fixture-en');
    } finally {
      await s.page.unroute('https://tiles.openfreemap.org/styles/liberty');
    }
  });
});

describe('without WebGL', () => {
  it('says the map cannot be shown, and the list and the plan still work', async () => {
    const w = await openBrowser({ extraArgs: ['--disable-gpu', '--disable-software-rasterizer', '--disable-webgl', '--disable-webgl2'] });
    try {
      await w.page.goto(w.baseUrl + '#lang=en');
      await w.page.locator('.map-error').waitFor({ timeout: MAP_READY_TIMEOUT });
      expect(await w.page.locator('.map-error').innerText()).toMatch(/WebGL is needed/);
      await w.page.getByRole('button', { name: 'List' }).click();
      await w.page.locator('[data-testid="feature-list"] button[data-id="guangzhou-science-city"]').click();
      await w.page.waitForFunction(() => location.hash.includes('select=guangzhou-science-city'));
      expect(await w.page.locator('#details-title').innerText()).toBe('Guangzhou Science City');
      // Still a web app one can install and open offline: the manifest is linked without a map too.
      await w.page.locator('link[rel="manifest"]').waitFor({ state: 'attached', timeout: MAP_READY_TIMEOUT });
      expect(w.errors).toEqual([]);
      await shot(w.page, 'no-webgl-en');
    } finally {
      await w.close();
    }
  });
});
