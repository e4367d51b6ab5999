// A planner's questions in real Chromium: what is in focus is labelled on the map before any context,
// a list hover marks the map, a place outside the focus ends it, an area is framed with its
// surroundings, and the small things (search list, Back, zoom buttons, the reader's line, copy link),
// then the same at phone size (390×844).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { openBrowser, openApp, waitForMapIdle, shot, hooks, waitForHooks, type Session } from './harness.ts';

let s: Session;
beforeAll(async () => {
  s = await openBrowser({ width: 1440, height: 900 });
  await s.context.grantPermissions(['clipboard-read', 'clipboard-write']);
});
afterAll(async () => {
  await s?.close();
});

const hash = () => s.page.evaluate(() => location.hash);
const panelTitle = () => s.page.locator('[data-testid="side-panel"] #details-title').innerText();
const KNOWLEDGE_CITY = 'zhongxin-guangzhou-knowledge-city';
/** The passage's way into the reader (src/i18n/catalogue/app.ts openReader). */
const OPEN_READER = { zh: '在规划全文中打开', en: 'Open in the plan reader' } as const;

/** The focus's places drawn on the map now, and those of them MapLibre placed a label for. */
async function focusLabels(): Promise<{ drawn: string[]; labelled: string[] }> {
  const ids = await s.page.locator('[data-testid="side-panel"] button.feature[data-id]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-id')!));
  return hooks(
    s.page,
    ({ w, arg }) => {
      const m = w.__hub.map;
      const drawn = new Set([...m.renderedIds('points-circle'), ...m.renderedIds('areas-fill')]);
      const placed = new Set(m.renderedIds('focus-label'));
      const mine = arg.filter((id) => drawn.has(id));
      return { drawn: mine, labelled: mine.filter((id) => placed.has(id)) };
    },
    ids,
  );
}

