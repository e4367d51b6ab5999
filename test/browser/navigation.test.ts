// Navigating like a browser: Back/Forward through a journey, links pasted into an open tab, the view
// in the link, unknown filter values, the bounded notice, focus return, search of districts and
// synonyms, the filter chips, the List order. Each test waits for states (hash, attributes, idle map).
import { describe, it, expect } from 'vitest';
import { browserPerFile, openApp, waitForMapIdle, shot, MAP_READY_TIMEOUT, hooks, hashOf, panelTitleOf } from './harness.ts';

const s = browserPerFile();

const hash = () => hashOf(s.page);
const panelTitle = () => panelTitleOf(s.page);
const waitHash = (pred: string) => s.page.waitForFunction((p) => new RegExp(p).test(decodeURIComponent(location.hash)), pred);
const waitHashIs = (h: string) => s.page.waitForFunction((h) => location.hash === h, h);

/** Where a lon/lat lands on the map, relative to the map's box (0..1 on each axis). */
async function where(lonLat: [number, number]): Promise<{ fx: number; fy: number }> {
  return hooks(
    s.page,
    ({ w, arg }) => {
      const p = w.__hub.map.project(arg);
      const el = document.querySelector('[data-testid="map"]')!;
      return { fx: p.x / el.clientWidth, fy: p.y / el.clientHeight };
    },
    lonLat,
  );
}
const anchorOf = (id: string) => hooks(s.page, ({ w, arg: id }) => w.__hub.anchors[id]!, id);

describe('Back and Forward', () => {
  it('go through a journey of six steps and restore each exactly', async () => {
    await openApp(s, 'lang=en');
    const steps: Array<{ hash: string; check: () => Promise<void> }> = [];
    const record = async (check: () => Promise<void>) => {
      await waitForMapIdle(s.page);
      await check();
      steps.push({ hash: await hash(), check });
    };
    await record(async () => expect(await panelTitle()).toBe('The eight actions'));

    // 1. an action
    await s.page.getByRole('button', { name: /Upgrade Major Basic/ }).click();
    await waitHash('focus=A1');
    await record(async () => {
      expect(await s.page.locator('.focus-badge').count()).toBe(1);
      expect(await hash()).toContain('focus=A1');
    });
    // 2. a place among its features
    await s.page.locator('[data-testid="side-panel"] ul.features button[data-id="node-guangzhou-international-bio-island"]').click();
    await waitHash('select=node-guangzhou-international-bio-island');
    await record(async () => expect(await panelTitle()).toMatch(/Bio Island/));
    // 3. its district as a filter
    await s.page.locator('[data-testid="side-panel"] dl.facts button', { hasText: 'Haizhu' }).click();
    await waitHash('districts=海珠区');
    await record(async () => expect(await s.page.locator('[data-testid="filter-chips"] .fchip').count()).toBe(1));
    // 4. the plan reader at its passage
    await s.page.getByRole('button', { name: 'Open in the plan reader' }).first().click();
    await waitHash('line=');
    // The reader is its own chunk, which may still be on its way when the hash has changed.
    await s.page.locator('[data-testid="plan-reader"]').waitFor({ timeout: MAP_READY_TIMEOUT });
    await record(async () => expect(await s.page.locator('[data-testid="plan-reader"]').count()).toBe(1));
    // 5. another mode
    await s.page.locator('[data-testid="plan-reader"] button.close').click();
    await waitHash('^((?!line=).)*$');
    await s.page.getByRole('button', { name: 'Districts', exact: true }).click();
    await waitHash('mode=districts');
    await record(async () => expect(await s.page.locator('.app').getAttribute('data-mode')).toBe('districts'));

    // Each step pushed exactly one entry (closing the reader one more).
    const length = await s.page.evaluate(() => history.length);
    // about:blank + the start + 6 pushes (five steps and the reader's close).
    expect(length).toBe(2 + 6);

    // Back: closing the reader is an entry of its own, then each recorded step in turn.
    const backTo = async (i: number) => {
      await s.page.goBack();
      await waitHashIs(steps[i]!.hash);
      await waitForMapIdle(s.page);
      await steps[i]!.check();
      // Restored exactly: the view too, so nothing rewrote the entry.
      expect(await hash()).toBe(steps[i]!.hash);
    };
    await s.page.goBack();
    await waitHash('^((?!mode=).)*$');
    expect(await s.page.locator('[data-testid="plan-reader"]').count()).toBe(0);
    await backTo(4);
    await backTo(3);
    await backTo(2);
    await backTo(1);
    await backTo(0);
    // Forward again, to the reader.
    for (const i of [1, 2, 3, 4]) {
      await s.page.goForward();
      await waitHashIs(steps[i]!.hash);
      await waitForMapIdle(s.page);
      await steps[i]!.check();
    }
    expect(s.errors).toEqual([]);
  });

  it("the panel's Back is the browser's: it returns to the previous screen, and never leaves the app", async () => {
    await openApp(s, 'lang=en&select=guangzhou-science-city');
    // A deep link has no earlier entry of ours: Back closes the panel instead of leaving.
    await s.page.locator('[data-testid="side-panel"] button.back').click();
    await s.page.waitForFunction(() => !location.hash.includes('select='));
    expect(await s.page.evaluate(() => location.href)).toContain(s.baseUrl);
    expect(await panelTitle()).toBe('The eight actions');
    // Now: overview → action → place; Back twice returns to the action, then to the overview.
    await s.page.getByRole('button', { name: /Upgrade Major Basic/ }).click();
    await waitHash('focus=A1');
    await s.page.locator('[data-testid="side-panel"] ul.features button').first().click();
    await waitHash('select=');
    await s.page.locator('[data-testid="side-panel"] button.back').click();
    await s.page.waitForFunction(() => !location.hash.includes('select=') && location.hash.includes('focus=A1'));
    await s.page.locator('[data-testid="side-panel"] button.back').click();
    await s.page.waitForFunction(() => !location.hash.includes('focus='));
    expect(await panelTitle()).toBe('The eight actions');
  });
});

