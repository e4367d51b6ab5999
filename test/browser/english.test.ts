// The plan in English (issue 19), in real Chromium: the reader and the quoted passages show the
// unofficial translation at the original's line numbers, say it is unofficial, toggle to the Chinese
// original; the translation is fetched only when an English reader needs it; English task blocks name
// units in English; the action tag reads "Key action 3".
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { openBrowser, openApp, shot, MAP_READY_TIMEOUT, type Session } from './harness.ts';
import { readText } from '../../scripts/lib/repoData.ts';
import { PLAN_EN_FILE } from '../../src/data/dataFiles.ts';

const EN = readText('seeds/plan-2019-2021.en.txt').split('\n');
const ZH = readText('seeds/plan-2019-2021.txt').split('\n');
const CJK = /[\u3400-\u9fff]/u;

let s: Session;
beforeAll(async () => {
  s = await openBrowser({ width: 1440, height: 900 });
  await s.page.emulateMedia({ reducedMotion: 'reduce' });
});
afterAll(async () => {
  await s?.close();
});

const fetchedEnglish = () => s.requests.filter((u) => u.endsWith(PLAN_EN_FILE)).length;

describe('the plan in English', () => {
  it('is not fetched for a Chinese reader, nor preloaded', { timeout: 300_000 }, async () => {
    const before = fetchedEnglish();
    await openApp(s, 'select=guangzhou-science-city&lang=zh&line=203');
    const reader = s.page.locator('[data-testid="plan-reader"]');
    await reader.locator('p.current').waitFor({ timeout: MAP_READY_TIMEOUT });
    expect(await reader.locator('.reader-text').getAttribute('lang')).toBe('zh');
    expect(await reader.locator('[data-testid="translation-note"]').count()).toBe(0);
    expect(await s.page.locator(`link[href$="${PLAN_EN_FILE}"]`).count()).toBe(0);
    expect(fetchedEnglish()).toBe(before);
  });

  it('the reader shows the English text at the line, says it is unofficial, and toggles to the Chinese', { timeout: 300_000 }, async () => {
    await openApp(s, 'select=guangzhou-science-city&lang=en&line=203');
    const reader = s.page.locator('[data-testid="plan-reader"]');
    await reader.locator('.reader-text[lang="en"] p.current').waitFor({ timeout: MAP_READY_TIMEOUT });
    expect(fetchedEnglish()).toBeGreaterThan(0);
    const current = reader.locator('p.current');
    expect(await current.getAttribute('data-line')).toBe('203');
    const line = await current.innerText();
    expect(line).toContain(EN[202]!.trim());
    expect(line).toContain('China-Singapore Guangzhou Knowledge City');
    // Every line of the text is the translation of the line with its number, with no Chinese in it.
    const sample = await reader.locator('.reader-text p[data-line="1079"]').innerText();
    expect(sample).toContain(EN[1078]!.trim());
    const text = await reader.locator('.reader-text').evaluate((el) => {
      const c = el.cloneNode(true) as HTMLElement;
      c.querySelectorAll('.place-chip').forEach((b) => b.remove());
      return c.textContent ?? '';
    });
    expect(text).not.toMatch(CJK);
    // A place the line names is still a way to the map (a chip with its English name).
    expect(await current.locator('.place-chip').allInnerTexts()).toContain('↗ Guangzhou Science City');
    // A line naming a whole group gets one chip for it, not one per member.
    expect(await reader.locator('p[data-line="207"] .place-chip').allInnerTexts()).toContain('↗ Thirteen nodes');
    expect(await reader.locator('p[data-line="207"] .place-chip').count()).toBeLessThan(5);
    const note = reader.locator('[data-testid="translation-note"]');
    expect(await note.innerText()).toMatch(/Unofficial English translation: the Chinese original is authoritative/);
    await shot(s.page, 'english-reader-en');

    await reader.locator('[data-testid="reader-original"]').click();
    await reader.locator('.reader-text[lang="zh"] p.current').waitFor();
    expect(await reader.locator('p.current').getAttribute('data-line')).toBe('203');
    expect(await reader.locator('p.current').innerText()).toContain('中新广州知识城');
    expect(await reader.locator('[data-testid="reader-original"]').innerText()).toBe('Show the English translation');
    await shot(s.page, 'english-reader-original');

    await reader.locator('[data-testid="reader-original"]').click();
    await reader.locator('.reader-text[lang="en"] p.current').waitFor();
    expect(await reader.locator('p.current').innerText()).toContain(EN[202]!.trim());
    expect(ZH[202]).toContain('中新广州知识城'); // the fixture the test relies on
    expect(s.errors).toEqual([]);
  });

  it('a quoted passage is in English with the original lines, and shows the Chinese on request', { timeout: 300_000 }, async () => {
    await openApp(s, 'focus=A3&lang=en');
    const panel = s.page.locator('[data-testid="side-panel"]');
    await panel.locator('article[data-item="A3"]').waitFor();
    expect(await panel.locator('.kind-tag').first().innerText()).toBe('Key action 3');
    const passage = panel.locator('figure.passage').first();
    const en = passage.locator('[data-testid="passage-en"]');
    await en.waitFor();
    const caption = await passage.locator('figcaption span').innerText();
    const [, a, b] = /lines (\d+)–(\d+)/.exec(caption)!;
    const quoted = await en.innerText();
    expect(quoted).not.toMatch(CJK);
    // The quote is the translation of the lines it cites (cut to whole sentences where the Chinese is).
    const cited = EN.slice(Number(a) - 1, Number(b))
      .map((l) => l.trim())
      .filter(Boolean)
      .reduce((acc, l) => (acc === '' ? l : acc.endsWith('-') ? acc + l : `${acc} ${l}`), '');
    expect(cited).toContain(quoted);
    expect(quoted.length).toBeGreaterThan(cited.length / 2);
    expect(await passage.locator('.translation-note').innerText()).toContain('Unofficial English translation');
    // The units' English names, not the plan's raw Chinese line.
    const text = await panel.innerText();
    expect(text).toContain('Guangzhou Municipal Science and Technology Bureau');
    expect(text).not.toContain('市科技局');
    await passage.scrollIntoViewIfNeeded();
    await shot(s.page, 'english-passage-en');

    await passage.locator('[data-testid="passage-original"]').click();
    const zh = passage.locator('[data-testid="passage-zh"]');
    await zh.waitFor();
    expect(await zh.innerText()).toMatch(CJK);
    expect(await zh.getAttribute('lang')).toBe('zh');
    expect(await passage.locator('figcaption span').innerText()).toBe(caption);
    await shot(s.page, 'english-passage-original');

    // Into the reader at the passage's first line, in English.
    await passage.locator('figcaption').getByRole('button', { name: 'Open in the plan reader' }).click();
    const reader = s.page.locator('[data-testid="plan-reader"]');
    await reader.locator('.reader-text[lang="en"] p.current').waitFor({ timeout: MAP_READY_TIMEOUT });
    expect(await reader.locator('p.current').getAttribute('data-line')).toBe(a);
    expect(s.errors).toEqual([]);
  });

  it('the English brief quotes the plan in English, as an unofficial translation', { timeout: 300_000 }, async () => {
    await openApp(s, 'focus=A3-T1&lang=en');
    await s.page.locator('[data-testid="print-brief"]').first().click();
    await s.page.waitForFunction(() => document.querySelector('[data-testid="brief"]')?.getAttribute('data-ready') === 'true', undefined, {
      timeout: MAP_READY_TIMEOUT,
    });
    const passage = s.page.locator('[data-testid="brief-sheet"] .b-passage').first();
    const quote = await passage.locator('blockquote').innerText();
    expect(await passage.locator('blockquote').getAttribute('lang')).toBe('en');
    expect(quote).not.toMatch(CJK);
    expect(quote).toMatch(/technology contracts/);
    expect(await passage.locator('figcaption').innerText()).toMatch(/^lines \d+–\d+ · unofficial translation, the Chinese original is authoritative$/);
    await shot(s.page, 'english-brief');
    await s.page.keyboard.press('Escape');
    await s.page.waitForSelector('[data-testid="brief"]', { state: 'detached' });
    expect(s.errors).toEqual([]);
  });

  it('Chinese UI keeps the raw responsible line and its own action tag', { timeout: 300_000 }, async () => {
    await openApp(s, 'focus=A3&lang=zh');
    const panel = s.page.locator('[data-testid="side-panel"]');
    await panel.locator('article[data-item="A3"]').waitFor();
    expect(await panel.locator('.kind-tag').first().innerText()).toBe('重点行动 三');
    expect(await panel.locator('[data-testid="passage-original"]').count()).toBe(0);
    expect(await panel.locator('.translation-note').count()).toBe(0);
    expect(await panel.locator('p[lang="zh"]').first().innerText()).toMatch(/科技局/);
  });
});
