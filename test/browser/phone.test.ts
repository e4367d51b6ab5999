// The app on a phone as the issue means it: a real phone context (390×844 CSS px, a 3× screen, a mobile
// browser with touch — harness PHONE), every action a tap. The top bar fits two rows with its tools in a
// menu; the panel starts at the top of each selection and its tables fit; a status's rule is a tap away;
// the reader is readable; the scorecard's legend leaves the map visible; Present frames a whole corridor
// with its ends' names inside the screen, the map visible above its card, and a results card the phone's
// width. In Chinese and English.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { openApp, waitForMapIdle, shot, hooks, waitForHooks, pngPixels, PHONE, browserPerFile } from './harness.ts';
import { resultChapter } from './tourChapters.ts';

const s = browserPerFile({ ...PHONE });

const OPEN_READER = { zh: '在规划全文中打开', en: 'Open in the plan reader' } as const;
const panel = () => s.page.locator('[data-testid="side-panel"]');

describe('Phone (390×844, touch)', () => {
  it('is a phone: no hover, a coarse pointer, touch', async () => {
    await openApp(s, 'lang=zh');
    expect(
      await s.page.evaluate(() => [matchMedia('(hover: none)').matches, matchMedia('(pointer: coarse)').matches, navigator.maxTouchPoints > 0, innerWidth]),
    ).toEqual([true, true, true, 390]);
  });

  it('the top bar takes two rows; layers, list, export and language are in a menu a tap opens', async () => {
    for (const lang of ['zh', 'en'] as const) {
      await openApp(s, `focus=A3&lang=${lang}`);
      const bar = s.page.locator('.top-bar');
      // Two rows of controls: a control starts a new row when it starts below the row above it.
      const rows = await bar.evaluate((b) => {
        const boxes = [...b.querySelectorAll(':scope > h1, :scope > .search, :scope > .menu-toggle, :scope > .mode-switch button')]
          .map((e) => e.getBoundingClientRect())
          .filter((r) => r.height > 0)
          .sort((x, y) => x.top - y.top);
        let n = 0;
        let bottom = -Infinity;
        for (const r of boxes) {
          if (r.top >= bottom - 1) n++;
          bottom = Math.max(bottom, r.bottom);
        }
        return n;
      });
      expect(rows).toBeLessThanOrEqual(2);
      expect((await bar.boundingBox())!.height).toBeLessThan(100);
      // Everything inside the screen's width.
      expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await s.page.locator('.top-tools').isVisible()).toBe(false);
      await shot(s.page, `phone-topbar-${lang}`);
      await s.page.tap('.menu-toggle');
      await s.page.locator('.top-tools.open').waitFor();
      const menu = (await s.page.locator('.top-tools').boundingBox())!;
      expect(menu.x).toBeGreaterThanOrEqual(0);
      expect(menu.x + menu.width).toBeLessThanOrEqual(390);
      await shot(s.page, `phone-menu-${lang}`);
      // The other language, from the menu: the menu closes, the bar stays two rows.
      const other = lang === 'zh' ? 'en' : 'zh';
      await s.page.tap(`.lang-switch button[lang="${other}"]`);
      await s.page.waitForFunction((l) => location.hash.includes(`lang=${l}`), other);
      expect(await s.page.locator('.top-tools').isVisible()).toBe(false);
      // The list drawer from the menu.
      await s.page.tap('.menu-toggle');
      await s.page.tap('button[aria-controls="list-drawer"]');
      await s.page.locator('#list-drawer').waitFor();
      expect(await s.page.locator('.top-tools').isVisible()).toBe(false);
    }
  });

  it('search lists its places within the screen', async () => {
    await openApp(s, 'lang=zh');
    await s.page.tap('#search-input');
    await s.page.locator('#search-input').fill('知识城');
    const list = s.page.locator('#search-results');
    await list.locator('li', { hasText: '中新广州知识城' }).first().waitFor();
    const box = (await list.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(390);
    await shot(s.page, 'phone-search-zh');
  });

  it('the reader is readable, the panel starts at the top of each new selection, tables fit, a status’s rule is a tap away', async () => {
    for (const lang of ['zh', 'en'] as const) {
      await openApp(s, `focus=A3&lang=${lang}`);
      // Nothing runs off the right edge; a table scrolls within itself.
      expect(await s.page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await panel().evaluate((p) => p.scrollWidth <= p.clientWidth + 1)).toBe(true);
      // Each target's chart is under its name, all three years on screen: as a fifth column its 2021 bar
      // was past the table's visible edge. And the table itself then fits the screen.
      const charts = await panel().evaluate((p) =>
        [...p.querySelectorAll<SVGSVGElement>('table.targets svg.chart')]
          .filter((c) => c.getClientRects().length > 0)
          .map((c) => {
            const box = c.closest('.table-scroll')!.getBoundingClientRect();
            const bars = [...c.querySelectorAll('rect.bar')].map((b) => b.getBoundingClientRect());
            return { inName: !!c.closest('th'), bars: bars.length, inside: bars.every((b) => b.left >= box.left - 1 && b.right <= box.right + 1) };
          }),
      );
      expect(charts.length).toBeGreaterThan(0);
      expect(charts.every((c) => c.inName && c.bars === 3 && c.inside)).toBe(true);
      expect(
        await panel()
          .locator('.table-scroll')
          .first()
          .evaluate((t) => t.scrollWidth <= t.clientWidth + 1),
      ).toBe(true);
      // A status's rule: a title is never seen without a mouse, so a tap shows it under the word.
      const status = panel().locator('tr.status-row .status-toggle').first();
      await status.scrollIntoViewIfNeeded();
      await status.tap();
      const rule = panel().locator('[data-testid="status-rule"]').first();
      await rule.waitFor();
      expect(await status.getAttribute('aria-expanded')).toBe('true');
      expect(await rule.innerText()).toMatch(lang === 'zh' ? /目标/ : /target/);
      // In a row of its own across the table, not down the narrow year column (~90 px on a phone).
      expect(await rule.innerText()).toMatch(/^20(19|20|21)\b/);
      const ruleBox = (await rule.boundingBox())!;
      expect(ruleBox.width).toBeGreaterThan(200);
      // All of it readable without scrolling the table sideways.
      const scrollBox = (await rule.evaluate((r) => r.closest('.table-scroll')!.getBoundingClientRect().right)) as number;
      expect(ruleBox.x + ruleBox.width).toBeLessThanOrEqual(scrollBox + 1);
      expect(await status.getAttribute('aria-controls')).toBe(await rule.evaluate((r) => r.closest('td')!.id));
      await rule.scrollIntoViewIfNeeded();
      await shot(s.page, `phone-status-rule-${lang}`);
      await status.tap();
      await rule.waitFor({ state: 'detached' });
      await shot(s.page, `phone-focus-${lang}`);
      // Scrolled down the panel, a new selection starts at its title.
      await panel().evaluate((p) => {
        p.scrollTop = p.scrollHeight;
      });
      await panel().locator('button.feature[data-id]').last().tap();
      await s.page.waitForFunction(() => location.hash.includes('select='));
      await s.page.waitForFunction(() => document.querySelector('[data-testid="side-panel"]')!.scrollTop === 0);
      const title = (await panel().locator('#details-title').boundingBox())!;
      const pbox = (await panel().boundingBox())!;
      expect(title.y).toBeGreaterThanOrEqual(pbox.y);
      expect(title.y + title.height).toBeLessThanOrEqual(pbox.y + pbox.height);
      // The reader: contents behind a button, the text at least 300 px wide.
      const open = panel().locator('.passage button.link', { hasText: OPEN_READER[lang] }).first();
      await open.scrollIntoViewIfNeeded();
      await open.tap();
      const text = s.page.locator('[data-testid="plan-reader"] .reader-text');
      await text.waitFor();
      expect((await text.boundingBox())!.width).toBeGreaterThanOrEqual(300);
      expect(await s.page.locator('#reader-toc').isVisible()).toBe(false);
      await shot(s.page, `phone-reader-${lang}`);
      await s.page.tap('.toc-toggle');
      expect(await s.page.locator('#reader-toc').isVisible()).toBe(true);
      await s.page.locator('#reader-toc button').nth(3).tap();
      expect(await s.page.locator('#reader-toc').isVisible()).toBe(false);
      expect((await text.boundingBox())!.width).toBeGreaterThanOrEqual(300);
    }
  });

  it('the English quote marks the place’s name, as the Chinese one does', async () => {
    for (const [lang, words] of [
      ['zh', '中新广州知识城'],
      ['en', 'China-Singapore Guangzhou Knowledge City'],
    ] as const) {
      await openApp(s, `select=zhongxin-guangzhou-knowledge-city&lang=${lang}`);
      const mark = panel().locator(`[data-testid="passage-${lang}"] mark`).first();
      await mark.waitFor();
      expect(await mark.innerText()).toBe(words);
    }
    // A target's quote in English marks the indicator as the translation words it.
    await openApp(s, 'focus=A1-T3&lang=en');
    const mark = panel().locator('[data-testid="passage-en"] mark').first();
    await mark.waitFor();
    expect((await mark.innerText()).toLowerCase()).toBe('state key laboratories');
    await mark.scrollIntoViewIfNeeded();
    await shot(s.page, 'phone-target-passage-en');
  });

  it('the scorecard’s map legend is one folded line that a tap unfolds', async () => {
    for (const lang of ['zh', 'en'] as const) {
      await openApp(s, `mode=scorecard&year=2021&lang=${lang}`);
      const legend = s.page.locator('[data-testid="status-map-legend"]');
      await legend.waitFor();
      const map = (await s.page.locator('[data-testid="map"]').boundingBox())!;
      const folded = (await legend.boundingBox())!;
      // Folded: its title and each mark's symbol and count, a small part of the map.
      expect(folded.height * folded.width).toBeLessThan(0.25 * map.height * map.width);
      expect(await legend.locator('.legend-compact').isVisible()).toBe(true);
      expect(await legend.locator('li').first().isVisible()).toBe(false);
      await shot(s.page, `phone-scorecard-legend-${lang}`);
      await legend.locator('.legend-fold > summary').tap();
      await legend.locator('li').first().waitFor({ state: 'visible' });
      expect(await legend.locator('li').count()).toBe(4);
      await shot(s.page, `phone-scorecard-legend-open-${lang}`);
      await legend.locator('.legend-fold > summary').tap();
      await legend.locator('li').first().waitFor({ state: 'hidden' });
    }
  });

  it('Present frames the whole Guangzhou corridor with room at both sides for its end places’ names', async () => {
    await s.page.emulateMedia({ reducedMotion: 'reduce' });
    for (const lang of ['zh', 'en'] as const) {
      await openApp(s, `mode=present&chapter=20&lang=${lang}`);
      await waitForHooks(s.page, ({ w }) => w.__present?.kind === 'corridor');
      await waitForMapIdle(s.page);
      const xs = await hooks(s.page, ({ w }) => {
        const p = w.__present!;
        return [w.__hub.map.project([p.subject[0], p.subject[1]]).x, w.__hub.map.project([p.subject[2], p.subject[3]]).x];
      });
      // A third of the screen's width at each side (chapterCamera.ts): a name ~5 characters a line fits there.
      expect(Math.min(...xs)).toBeGreaterThanOrEqual(390 * 0.28);
      expect(Math.max(...xs)).toBeLessThanOrEqual(390 * 0.72);
      // And the two end places the card names are named on the map (among the others' markers no side of
      // them was free, so they went unnamed): each on the side away from the route, within the screen.
      const named = await hooks(s.page, ({ w }) => w.__hub.map.placedLabels('present-named-label'));
      expect(named.map((l) => l.id).sort(), lang).toEqual(['node-airport-economic-zone', 'node-baietan-modern-services-cluster']);
      expect(named.every((l) => l.x > 0 && l.x < 390)).toBe(true);
      // Whole: no name reaches the screen's edge (an English name's widest line is wider than its
      // Chinese one; the camera leaves the room it takes: chapterCamera.ts).
      await expect(hooks(s.page, ({ w }) => w.__hub.map.labelsAtEdges('present-named-label'))).resolves.toEqual([]);
      // The card's text: in Chinese it fits; in English it goes on below the card's box, whose bottom
      // then fades out until it is scrolled to the end.
      const more = s.page.locator('[data-testid="present-more"]');
      if (lang === 'zh') expect(await more.getAttribute('class')).not.toMatch(/\bon\b/);
      else await expect.poll(() => more.getAttribute('class')).toMatch(/\bon\b/);
      const file = await shot(s.page, `phone-present-corridor-${lang}`);
      if (lang === 'en') {
        await s.page.locator('[data-testid="present-scroll"]').evaluate((el) => el.scrollTo(0, el.scrollHeight));
        await expect.poll(() => more.getAttribute('class')).not.toMatch(/\bon\b/);
        await s.page.locator('[data-testid="present-scroll"]').evaluate((el) => el.scrollTo(0, 0));
      }
      // The map shows above the card. When the card's own box scrolled (English here, its text taller than
      // its room), Chromium left a hole of the page's background there the map's size (present.css).
      const top = (await s.page.locator('.present-card').boundingBox())!.y;
      const band = { x: 3 * 20, y: Math.round(3 * (top - 90)), width: 3 * 40, height: 3 * 60 };
      const px = await pngPixels(s.page, readFileSync(file), band);
      const background = px.filter(([r, g, b]) => r === 250 && g === 250 && b === 249).length;
      expect(background / px.length, `${lang}: page background above the card`).toBeLessThan(0.2);
    }
    await s.page.emulateMedia({ reducedMotion: null });
  });

  it('Present’s results chapters take the phone’s width, with nothing cut at the side', async () => {
    await s.page.emulateMedia({ reducedMotion: 'reduce' });
    for (const lang of ['zh', 'en'] as const) {
      // Action 3's results: a reported figure in large type beside a target with none.
      await openApp(s, `mode=present&chapter=${resultChapter('A3')}&lang=${lang}`);
      await waitForHooks(s.page, ({ w }) => w.__present?.kind === 'result');
      await waitForMapIdle(s.page);
      const m = await s.page.locator('.present-card').evaluate((card) => {
        const scroll = card.querySelector<HTMLElement>('.present-scroll')!;
        const right = card.getBoundingClientRect().right;
        const cut = [...card.querySelectorAll<HTMLElement>('.present-result *')].filter((e) => e.getBoundingClientRect().right > right + 1).length;
        return { width: card.getBoundingClientRect().width, sideways: scroll.scrollWidth - scroll.clientWidth, cut };
      });
      // A big screen's results card is half its width; a phone's is all of it (less the margins).
      expect(m.width, lang).toBeGreaterThan(0.9 * 390);
      expect(m.sideways, lang).toBeLessThanOrEqual(1);
      expect(m.cut, lang).toBe(0);
      await shot(s.page, `phone-present-result-${lang}`);
    }
    await s.page.emulateMedia({ reducedMotion: null });
  });
});
