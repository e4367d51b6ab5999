// The Present screen in real Chromium: no editing chrome, chapters by keyboard/clicker, buttons and
// swipes, the camera flown per chapter, the chapter in the URL, autoplay, and large sharp type.
import { describe, it, expect } from 'vitest';
import type { Page } from 'playwright-core';
import { openBrowser, openApp, waitForMapIdle, shot, hooks, waitForHooks, MAP_READY_TIMEOUT, type HookWindow, browserPerFile } from './harness.ts';
import { TOTAL, TOUR, CLOSING, resultChapter } from './tourChapters.ts';
import { MARK_CODE } from '../../src/plan/statusMap.ts';
import { englishProse } from '../../src/plan/scriptRuns.ts';

const s = browserPerFile({ width: 1920, height: 1080 });

const hash = (page: Page = s.page) => page.evaluate(() => location.hash);
const viewOf = (h: string) => /view=([^&]+)/.exec(h)?.[1];
const title = (page: Page = s.page) => page.locator('[data-testid="present-title"]').innerText();
const counter = (page: Page = s.page) => page.locator('[data-testid="present-counter"]').innerText();
const waitHash = (re: RegExp, page: Page = s.page, timeout = 15_000) =>
  page.waitForFunction((src) => new RegExp(src).test(location.hash), re.source, { timeout });

/** Until the camera has stopped: the map idle, and the view in the URL the same twice running. */
async function settle(page: Page = s.page): Promise<void> {
  let last = '';
  for (let i = 0; i < 30; i++) {
    await waitForMapIdle(page);
    await page.waitForTimeout(400);
    const v = viewOf(await hash(page)) ?? '';
    if (v && v === last && (await page.locator('[data-testid="map"]').getAttribute('data-idle')) === 'true') return;
    last = v;
  }
  throw new Error('the map did not settle');
}