describe('links pasted into an open tab', () => {
  it('a pasted selection wins over a write of the older state that comes before its event', async () => {
    await openApp(s, 'lang=zh');
    // Paste, and in the same task make the app write its (older) state, as a moveend would.
    await s.page.evaluate(() => {
      location.hash = '#select=node-guangzhou-international-bio-island&lang=zh';
      document.querySelector<HTMLButtonElement>('.lang-switch button[lang="en"]')!.click();
    });
    await waitHash('select=node-guangzhou-international-bio-island');
    await waitForMapIdle(s.page);
    // The pasted selection stands; the click that came after it applies on top of it.
    expect(await hash()).toMatch(/lang=en/);
    expect(await panelTitle()).toMatch(/Bio Island/);
    await s.page.reload();
    await waitForMapIdle(s.page);
    expect(await panelTitle()).toMatch(/Bio Island/);
  });

  it('a pasted view moves the map, and the next pan does not undo it', async () => {
    await openApp(s, 'lang=en');
    await s.page.evaluate(() => {
      location.hash = '#view=113.2,22.9,11';
    });
    await waitHash('view=113.2,22.9,11');
    await waitForMapIdle(s.page);
    const c = await where([113.2, 22.9]);
    expect(Math.abs(c.fx - 0.5)).toBeLessThan(0.02);
    expect(Math.abs(c.fy - 0.5)).toBeLessThan(0.02);
    expect(await hash()).toContain('view=113.2,22.9,11');
    // A small pan from there moves on from the pasted view (it does not jump back to the old one).
    const box = (await s.page.locator('[data-testid="map"]').boundingBox())!;
    await s.page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await s.page.mouse.down();
    await s.page.mouse.move(box.x + box.width / 2 - 60, box.y + box.height / 2, { steps: 5 });
    await s.page.mouse.up();
    await s.page.waitForFunction(() => !location.hash.includes('view=113.2,22.9,11'));
    await waitForMapIdle(s.page);
    const [lon, lat, zoom] = /view=([^&]+)/
      .exec(await hash())![1]!
      .split(',')
      .map(Number);
    expect(lon).toBeGreaterThan(113.2);
    expect(lon).toBeLessThan(113.4);
    expect(Math.abs(lat! - 22.9)).toBeLessThan(0.05);
    expect(zoom).toBe(11);
  });

  it('a reload during the framing flight reopens on the new selection', async () => {
    await openApp(s, 'lang=en&view=113.45,23.12,8.6');
    const id = 'south-china-normal-university';
    await s.page.evaluate((id) => {
      const w = window as unknown as { __flightHash?: string };
      document.querySelector<HTMLButtonElement>('[aria-controls="list-drawer"]')!.click();
      // Select and read the link in the same task, i.e. long before the flight ends.
      queueMicrotask(() => {
        document.querySelector<HTMLButtonElement>(`[data-testid="feature-list"] button[data-id="${id}"]`)!.click();
        w.__flightHash = location.hash;
      });
    }, id);
    await s.page.waitForFunction(() => (window as unknown as { __flightHash?: string }).__flightHash !== undefined);
    const flight = await s.page.evaluate(() => (window as unknown as { __flightHash: string }).__flightHash);
    expect(flight).toContain(`select=${id}`);
    expect(flight).not.toContain('view=113.45,23.12,8.6');
    await s.page.reload();
    await waitForMapIdle(s.page);
    expect(await panelTitle()).toBe('South China Normal University');
    const p = await where(await anchorOf(id));
    expect(p.fx).toBeGreaterThan(0.1);
    expect(p.fx).toBeLessThan(0.9);
    expect(p.fy).toBeGreaterThan(0.1);
    expect(p.fy).toBeLessThan(0.9);
  });
});

