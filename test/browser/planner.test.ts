// A planner's questions in real Chromium: what is in focus is labelled on the map before any context,
// a list hover marks the map, a place outside the focus ends it, an area is framed with its
// surroundings, and the small things (search list, Back, zoom buttons, the reader's line, copy link).
// The phone: phone.test.ts.
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
/** Each action's title in both languages, read from the data (the panel must show the action in focus). */
const ACTION_TITLES = new Map(
  (
    JSON.parse(readFileSync(new URL('../../data/plan.json', import.meta.url), 'utf8')) as { actions: Array<{ id: string; title: { zh: string; en: string } }> }
  ).actions.map((a) => [a.id, a.title]),
);
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
      // A status's rule opens in a row of its own under the statuses, inside the table's box.
      const toggle = s.page.locator('[data-testid="side-panel"] tr.status-row .status-toggle').first();
      await toggle.click();
      const rule = s.page.locator('[data-testid="side-panel"] tr.status-rule-row [data-testid="status-rule"]');
      await rule.waitFor();
      const [box, scroll] = await rule.evaluate((r) => [r.getBoundingClientRect().toJSON(), r.closest('.table-scroll')!.getBoundingClientRect().toJSON()]);
      expect(box.width).toBeGreaterThan(200);
      expect(box.right).toBeLessThanOrEqual(scroll.right + 1);
      expect(await rule.innerText()).toMatch(lang === 'zh' ? /^20\d\d 目标/ : /^20\d\d target/);
      await shot(s.page, `planner-status-rule-${lang}`);
      await toggle.click();
      await rule.waitFor({ state: 'detached' });
    }
    // The other actions, by navigation within the page, in both languages. Every drawn place of a focus
    // is labelled when the labels fit the view. Action 1 cannot be: its 42 drawn places reach from Huadu
    // to Hong Kong and Macao, so at any zoom that shows them all, its ~20 places in Guangzhou's core (the
    // universities of University Town and Wushan, the labs of Pazhou and the Bio Island) stand within
    // ~35 px of each other, closer than any name is wide. There the test asks what is achievable: the
    // ones not labelled are exactly those crowded places (each within 40 px of another place of the
    // focus; at most one exception: in English Foshan, whose short name the Guangzhou–Foshan zone's long
    // one covers), at least 21 (zh) / 18 (en) of the 42 are named (measured 23 / 19 on 2026-12-07), and
    // no context label is placed before them (at most a few, in room far from the focus).
    for (const lang of ['zh', 'en'] as const) {
      for (const a of ['A1', 'A2', 'A4', 'A5', 'A6', 'A7', 'A8']) {
        await s.page.evaluate(
          ({ a, lang }) => {
            location.hash = `focus=${a}&lang=${lang}`;
          },
          { a, lang },
        );
        await s.page.locator(`[data-testid="side-panel"] [data-item="${a}"]`).waitFor();
        await s.page.waitForFunction((l) => document.documentElement.lang.startsWith(l === 'zh' ? 'zh' : 'en'), lang);
        // The panel is the new action's, not the previous focus's under the new id.
        expect(await panelTitle()).toBe(ACTION_TITLES.get(a)![lang]);
        await waitForMapIdle(s.page);
        const { drawn, labelled } = await focusLabels();
        if (drawn.length <= 12) {
          expect({ a, lang, labelled }).toEqual({ a, lang, labelled: drawn });
          continue;
        }
        const crowd = await hooks(
          s.page,
          ({ w, arg }) => {
            const at = (id: string) => w.__hub.map.project(w.__hub.anchors[id]!);
            return arg.missing.map((id) => {
              const p = at(id);
              return Math.min(...arg.drawn.filter((o) => o !== id).map((o) => Math.hypot(at(o).x - p.x, at(o).y - p.y)));
            });
          },
          { drawn, missing: drawn.filter((id) => !labelled.includes(id)) },
        );
        const apart = crowd.filter((d) => d >= 40).length;
        expect({ a, lang, apartAtMostOne: apart <= 1 }).toEqual({ a, lang, apartAtMostOne: true });
        expect(labelled.length).toBeGreaterThanOrEqual(lang === 'zh' ? 21 : 18);
        expect(
          await hooks(s.page, ({ w }) => w.__hub.map.renderedIds('points-label').length + w.__hub.map.renderedIds('areas-label').length),
        ).toBeLessThanOrEqual(3);
        await shot(s.page, `planner-focus-${a}-${lang}`);
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
  // The phone (390×844 with touch, a real phone context): test/browser/phone.test.ts.
});