describe('Present', () => {
  it('hides the editing chrome and opens on chapter 1: the plan', async () => {
    await openApp(s, 'mode=present&lang=en');
    await settle();
    expect(await s.page.locator('.top-bar').isVisible()).toBe(false);
    expect(await s.page.locator('[data-testid="side-panel"]').isVisible()).toBe(false);
    expect(await s.page.locator('.maplibregl-ctrl-bottom-right').isVisible()).toBe(false);
    expect(await counter()).toBe(`1 / ${TOTAL}`);
    expect(await title()).toMatch(/^Three-Year Action Plan/);
    const card = await s.page.locator('.present-card').innerText();
    expect(card).toContain('Draft for comment');
    expect(card).toContain('3.1%');
    expect(card).toMatch(/about\s*65%/);
    expect(card).toContain('plan lines 111–115');
    expect(await hash()).toContain('chapter=1');
    expect(await s.page.getByRole('progressbar').getAttribute('aria-valuenow')).toBe('1');
    expect(s.errors).toEqual([]);
    await shot(s.page, 'present-ch1-en-1920');
  });

  it('ArrowRight twice goes to chapter 3 and flies there; PageUp goes back', async () => {
    await openApp(s, 'mode=present&lang=en');
    await settle();
    const before = await hash();
    const firstTitle = await title();
    await s.page.keyboard.press('ArrowRight');
    await s.page.keyboard.press('ArrowRight');
    await waitHash(/chapter=3(&|$)/);
    expect(await counter()).toBe(`3 / ${TOTAL}`);
    expect(await title()).not.toBe(firstTitle);
    expect(await title()).toBe('Guangzhou Science City');
    await settle();
    const after = await hash();
    expect(viewOf(after)).toBeDefined();
    expect(viewOf(after)).not.toBe(viewOf(before));
    // The chapter's place is selected, so the map highlights it.
    expect(after).toContain('select=guangzhou-science-city');
    const zoom = Number(viewOf(after)!.split(',')[2]);
    expect(zoom).toBeGreaterThanOrEqual(10.5);
    expect(zoom).toBeLessThanOrEqual(12.5);
    await shot(s.page, 'present-ch3-en-1920');
    await s.page.keyboard.press('PageUp');
    await waitHash(/chapter=2(&|$)/);
    expect(await title()).toBe('China-Singapore Guangzhou Knowledge City');
    await s.page.keyboard.press('PageDown');
    await waitHash(/chapter=3(&|$)/);
    await s.page.keyboard.press('End');
    await waitHash(new RegExp(`chapter=${TOTAL}(&|$)`));
    await s.page.keyboard.press('Home');
    await waitHash(/chapter=1(&|$)/);
    expect(s.errors).toEqual([]);
  });

  it('Escape returns to Explore, with the top bar back', async () => {
    await openApp(s, 'mode=present&lang=en&chapter=4');
    expect(await s.page.locator('.top-bar').isVisible()).toBe(false);
    await s.page.keyboard.press('Escape');
    await s.page.waitForFunction(() => !location.hash.includes('mode=present'));
    expect(await s.page.locator('.top-bar').isVisible()).toBe(true);
    expect(await s.page.locator('[data-testid="present"]').count()).toBe(0);
    expect(await hash()).not.toContain('chapter=');
    // Its listeners went with it: arrows no longer turn chapters.
    await s.page.keyboard.press('ArrowRight');
    expect(await hash()).not.toContain('mode=present');
  });

  it('a deep link past the end opens the last chapter', async () => {
    const last = TOUR.at(-1)!;
    await openApp(s, 'mode=present&chapter=999&lang=zh');
    expect(await counter()).toBe(`${TOTAL} / ${TOTAL}`);
    await waitHash(new RegExp(`chapter=${TOTAL}(&|$)`));
    expect(await title()).toBe(last.title.zh);
    await openApp(s, `mode=present&chapter=${TOTAL + 6}&lang=zh`);
    expect(await counter()).toBe(`${TOTAL} / ${TOTAL}`);
    await waitHash(new RegExp(`chapter=${TOTAL}(&|$)`));
  });

  it('chapter 24 is still the close (the results come after it), so older links keep their meaning', async () => {
    await openApp(s, 'mode=present&chapter=24&lang=zh');
    expect(await title()).toContain('三城一区');
    expect(await s.page.locator('.present-card').innerText()).toContain('规划第 199–230 行');
  });

  it('says “inferred” in large type, and honestly when a node has no known site', async () => {
    await openApp(s, 'mode=present&lang=en&chapter=19');
    await settle();
    const nosite = await s.page.locator('[data-testid="present-nosite"]').innerText();
    expect(nosite).toMatch(/No site known/i);
    expect(nosite).toMatch(/shows its district, Zengcheng District/);
    const inferred = s.page.locator('.present-inferred strong');
    expect(await inferred.innerText()).toMatch(/inferred/i);
    const big = await inferred.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(big).toBeGreaterThanOrEqual(30);
    await shot(s.page, 'present-nosite-en-1920');
  });

  it('is large at 1920 × 1080: title ≥ 40 px, body ≥ 20 px', async () => {
    await openApp(s, 'mode=present&lang=zh&chapter=7');
    const sizes = await s.page.evaluate(() => ({
      title: parseFloat(getComputedStyle(document.querySelector('.present-title')!).fontSize),
      body: parseFloat(getComputedStyle(document.querySelector('.present-body li')!).fontSize),
      cite: parseFloat(getComputedStyle(document.querySelector('.present-cite')!).fontSize),
    }));
    expect(sizes.title).toBeGreaterThanOrEqual(40);
    expect(sizes.body).toBeGreaterThanOrEqual(20);
    expect(sizes.cite).toBeGreaterThanOrEqual(16);
    await settle();
    await shot(s.page, 'present-ch7-zh-1920');
    await openApp(s, 'mode=present&lang=zh&chapter=1');
    await settle();
    await shot(s.page, 'present-ch1-zh-1920');
    await openApp(s, 'mode=present&lang=zh&chapter=21');
    await settle();
    await shot(s.page, 'present-ch21-zh-1920');
  });

  it('on-screen buttons work, have names, and fade when the mouse is idle (still reachable by keyboard)', async () => {
    await openApp(s, 'mode=present&lang=en');
    await s.page.mouse.move(500, 300);
    const next = s.page.getByRole('button', { name: 'Next chapter' });
    await next.click();
    await waitHash(/chapter=2(&|$)/);
    await s.page.getByRole('button', { name: 'Previous chapter' }).click();
    await waitHash(/chapter=1(&|$)/);
    for (const name of ['Autoplay', 'Full screen', 'Exit presentation', 'Switch to Chinese']) {
      expect(await s.page.getByRole('button', { name }).count()).toBe(1);
    }
    const controls = s.page.locator('.present-controls');
    // The mouse leaves the buttons, then rests.
    await s.page.mouse.move(500, 300);
    await s.page.waitForFunction(() => document.querySelector('.present-controls')?.classList.contains('idle'), undefined, { timeout: MAP_READY_TIMEOUT });
    await s.page.waitForTimeout(800);
    expect(Number(await controls.evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(0.1);
    // Keyboard focus shows them again: Tab into them.
    for (let i = 0; i < 40; i++) {
      await s.page.keyboard.press('Tab');
      if (await s.page.evaluate(() => Boolean(document.activeElement?.closest('.present-controls')))) break;
    }
    await next.focus();
    await s.page.waitForTimeout(800);
    expect(Number(await controls.evaluate((el) => getComputedStyle(el).opacity))).toBe(1);
    // Enter on a focused button presses that button once (not the button and the "next" key).
    await s.page.keyboard.press('Enter');
    await waitHash(/chapter=2(&|$)/);
    await s.page.waitForTimeout(200);
    expect(await hash()).toContain('chapter=2');
    await s.page.getByRole('button', { name: 'Exit presentation' }).click();
    await s.page.waitForFunction(() => !location.hash.includes('mode=present'));
    expect(await s.page.locator('.top-bar').isVisible()).toBe(true);
  });

  it('L switches the language, F asks for full screen without ever throwing, a swipe turns the chapter', async () => {
    await openApp(s, 'mode=present&lang=en&chapter=2');
    await s.page.keyboard.press('l');
    await waitHash(/lang=zh/);
    expect(await title()).toBe('中新广州知识城');
    expect(await s.page.locator('.present-cite').innerText()).toBe('规划第 203 行');
    await s.page.keyboard.press('L');
    await waitHash(/lang=en/);
    await s.page.keyboard.press('f');
    await s.page.waitForTimeout(300);
    await s.page.keyboard.press('f');
    await s.page.waitForTimeout(300);
    // Refused outright (as in an iframe without allowfullscreen): still nothing thrown.
    await s.page.evaluate(() => {
      document.documentElement.requestFullscreen = () => Promise.reject(new TypeError('refused'));
    });
    await s.page.keyboard.press('F');
    await s.page.waitForTimeout(200);
    expect(await hash()).toContain('chapter=2');
    // Swipe left on the card: next chapter; swipe right: back.
    const swipe = (dx: number) =>
      s.page.evaluate((dx) => {
        const card = document.querySelector('.present-card')!;
        const at = (x: number) => new Touch({ identifier: 1, target: card, clientX: x, clientY: 700 });
        card.dispatchEvent(new TouchEvent('touchstart', { changedTouches: [at(500)], bubbles: true }));
        card.dispatchEvent(new TouchEvent('touchend', { changedTouches: [at(500 + dx)], bubbles: true }));
      }, dx);
    await swipe(-200);
    await waitHash(/chapter=3(&|$)/);
    await swipe(200);
    await waitHash(/chapter=2(&|$)/);
    expect(s.errors).toEqual([]);
  });

  it('autoplay advances by itself and loops; A stops it', async () => {
    const a = await openBrowser({ width: 1280, height: 720 });
    try {
      await a.context.addInitScript(() => {
        const w = window as HookWindow & { __chapters: number[] };
        w.__presentIntervalMs = 1200;
        // Every chapter the URL shows, in order.
        w.__chapters = [];
        const replace = history.replaceState.bind(history);
        history.replaceState = (data, unused, url) => {
          const n = /chapter=(\d+)/.exec(String(url ?? ''))?.[1];
          if (n && w.__chapters.at(-1) !== Number(n)) w.__chapters.push(Number(n));
          replace(data, unused, url);
        };
      });
      // Not openApp: a map that flies every 1.2 s is never idle.
      await a.page.goto(`${a.baseUrl}#mode=present&lang=en&autoplay=1&chapter=${TOTAL - 1}`);
      await a.page.locator('[data-testid="present-title"]').waitFor();
      expect(await a.page.getByRole('button', { name: 'Autoplay' }).getAttribute('aria-pressed')).toBe('true');
      await a.page.waitForFunction(() => (window as unknown as { __chapters: number[] }).__chapters.length >= 4, undefined, { timeout: MAP_READY_TIMEOUT });
      // On by itself, and a kiosk loops back to the start.
      const seen = await a.page.evaluate(() => (window as unknown as { __chapters: number[] }).__chapters);
      expect(seen.slice(0, 4)).toEqual([TOTAL - 1, TOTAL, 1, 2]);
      expect(await hash(a.page)).toContain('autoplay=1');
      await a.page.keyboard.press('a');
      await a.page.waitForFunction(() => !location.hash.includes('autoplay=1'));
      const at = await hash(a.page);
      await a.page.waitForTimeout(3_000);
      expect(/chapter=\d+/.exec(await hash(a.page))?.[0]).toBe(/chapter=\d+/.exec(at)?.[0]);
      expect(a.errors).toEqual([]);
    } finally {
      await a.close();
    }
  });

  it('with reduced motion, a link’s autoplay waits until it is turned on by hand', async () => {
    const a = await openBrowser({ width: 1280, height: 720 });
    try {
      await a.page.emulateMedia({ reducedMotion: 'reduce' });
      await a.context.addInitScript(() => {
        (window as HookWindow).__presentIntervalMs = 800;
      });
      await openApp(a, 'mode=present&lang=en&autoplay=1');
      await a.page.waitForTimeout(2_500);
      expect(await hash(a.page)).toContain('chapter=1');
      expect(await a.page.getByRole('button', { name: 'Autoplay' }).getAttribute('aria-pressed')).toBe('false');
      await a.page.keyboard.press('A');
      await waitHash(/chapter=2(&|$)/, a.page);
    } finally {
      await a.close();
    }
  });

  it('is sharp on a 3840 × 2160 screen: type scales up as vector text, the map draws at full resolution', async () => {
    const k = await openBrowser({ width: 3840, height: 2160 });
    try {
      await openApp(k, 'mode=present&lang=en&chapter=20');
      const m = await k.page.evaluate(() => {
        const title = document.querySelector('.present-title')!;
        const canvas = document.querySelector<HTMLCanvasElement>('.maplibregl-canvas')!;
        const card = document.querySelector('.present-card')!;
        return {
          title: parseFloat(getComputedStyle(title).fontSize),
          transform: getComputedStyle(card).transform,
          images: card.querySelectorAll('img, canvas').length,
          canvasRatio: canvas.width / canvas.clientWidth,
          dpr: devicePixelRatio,
        };
      });
      expect(m.title).toBeGreaterThanOrEqual(80);
      expect(m.transform).toBe('none');
      expect(m.images).toBe(0);
      expect(m.canvasRatio).toBeCloseTo(Math.min(m.dpr, 2), 5);
      await shot(k.page, 'present-ch20-en-3840');
      expect(k.errors).toEqual([]);
    } finally {
      await k.close();
    }
  });
});

describe('Present: the results', () => {
  const results = TOUR.filter((c) => c.kind === 'result');

  it('per action after the close: the 2021 targets against what was reported, the status as symbol and word in large type, the figure at its value with reduced motion, sources small, the places ringed on the map', async () => {
    const a = await openBrowser({ width: 1920, height: 1080 });
    try {
      await a.page.emulateMedia({ reducedMotion: 'reduce' });
      expect(results.length).toBe(8);
      expect(resultChapter('A1')).toBe(CLOSING + 1);
      const n = resultChapter('A3');
      await openApp(a, `mode=present&lang=en&chapter=${n}`);
      await settle(a.page);
      expect(await counter(a.page)).toBe(`${n} / ${TOTAL}`);
      expect(await a.page.locator('.present-card').getAttribute('data-kind')).toBe('result');
      expect(await title(a.page)).toMatch(/^Action 3: /);
      const met = a.page.locator('.present-result[data-target="A3-T1"]');
      expect(await met.locator('.present-result-symbol').innerText()).toBe('✓');
      expect(await met.locator('.present-result-word').innerText()).toBe('met');
      // Reduced motion: at its value from the first frame, never counting.
      expect(await met.locator('[data-testid="present-countup"]').innerText()).toBe('CNY 241.31 billion');
      expect(await met.locator('.present-countup').getAttribute('data-counting')).toBe('false');
      expect(await met.innerText()).toContain('over CNY 120 billion');
      expect(await met.locator('.present-result-source').innerText()).toMatch(/^Source: \S/);
      // A target with no figure says so, in words.
      expect(await a.page.locator('.present-result[data-target="A3-T2"]').innerText()).toContain('no public figure found');
      expect(await a.page.locator('.present-result[data-target="A3-T2"] .present-result-symbol').innerText()).toBe('–');
      // Large type for the status, small for the source — still legible at the back of the room.
      const px = (sel: string) => met.locator(sel).evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
      expect(await px('.present-result-word')).toBeGreaterThanOrEqual(28);
      expect(await px('.present-result-symbol')).toBeGreaterThanOrEqual(40);
      expect(await px('.present-countup')).toBeGreaterThanOrEqual(40);
      expect(await px('.present-result-source')).toBeGreaterThanOrEqual(16);
      // The map rings the action's places with the action's mark, as the scorecard's map does.
      const want = results.find((c) => c.id === 'result:A3')!.results!;
      const drawn = await hooks(a.page, ({ w }) => w.__hub.map.stateValues('points-mark', 'mark'));
      const ringed = Object.entries(drawn).filter(([, m]) => m !== 0);
      expect(ringed.length).toBeGreaterThan(0);
      for (const [id, m] of ringed) expect(m, id).toBe(MARK_CODE[want.marks[id]!]);
      expect(await a.page.locator(`[data-testid="present-legend"] [data-mark="${want.mark}"]`).count()).toBe(1);
      await shot(a.page, 'present-result-a3-en-1920');
      // Chinese: the same figure, as the source writes it.
      await a.page.keyboard.press('l');
      await waitHash(/lang=zh/, a.page);
      expect(await met.locator('.present-result-word').innerText()).toBe('已达成');
      expect(await met.locator('[data-testid="present-countup"]').innerText()).toBe('2413.11亿元');
      await settle(a.page);
      await shot(a.page, 'present-result-a3-zh-1920');

      // Every results chapter, both languages: its card fits the screen without scrolling, every target
      // has a status word and symbol, and a figure or "no public figure found".
      const fits = await a.page.evaluate(
        ({ first, total }) => {
          const key = (k: string) => window.dispatchEvent(new KeyboardEvent('keydown', { key: k, bubbles: true, cancelable: true }));
          const out: Array<{ at: string; overflow: number; rows: number; ok: number; runs: Array<{ lang: string; text: string }> }> = [];
          for (const lang of ['zh', 'en']) {
            if (!location.hash.includes(`lang=${lang}`)) key('l');
            key('End');
            for (let i = total; i >= first; i--) {
              const card = document.querySelector<HTMLElement>('.present-card')!;
              const rows = [...card.querySelectorAll('.present-result')];
              // Every text of the card with the language it is marked in (as test/browser/bilingual.test.ts reads panels).
              const runs: Array<{ lang: string; text: string }> = [];
              const walker = document.createTreeWalker(card, NodeFilter.SHOW_TEXT);
              for (let t = walker.nextNode(); t; t = walker.nextNode()) {
                if (t.textContent?.trim())
                  runs.push({ lang: (t.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '').slice(0, 2), text: t.textContent });
              }
              out.push({
                runs,
                at: `${lang}${i}`,
                // The card's content scrolls in .present-scroll (present.css), never the card itself.
                overflow: ((e) => e.scrollHeight - e.clientHeight)(card.querySelector<HTMLElement>('.present-scroll')!),
                rows: rows.length,
                ok: rows.filter(
                  (r) =>
                    r.querySelector('.present-result-symbol')?.textContent &&
                    r.querySelector('.present-result-word')?.textContent &&
                    (r.querySelector('.present-countup') || r.querySelector('.present-result-none')),
                ).length,
              });
              key('ArrowLeft');
            }
          }
          return out;
        },
        { first: CLOSING + 1, total: TOTAL },
      );
      expect(fits).toHaveLength(2 * results.length);
      for (const f of fits) {
        expect(f.overflow, `${f.at}: the card scrolls`).toBeLessThanOrEqual(1);
        expect(f.rows, f.at).toBeGreaterThan(0);
        expect(f.ok, f.at).toBe(f.rows);
        // One language at a time: no English prose in Chinese, no Chinese in English outside names marked lang="zh".
        const lang = f.at.slice(0, 2);
        for (const r of f.runs.filter((x) => x.lang === lang)) {
          if (lang === 'zh') expect(englishProse(r.text), `${f.at}: "${r.text}"`).toEqual([]);
          else expect(r.text, f.at).not.toMatch(/[\u3400-\u9fff\uf900-\ufaff]/);
        }
      }
      // Leaving Present takes the marks away.
      await a.page.keyboard.press('Escape');
      await a.page.waitForFunction(() => !location.hash.includes('mode=present'));
      await waitForHooks(a.page, ({ w }) => Object.values(w.__hub.map.stateValues('points-mark', 'mark')).every((m) => m === 0));
      expect(a.errors).toEqual([]);
    } finally {
      await a.close();
    }
  });

  it('at 3840 × 2160 a results card is the same share of the screen, in vector type, in both languages', async () => {
    const k = await openBrowser({ width: 3840, height: 2160 });
    try {
      await k.page.emulateMedia({ reducedMotion: 'reduce' });
      await openApp(k, `mode=present&lang=en&chapter=${resultChapter('A1')}`);
      const read = () =>
        k.page.evaluate(() => {
          const card = document.querySelector<HTMLElement>('.present-card')!;
          const px = (sel: string) => parseFloat(getComputedStyle(card.querySelector(sel)!).fontSize);
          const scroll = card.querySelector<HTMLElement>('.present-scroll')!;
          return {
            word: px('.present-result-word'),
            source: px('.present-result-source'),
            overflow: Math.max(card.scrollHeight - card.clientHeight, scroll.scrollHeight - scroll.clientHeight),
          };
        });
      const en = await read();
      expect(en.word).toBeGreaterThanOrEqual(56);
      expect(en.source).toBeGreaterThanOrEqual(32);
      expect(en.overflow).toBeLessThanOrEqual(1);
      await settle(k.page);
      await shot(k.page, 'present-result-a1-en-3840');
      await k.page.keyboard.press('l');
      await waitHash(/lang=zh/, k.page);
      expect((await read()).overflow).toBeLessThanOrEqual(1);
      await settle(k.page);
      await shot(k.page, 'present-result-a1-zh-3840');
      expect(k.errors).toEqual([]);
    } finally {
      await k.close();
    }
  }, 420_000);

  it('without reduced motion, a reported figure counts up from 0 and ends on exactly its value', async () => {
    const a = await openBrowser({ width: 1280, height: 720 });
    try {
      const n = resultChapter('A3');
      await openApp(a, `mode=present&lang=en&chapter=${n - 1}`);
      // Every text the figures show, as they change.
      await a.page.evaluate(() => {
        const w = window as unknown as { __counted: string[] };
        w.__counted = [];
        const read = () => {
          for (const e of document.querySelectorAll('[data-testid="present-countup"]')) {
            const text = e.textContent ?? '';
            if (w.__counted.at(-1) !== text) w.__counted.push(text);
          }
        };
        new MutationObserver(read).observe(document.body, { subtree: true, childList: true, characterData: true });
      });
      await a.page.keyboard.press('ArrowRight');
      await waitHash(new RegExp(`chapter=${n}(&|$)`), a.page);
      const fig = a.page.locator('.present-result[data-target="A3-T1"] .present-countup');
      await a.page.waitForFunction(
        () => document.querySelector('.present-result[data-target="A3-T1"] .present-countup')?.getAttribute('data-counting') === 'false',
        undefined,
        { timeout: MAP_READY_TIMEOUT },
      );
      expect(await fig.getAttribute('data-final')).toBe('CNY 241.31 billion');
      expect(await fig.locator('[data-testid="present-countup"]').innerText()).toBe('CNY 241.31 billion');
      const counted = await a.page.evaluate(() => (window as unknown as { __counted: string[] }).__counted);
      // It started from 0, rose, and stopped on the figure.
      expect(counted[0]).toBe('CNY 0.00 billion');
      expect(counted.at(-1)).toBe('CNY 241.31 billion');
      const values = counted.map((t) => Number(/[\d.]+/.exec(t)![0]));
      expect(values).toEqual([...values].sort((x, y) => x - y));
      // Read aloud: the figure itself, never the numbers on the way.
      expect(await fig.locator('.sr-only').innerText()).toBe('CNY 241.31 billion');
      expect(a.errors).toEqual([]);
    } finally {
      await a.close();
    }
  });
});