describe('unknown values in a link', () => {
  it('are dropped and named, and the map still shows every place', async () => {
    await openApp(s, 'lang=en&kinds=nonexistent&actions=A99&units=nobody&groups=zzz&districts=%E5%8C%97%E4%BA%AC%E5%8C%BA');
    const notice = await s.page.locator('[data-testid="ignored-notice"]').innerText();
    for (const bit of [
      'Ignored invalid link parameters: 5',
      'kinds: unknown "nonexistent"',
      'actions: unknown "A99"',
      'units: unknown "nobody"',
      'groups: unknown "zzz"',
      'districts: unknown "北京区"',
    ]) {
      expect(notice).toContain(bit);
    }
    expect(await hash()).not.toMatch(/kinds=|actions=|units=|groups=|districts=/);
    const drawn = await hooks(s.page, ({ w }) => w.__hub.map.renderedKinds().length);
    expect(drawn).toBeGreaterThan(20);
    expect(await s.page.locator('[data-testid="filter-chips"]').count()).toBe(0);
  });

  it('400 unknown keys give a bounded notice whose × stays reachable', async () => {
    const bad = Array.from({ length: 400 }, (_, i) => `junk${i}=1`).join('&');
    await openApp(s, `lang=en&${bad}`);
    const notice = s.page.locator('[data-testid="ignored-notice"]');
    expect(await notice.innerText()).toContain('Ignored invalid link parameters: 400');
    const nb = (await notice.boundingBox())!;
    expect(nb.height).toBeLessThan(130);
    const mb = (await s.page.locator('[data-testid="map"]').boundingBox())!;
    expect(mb.height).toBeGreaterThan(400);
    // The list scrolls inside the notice.
    const scrolls = await s.page.locator('.ignored-list').evaluate((el) => el.scrollHeight > el.clientHeight);
    expect(scrolls).toBe(true);
    await shot(s.page, 'navigation-400-bad-keys');
    const close = notice.getByRole('button', { name: 'Close' });
    const cb = (await close.boundingBox())!;
    expect(cb.y + cb.height).toBeLessThan(nb.y + nb.height + 1);
    await close.click();
    expect(await notice.count()).toBe(0);
  });
});

