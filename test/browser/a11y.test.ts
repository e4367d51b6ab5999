// axe-core on every screen, in both languages, at zero violations. One page for the whole walk:
// screens are reached by changing the hash (as a pasted link would), axe is injected once.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { createRequire } from 'node:module';
import type { Result } from 'axe-core';
import { openBrowser, openApp, waitForMapIdle, MAP_READY_TIMEOUT, type Session } from './harness.ts';
import { resultChapter } from './tourChapters.ts';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

let s: Session;
beforeAll(async () => {
  // axe is injected as an inline script, which the app's CSP (rightly) refuses: bypassed for this tool only.
  s = await openBrowser({ bypassCSP: true });
  await openApp(s, 'lang=zh');
  await s.page.addScriptTag({ path: AXE });
});
afterAll(async () => {
  await s?.close();
});

/** Violations as short lines: rule, impact, the first few elements. */
async function axe(): Promise<string[]> {
  const violations = await s.page.evaluate(async () => {
    const w = window as unknown as { axe: { run(ctx: Document, o: object): Promise<{ violations: Result[] }> } };
    const r = await w.axe.run(document, { resultTypes: ['violations'] });
    return r.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      n: v.nodes.length,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')} — ${n.failureSummary?.split('\n')[1]?.trim() ?? ''}`),
    }));
  });
  return violations.map((v) => `${v.id} (${v.impact}, ${v.n}): ${v.nodes.join(' | ')}`);
}

const go = async (hash: string, ready: string) => {
  await s.page.evaluate((h) => {
    location.hash = h;
  }, hash);
  await s.page.locator(ready).first().waitFor();
  await waitForMapIdle(s.page);
};

/** Open or close both drawers (the Layers & filters drawer and the List). */
const setDrawers = async (open: boolean) => {
  for (const id of ['filters-drawer', 'list-drawer']) {
    const toggle = s.page.locator(`.top-bar [aria-controls="${id}"]`);
    if ((await toggle.count()) === 0 || !(await toggle.isVisible())) continue;
    if ((await toggle.getAttribute('aria-expanded')) !== String(open)) await toggle.click();
  }
};

const SCREENS: Array<{ name: string; hash: string; ready: string }> = [
  { name: 'Explore', hash: '', ready: 'ol.actions' },
  { name: 'Explore with the filters and the list open', hash: 'kinds=university', ready: '[data-testid="filter-chips"]' },
  { name: 'Explore with a notice of ignored parameters', hash: 'kinds=zzz&junk=1', ready: '[data-testid="ignored-notice"]' },
  { name: 'Explore with search results open', hash: 'select=guangzhou-science-city', ready: '#details-title' },
  { name: 'a place panel', hash: 'select=node-guangzhou-international-bio-island', ready: '[data-testid="side-panel"] figure.passage' },
  { name: 'an action focus', hash: 'focus=A1', ready: '.focus-badge' },
  { name: 'Districts', hash: 'mode=districts', ready: '.app[data-mode="districts"]' },
  { name: 'Present', hash: 'mode=present', ready: '.app[data-mode="present"]' },
  { name: 'a Present results chapter', hash: `mode=present&chapter=${resultChapter('A3')}`, ready: '.present-card[data-kind="result"]' },
  { name: 'the Scorecard', hash: 'mode=scorecard&year=2021&focus=A3-T1', ready: '[data-testid="scorecard-panel"] tr[aria-current="true"]' },
  { name: 'a responsible unit', hash: 'focus=gz-stb', ready: '[data-testid="unit-partners"]' },
  { name: 'the plan reader', hash: 'select=guangzhou-science-city&line=203', ready: '[data-testid="plan-reader"] p.current' },
  { name: 'an institution panel with the layer on', hash: 'inst=skl-luminescent-materials', ready: '[data-testid="institution-details"]' },
  { name: 'a target with its institutions', hash: 'focus=A1-T3', ready: '[data-testid="target-institutions"] li' },
  {
    name: 'Districts counting institutions',
    hash: 'mode=districts&metric=inst-state-key-lab&district=%E5%A4%A9%E6%B2%B3%E5%8C%BA',
    ready: '[data-testid="district-institutions"] li',
  },
];

describe('accessibility (axe-core)', () => {
  for (const lang of ['zh', 'en'] as const) {
    for (const screen of SCREENS) {
      it(`${screen.name} (${lang}) has no violations`, async () => {
        await go(`lang=${lang}${screen.hash ? `&${screen.hash}` : ''}`, screen.ready);
        const drawers = screen.name.startsWith('Explore with');
        await setDrawers(drawers);
        if (drawers) await s.page.locator('[data-testid="feature-list"]').waitFor();
        expect(await s.page.evaluate(() => document.documentElement.lang)).toBe(lang === 'zh' ? 'zh-CN' : 'en');
        if (screen.name.includes('search')) {
          await s.page.locator('#search-input').fill(lang === 'zh' ? '黄埔' : 'Huangpu');
          await s.page.locator('#search-results [role="option"]').first().waitFor();
        }
        const found = await axe();
        if (screen.name.includes('search')) await s.page.locator('#search-input').fill('');
        await setDrawers(false);
        expect(found).toEqual([]);
      });
    }
  }
});

describe('accessibility of the print brief (axe-core)', () => {
  for (const lang of ['zh', 'en'] as const) {
    it(`the brief dialog with its sheet (${lang}) has no violations`, async () => {
      await go(`lang=${lang}&focus=A3`, '.focus-badge');
      await s.page.locator('[data-testid="print-brief"]').first().click();
      await s.page.waitForFunction(() => document.querySelector('[data-testid="brief"]')?.getAttribute('data-ready') === 'true', undefined, {
        timeout: MAP_READY_TIMEOUT,
      });
      const found = await axe();
      await s.page.keyboard.press('Escape');
      await s.page.locator('[data-testid="brief"]').waitFor({ state: 'detached' });
      expect(found).toEqual([]);
    });
  }
});