describe('Planner', () => {
  it('labels every drawn place of the focus before any context label, in Chinese and English, for every action', async () => {
    for (const lang of ['zh', 'en'] as const) {
      await openApp(s, `focus=A3&lang=${lang}`);
      const { drawn, labelled } = await focusLabels();
      expect(drawn.length).toBeGreaterThan(2);
      expect(labelled).toEqual(drawn);
      await shot(s.page, `planner-focus-A3-${lang}`);
    }
    // The other actions, by navigation within the page (English: the longer labels). Every drawn place
    // of a focus is labelled when the labels fit the view; A1's 44 places over the whole region cannot
    // all be named at its framing without covering each other: there, a screenful are, and no context label.
    for (const a of ['A1', 'A2', 'A4', 'A5', 'A6', 'A7', 'A8']) {
      await s.page.evaluate((a) => {
        location.hash = `focus=${a}&lang=en`;
      }, a);
      await s.page.locator(`[data-testid="side-panel"] [data-item="${a}"]`).waitFor();
      await waitForMapIdle(s.page);
      const { drawn, labelled } = await focusLabels();
      if (drawn.length <= 12) expect({ a, labelled }).toEqual({ a, labelled: drawn });
      else {
        expect(labelled.length).toBeGreaterThanOrEqual(15);
        // Context labels are placed after every focused one: only in room the focus leaves (a faded
        // name far from the focused places), never more than a few.
        expect(
          await hooks(s.page, ({ w }) => w.__hub.map.renderedIds('points-label').length + w.__hub.map.renderedIds('areas-label').length),
        ).toBeLessThanOrEqual(3);
      }
    }
  });

  it('marks a place on the map while the pointer is over it in the list', async () => {
    await openApp(s, 'focus=A3&lang=zh');
    // A place the map draws (the list also names places with no known site).
    const { drawn } = await focusLabels();
    const id = drawn[0]!;
    const button = s.page.locator(`[data-testid="side-panel"] button.feature[data-id="${id}"]`);
    await button.hover();
    await waitForHooks(s.page, ({ w, arg }) => w.__hub.map.stateIds('hover').includes(arg), id);
    await s.page.mouse.move(5, 300);
    await waitForHooks(s.page, ({ w }) => w.__hub.map.stateIds('hover').length === 0);
  });

  it('choosing a place outside the focus ends the focus in one step, frames the area with its surroundings, and Back empties the search', async () => {
    await openApp(s, 'focus=A3&lang=zh');
    const input = s.page.locator('#search-input');
    await input.fill('知识城');
    const option = s.page.locator('#search-results li', { hasText: '中新广州知识城' }).first();
    await option.waitFor();
    // The list is as wide as the names: 中新广州知识城 on one line.
    // (Read in the page: the list may render again when the institutions' names arrive for the search.)
    const height = await option
      .locator('span')
      .nth(1)
      .evaluate((e) => e.getBoundingClientRect().height);
    expect(height).toBeLessThan(30);
    await shot(s.page, 'planner-search-zh');
    await option.dispatchEvent('mousedown');
    await s.page.waitForFunction(() => location.hash.includes('select='));
    expect(await hash()).toContain(`select=${KNOWLEDGE_CITY}`);
    expect(await hash()).not.toContain('focus=');
    expect(await s.page.locator('.focus-badge').count()).toBe(0);
    expect(await panelTitle()).toBe('中新广州知识城');
    // Framed with its surroundings: its whole outline inside the map, at most half its width.
    await waitForMapIdle(s.page);
    const places = JSON.parse(readFileSync(join(process.cwd(), 'data/places.geojson'), 'utf8')) as GeoJSON.FeatureCollection;
    const ring = (places.features.find((f) => f.properties?.['id'] === KNOWLEDGE_CITY)!.geometry as GeoJSON.Polygon).coordinates[0]!;
    const xs = ring.map((c) => c[0]!);
    const ys = ring.map((c) => c[1]!);
    const corners: Array<[number, number]> = [
      [Math.min(...xs), Math.min(...ys)],
      [Math.max(...xs), Math.max(...ys)],
    ];
    const px = await hooks(s.page, ({ w, arg }) => arg.map((c) => w.__hub.map.project(c)), corners);
    const map = (await s.page.locator('[data-testid="map"]').boundingBox())!;
    for (const p of px) {
      expect(p.x).toBeGreaterThan(0);
      expect(p.x).toBeLessThan(map.width);
      expect(p.y).toBeGreaterThan(0);
      expect(p.y).toBeLessThan(map.height);
    }
    expect(Math.abs(px[1]!.x - px[0]!.x)).toBeLessThan(map.width / 2);
    await shot(s.page, 'planner-area-zh');
    // One step back: the focus again, the search box empty and closed.
    await s.page.locator('[data-testid="side-panel"] .back').click();
    await s.page.waitForFunction(() => location.hash.includes('focus=A3') && !location.hash.includes('select='));
    expect(await input.inputValue()).toBe('');
    expect(await s.page.locator('#search-results').count()).toBe(0);
  });

  it('names the zoom buttons in the UI language, opens the reader at the name, and copies the link', async () => {
    await openApp(s, `select=${KNOWLEDGE_CITY}&lang=zh`);
    expect(await s.page.locator('.maplibregl-ctrl-zoom-in').getAttribute('aria-label')).toBe('放大');
    expect(await s.page.locator('.maplibregl-ctrl-zoom-out').getAttribute('title')).toBe('缩小');
    // The reader marks the line where the name stands (the passage may start lines before it).
    await s.page.locator('[data-testid="side-panel"] .passage button.link', { hasText: OPEN_READER.zh }).first().click();
    const current = s.page.locator('[data-testid="plan-reader"] p.current');
    await current.waitFor();
    expect((await current.innerText()).replace(/\s+/g, '')).toContain('知识城');
    await s.page.keyboard.press('Escape');
    await s.page.locator('[data-testid="plan-reader"]').waitFor({ state: 'detached' });
    await s.page.locator('[data-testid="copy-link"]').click();
    await s.page.locator('[data-testid="copy-link-status"]', { hasText: '链接已复制' }).waitFor();
    expect(await s.page.evaluate(() => navigator.clipboard.readText())).toBe(await s.page.evaluate(() => location.href));
    // English: the same controls in English.
    await s.page.locator('.lang-switch button[lang="en"]').click();
    await s.page.waitForFunction(() => document.querySelector('.maplibregl-ctrl-zoom-in')?.getAttribute('aria-label') === 'Zoom in');
    await s.page.locator('[data-testid="copy-link"]').click();
    await s.page.locator('[data-testid="copy-link-status"]', { hasText: 'Link copied' }).waitFor();
    await shot(s.page, 'planner-place-en');
  });

  it('on a phone (390×844): the reader is readable, the panel starts at the top of each new selection, tables fit', async () => {
    await s.page.setViewportSize({ width: 390, height: 844 });
    for (const lang of ['zh', 'en'] as const) {
      await openApp(s, `focus=A3&lang=${lang}`);
      // Nothing runs off the right edge; a table scrolls within itself.
      expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      const panel = s.page.locator('[data-testid="side-panel"]');
      expect(await panel.evaluate((p) => p.scrollWidth <= p.clientWidth + 1)).toBe(true);
      await shot(s.page, `planner-phone-focus-${lang}`);
      // Scrolled down the panel, a new selection starts at its title.
      await panel.evaluate((p) => {
        p.scrollTop = p.scrollHeight;
      });
      await panel.locator('button.feature[data-id]').last().click();
      await s.page.waitForFunction(() => location.hash.includes('select='));
      await s.page.waitForFunction(() => document.querySelector('[data-testid="side-panel"]')!.scrollTop === 0);
      const title = (await panel.locator('#details-title').boundingBox())!;
      const pbox = (await panel.boundingBox())!;
      expect(title.y).toBeGreaterThanOrEqual(pbox.y);
      expect(title.y + title.height).toBeLessThanOrEqual(pbox.y + pbox.height);
      // The reader: contents behind a button, the text at least 300 px wide.
      await panel.locator('.passage button.link', { hasText: OPEN_READER[lang] }).first().click();
      const text = s.page.locator('[data-testid="plan-reader"] .reader-text');
      await text.waitFor();
      expect((await text.boundingBox())!.width).toBeGreaterThanOrEqual(300);
      expect(await s.page.locator('#reader-toc').isVisible()).toBe(false);
      await shot(s.page, `planner-phone-reader-${lang}`);
      await s.page.locator('.toc-toggle').click();
      expect(await s.page.locator('#reader-toc').isVisible()).toBe(true);
      await s.page.locator('#reader-toc button').nth(3).click();
      expect(await s.page.locator('#reader-toc').isVisible()).toBe(false);
      expect((await text.boundingBox())!.width).toBeGreaterThanOrEqual(300);
    }
    // Present at 390 wide: the Guangzhou corridor framed with room at both sides for its end places' names.
    await openApp(s, 'mode=present&chapter=20&lang=en');
    await waitForHooks(s.page, ({ w }) => w.__present?.kind === 'corridor');
    await waitForMapIdle(s.page);
    const xs = await hooks(s.page, ({ w }) => {
      const p = w.__present!;
      return [w.__hub.map.project([p.subject[0], p.subject[1]]).x, w.__hub.map.project([p.subject[2], p.subject[3]]).x];
    });
    expect(Math.min(...xs)).toBeGreaterThanOrEqual(390 * 0.2);
    expect(Math.max(...xs)).toBeLessThanOrEqual(390 * 0.8);
    await shot(s.page, 'planner-phone-present-corridor-en');
    await s.page.setViewportSize({ width: 1440, height: 900 });
  });
});