describe('focus goes back to what opened it', () => {
  it('after the panel closes, and after the reader closes; Esc closes the List', async () => {
    await openApp(s, 'lang=en');
    const action = s.page.getByRole('button', { name: /Upgrade Major Basic/ });
    await action.click();
    await waitHash('focus=A1');
    await s.page.locator('[data-testid="side-panel"] button.back').click();
    await s.page.waitForFunction(() => !location.hash.includes('focus='));
    await s.page.waitForFunction(() => document.activeElement?.textContent?.includes('Upgrade Major Basic') ?? false);

    // Reader: opened from a passage, closed with Esc → the passage's button again.
    await openApp(s, 'lang=en&select=guangzhou-science-city');
    const opener = s.page.getByRole('button', { name: 'Open in the plan reader' }).first();
    await opener.focus();
    await s.page.keyboard.press('Enter');
    await s.page.locator('[data-testid="plan-reader"]').waitFor();
    await s.page.keyboard.press('Escape');
    await s.page.locator('[data-testid="plan-reader"]').waitFor({ state: 'detached' });
    await s.page.waitForFunction(() => document.activeElement?.textContent === 'Open in the plan reader');
    // The selection is still there (Esc closed only the reader).
    expect(await hash()).toContain('select=guangzhou-science-city');

    // The List: a place picked in it, Esc closes the place (focus back on its list entry), a second
    // Esc closes the List (focus back on the List button).
    await s.page.getByRole('button', { name: 'List' }).click();
    const entry = s.page.locator('[data-testid="feature-list"] button.feature[data-id="south-china-normal-university"]');
    await entry.focus();
    await s.page.keyboard.press('Enter');
    await waitHash('select=south-china-normal-university');
    await s.page.keyboard.press('Escape');
    await s.page.waitForFunction(() => !location.hash.includes('select='));
    await s.page.waitForFunction(() => document.activeElement?.getAttribute('data-id') === 'south-china-normal-university');
    await s.page.keyboard.press('Escape');
    await s.page.locator('[data-testid="feature-list"]').waitFor({ state: 'detached' });
    expect(await s.page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).toBe('list-drawer');
  });
});

describe('search', () => {
  it('finds a district by Chinese or English name and frames it', async () => {
    await openApp(s, 'lang=en');
    const input = s.page.getByRole('combobox');
    await input.fill('Huangpu');
    const first = s.page.locator('#search-results [role="option"]').first();
    await expect(first.innerText()).resolves.toMatch(/Huangpu District[\s\S]*黄埔区[\s\S]*District/);
    await shot(s.page, 'navigation-search-district');
    await input.press('Enter');
    await waitHash('districts=黄埔区');
    await waitForMapIdle(s.page);
    expect(await s.page.locator('[data-testid="filter-chips"] .fchip').innerText()).toMatch(/Huangpu District/);
    const p = await where(await anchorOf('zhongxin-guangzhou-knowledge-city'));
    expect(p.fx).toBeGreaterThan(0);
    expect(p.fx).toBeLessThan(1);
    expect(p.fy).toBeGreaterThan(0);
    expect(p.fy).toBeLessThan(1);

    await openApp(s, 'lang=zh');
    await s.page.getByRole('combobox').fill('黄埔');
    await expect(s.page.locator('#search-results [role="option"]').first().innerText()).resolves.toMatch(/^黄埔区/);
  });

  it('finds the bio island by English words and synonyms', async () => {
    await openApp(s, 'lang=en');
    const input = s.page.getByRole('combobox');
    for (const q of ['biological island', 'bio island']) {
      await input.fill(q);
      await expect(s.page.locator('#search-results [role="option"]').first().innerText()).resolves.toMatch(/Bio Island/);
    }
    await input.press('Enter');
    await waitHash('select=node-guangzhou-international-bio-island');
    expect(await panelTitle()).toMatch(/Bio Island/);
  });
});

describe('active filters', () => {
  it('show as chips over the map, each with its ×, and clear all; counts say "of N"', async () => {
    await openApp(s, 'lang=en&kinds=university,lab&districts=%E5%A4%A9%E6%B2%B3%E5%8C%BA');
    const chips = s.page.locator('[data-testid="filter-chips"] .fchip');
    expect(await chips.count()).toBe(3);
    expect(await s.page.locator('[data-testid="filter-chips"]').innerText()).toMatch(/University[\s\S]*Tianhe District/);
    // The overview says how many of each action's places the filters leave.
    expect(await s.page.locator('ol.actions .count').first().innerText()).toMatch(/^\d+ of \d+ places$/);
    await shot(s.page, 'navigation-filter-chips');
    await s.page.getByRole('button', { name: /Remove filter: University/ }).click();
    await s.page.waitForFunction(() => !location.hash.includes('university'));
    expect(await chips.count()).toBe(2);
    await s.page.getByRole('button', { name: 'Clear all' }).click();
    await s.page.waitForFunction(() => !/kinds=|districts=/.test(location.hash));
    expect(await s.page.locator('[data-testid="filter-chips"]').count()).toBe(0);
    expect(await s.page.locator('ol.actions .count').first().innerText()).toMatch(/^\d+ places$/);
  });

  it('a unit filter frames what it leaves; the List puts places first and corridor segments after', async () => {
    await openApp(s, 'lang=en&view=113.2,22.5,12');
    await s.page.getByRole('button', { name: 'Layers & filters' }).click();
    await s.page.locator('[data-testid="filters"] select').nth(1).selectOption('gz-iitb');
    await waitHash('units=gz-iitb');
    await waitForMapIdle(s.page);
    await s.page.getByRole('button', { name: 'List' }).click();
    const listed = await s.page.evaluate(() =>
      [...document.querySelectorAll('[data-testid="feature-list"] button[data-id]')].map((b) => b.getAttribute('data-id')!),
    );
    const anchors = await hooks(s.page, ({ w }) => w.__hub.anchors);
    const sited = listed.filter((id) => anchors[id]);
    expect(sited.length).toBeGreaterThan(5);
    for (const id of sited) {
      const p = await where(anchors[id]!);
      expect(p.fx, id).toBeGreaterThan(-0.01);
      expect(p.fx, id).toBeLessThan(1.01);
      expect(p.fy, id).toBeGreaterThan(-0.01);
      expect(p.fy, id).toBeLessThan(1.01);
    }
    // The corridor segment(s) come after every place, under the last heading.
    const isCorridor = (id: string) => /-\d\d$/.test(id) && !anchors[id];
    const corridorAt = listed.findIndex(isCorridor);
    expect(listed[corridorAt]).toBe('guang-fo-01');
    expect(corridorAt).toBeGreaterThan(0);
    expect(listed.slice(corridorAt).every(isCorridor)).toBe(true);
    const headings = await s.page.locator('[data-testid="feature-list"] h3').allInnerTexts();
    expect(headings.at(-1)).toMatch(/Innovation corridors/);
  });
});

describe("a place's plan passage", () => {
  it('is the whole sentence or clause that names it, with its line numbers', async () => {
    await openApp(s, 'lang=zh&select=guangzhou-university-town');
    const fig = s.page.locator('[data-testid="side-panel"] figure.passage').first();
    const quote = await fig.locator('blockquote').innerText();
    expect(quote).toContain('广州大学城');
    expect(quote).toMatch(/[。；]$/);
    // It starts where the sentence starts (after the 。 inside line 201), not mid-phrase at line 207.
    expect(quote.startsWith('围绕粤港澳大湾区国际科技创新中心建设总体要求')).toBe(true);
    expect(await fig.locator('figcaption span').innerText()).toBe('第 201–207 行');
  });
});
