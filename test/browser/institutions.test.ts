// The institutions the targets count, in real Chromium: the layer (off at first, its data not loaded),
// switched on and clicked to open an institution's panel with its sources and target; a target's panel
// listing the institutions behind its figure; Districts ranked by state key labs. One browser.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { openApp, waitForMapIdle, shot, hooks, waitForHooks, browserPerFile } from './harness.ts';
import { englishProse } from '../../src/plan/scriptRuns.ts';

const s = browserPerFile();

// --- what the data says, read here independently of the app --------------------------------------
type Inst = {
  id: string;
  geometry: { coordinates: [number, number] } | null;
  properties: {
    kind: string;
    district: string | null;
    targets: string[];
    name_en: string;
    approved: number | null;
    before_2019: boolean | null;
    sources: Array<{ url: string; quote: string }>;
  };
};
const file = JSON.parse(readFileSync(new URL('../../data/institutions.geojson', import.meta.url), 'utf8')) as { features: Inst[] };
const skl = file.features.filter((f) => f.properties.targets.includes('A1-T3'));
const sklIn = (d: string | null) => skl.filter((f) => f.properties.district === d).length;
const chunkLoaded = () => s.page.evaluate(() => performance.getEntriesByName('chunk-ready:institutions').length > 0);

describe('Institutions', () => {
  it('the layer is off and not loaded at first; switched on, its rings are drawn, and a click opens a panel with sources and target', async () => {
    await openApp(s, 'lang=zh');
    expect(await chunkLoaded()).toBe(false);
    expect(await hooks(s.page, ({ w }) => w.__hub.map.layerIds().includes('institutions-ring'))).toBe(false);

    await s.page.locator('button[aria-controls="filters-drawer"]').click();
    await s.page.locator('[data-testid="institutions-toggle"]').check();
    const sited = file.features.filter((f) => f.geometry).length;
    await waitForHooks(s.page, ({ w }) => w.__hub.map.renderedIn('institutions-ring') > 0);
    await waitForMapIdle(s.page);
    // Every institution with a site is drawn (several share a campus point: their rings overlap).
    await waitForHooks(s.page, ({ w, arg }) => w.__hub.map.renderedIn('institutions-ring') === arg, sited);
    await expect(s.page.locator('[data-testid="institutions-legend"] li').count()).resolves.toBe(6);
    await shot(s.page, 'institutions-layer-zh');
    // By year approved (year= in the link): only those a source says existed by then.
    const by2019 = file.features.filter((f) => f.geometry && (f.properties.approved ?? (f.properties.before_2019 ? 0 : 9999)) <= 2019).length;
    expect(by2019).toBeLessThan(sited);
    await s.page.locator('[data-testid="institutions-year"]').selectOption('2019');
    await waitForHooks(s.page, ({ w, arg }) => w.__hub.map.renderedIn('institutions-ring') === arg, by2019);
    expect(await s.page.evaluate(() => location.hash)).toContain('year=2019');
    await s.page.locator('[data-testid="institutions-year"]').selectOption('');
    await waitForHooks(s.page, ({ w, arg }) => w.__hub.map.renderedIn('institutions-ring') === arg, sited);

    // Click the oncology lab's ring (a site of its own).
    const onc = file.features.find((f) => f.id === 'skl-oncology-south-china')!;
    const pt = await hooks(s.page, ({ w, arg }) => w.__hub.map.project(arg), onc.geometry!.coordinates);
    const box = (await s.page.locator('[data-testid="map"]').boundingBox())!;
    await s.page.mouse.click(box.x + pt.x, box.y + pt.y);
    const panel = s.page.locator('[data-testid="institution-details"][data-item="skl-oncology-south-china"]');
    await panel.waitFor();
    expect(await s.page.evaluate(() => location.hash)).toContain('inst=skl-oncology-south-china');
    const sources = await panel.locator('[data-testid="institution-sources"]').innerText();
    for (const src of onc.properties.sources) {
      expect(sources).toContain(src.url);
      expect(sources).toContain(src.quote);
    }
    expect(await panel.locator('[data-testid="institution-district"]').innerText()).toBe('越秀区');
    await expect(panel.locator('[data-testid="institution-target"]').innerText()).resolves.toContain('A1-T3');
    await shot(s.page, 'institution-panel-zh');
    // The target link leads to the target, whose list names this lab.
    await panel.locator('[data-testid="institution-target"]').click();
    await s.page.locator('[data-testid="target-institutions"] [data-institution="skl-oncology-south-china"]').waitFor();
  });

  it('a target lists the institutions behind its figure, says how many are known and on the map, and a total stays a total', async () => {
    await openApp(s, 'focus=A1-T3&lang=en');
    const block = s.page.locator('[data-testid="target-institutions"][data-target="A1-T3"]');
    await block.waitFor();
    const onMap = skl.filter((f) => f.geometry).length;
    expect(await block.locator('[data-testid="target-institutions-figure"]').innerText()).toBe(
      `The plan: 20 → 22. ${skl.length} are known from sources, ${onMap} of them on the map; the rest are listed, not drawn.`,
    );
    expect(await block.locator('[data-testid="target-institutions-short"]').innerText()).toContain(`${skl.length} known, fewer than the 20 the plan counts`);
    expect(await block.locator('li[data-institution]').evaluateAll((els) => els.map((e) => e.getAttribute('data-institution')))).toEqual(skl.map((f) => f.id));
    // "Show on the map" switches the layer on and frames the ones with a site.
    await block.getByRole('button', { name: 'Show the institutions on the map' }).click();
    await waitForHooks(s.page, ({ w }) => w.__hub.map.renderedIn('institutions-ring') > 0);
    await waitForMapIdle(s.page);
    await shot(s.page, 'institutions-target-en');
    // One with no site opens its panel all the same, saying so.
    const unsited = skl.find((f) => !f.geometry)!;
    await block.locator(`li[data-institution="${unsited.id}"] button`).click();
    const panel = s.page.locator(`[data-testid="institution-details"][data-item="${unsited.id}"]`);
    await panel.waitFor();
    expect(await panel.innerText()).toContain('No known site: listed, not drawn on the map');
    expect(await panel.locator('[data-testid="institution-district"]').innerText()).toBe('District unknown: no source gives it');
    await shot(s.page, 'institution-unsited-en');

    await s.page.evaluate(() => {
      location.hash = 'focus=A5-T4&lang=en';
    });
    const total = s.page.locator('[data-testid="target-institutions"][data-target="A5-T4"] [data-testid="target-institutions-total"]');
    await total.waitFor();
    expect(await total.innerText()).toContain('Sources give a total of 35 (2021-01)');
  });

  it('Districts ranks the districts by state key labs, counting those with no sourced district apart', async () => {
    await openApp(s, 'mode=districts&metric=inst-state-key-lab&lang=zh');
    const table = s.page.locator('[data-testid="district-table"]');
    await s.page.waitForFunction(() => Number(document.querySelector('[data-testid="district-table"] tfoot tr.total td.count')?.textContent) > 0, undefined, {
      timeout: 60_000,
    });
    const rows = await table.locator('tbody tr').evaluateAll((trs) =>
      trs.map((tr) => ({
        d: tr.getAttribute('data-district')!,
        rank: Number(tr.querySelector('td.rank')?.textContent),
        n: Number(tr.querySelector('td.count')?.textContent),
      })),
    );
    expect(rows).toHaveLength(11);
    for (const r of rows) expect(r.n).toBe(sklIn(r.d));
    const top = Math.max(...rows.map((r) => r.n));
    expect(rows[0]!.n).toBe(top);
    expect(rows[0]!.rank).toBe(1);
    expect(await table.locator('tfoot tr[data-bucket="unlocated"] td.count').innerText()).toBe(String(sklIn(null)));
    expect(await s.page.locator('[data-testid="metric"]').inputValue()).toBe('inst-state-key-lab');
    await table.locator(`tbody tr[data-district="${rows[0]!.d}"] th button`).click();
    await expect(s.page.locator('[data-testid="district-institutions"] li').count()).resolves.toBe(top);
    await shot(s.page, 'institutions-districts-zh');
  });

  it('places told apart: a place with no site says which kind (why, or the sourced address), the List groups them so, the district filter states its rule', async () => {
    const places = JSON.parse(readFileSync(new URL('../../data/places.geojson', import.meta.url), 'utf8')) as {
      features: Array<{
        id: string;
        geometry: unknown;
        properties: { district: string | null; site?: { kind: string; why?: { zh: string; en: string }; address?: { zh: string; en: string } } };
      }>;
    };
    const byId = (id: string) => places.features.find((f) => f.id === id)!.properties;
    await openApp(s, 'select=sse-star-market&lang=en');
    const site = s.page.locator('[data-testid="place-site"]');
    await site.waitFor();
    expect(await site.getAttribute('data-site')).toBe('not-physical');
    expect(await site.innerText()).toContain('Not a physical site');
    expect(await site.innerText()).toContain(byId('sse-star-market').site!.why!.en);
    await shot(s.page, 'place-not-physical-en');
    await s.page.evaluate(() => {
      location.hash = 'select=guangzhou-ip-court&lang=zh';
    });
    await s.page.locator('[data-testid="place-site"][data-site="address"]').waitFor();
    expect(await s.page.locator('[data-testid="place-site"]').innerText()).toContain(byId('guangzhou-ip-court').site!.address!.zh);
    await shot(s.page, 'place-address-zh');
    // A general-knowledge district was dropped: the panel says it is counted in no district.
    await s.page.evaluate(() => {
      location.hash = 'select=venture-capital-town&lang=zh';
    });
    await s.page.locator('[data-testid="place-site"][data-site="unknown"]').waitFor();
    expect(await s.page.locator('[data-testid="place-site"]').innerText()).toContain('不计入任何区');
    // The Bio Island states its rule; a university names its campuses.
    await s.page.evaluate(() => {
      location.hash = 'select=node-guangzhou-international-bio-island&lang=zh';
    });
    await s.page.locator('[data-testid="place-district-rule"]').waitFor();
    expect(await s.page.locator('[data-testid="place-district-rule"]').innerText()).toContain('计入海珠区，不计入黄埔区');
    await s.page.evaluate(() => {
      location.hash = 'select=guangzhou-medical-university&lang=en';
    });
    await s.page.locator('[data-testid="place-campuses"]').waitFor();
    expect(await s.page.locator('[data-testid="place-campuses"] li').count()).toBe(2);
    // The List: each kind of "no site" under its own heading, with as many places as the data has.
    await openApp(s, 'lang=en');
    await s.page.getByRole('button', { name: 'List' }).click();
    const list = s.page.locator('[data-testid="feature-list"]');
    await list.waitFor();
    for (const kind of ['not-physical', 'unknown', 'address']) {
      const want = places.features.filter((f) => f.geometry === null && f.properties.site?.kind === kind).length;
      const got = await list
        .locator(`h4[data-site="${kind}"]`)
        .evaluateAll((hs) => hs.reduce((n, h) => n + (h.nextElementSibling?.querySelectorAll('li').length ?? 0), 0));
      expect(got, kind).toBe(want);
    }
    // A district filter states the rule it counts by; 白云 keeps the university with a campus there.
    await openApp(s, 'districts=白云区&lang=zh&select=guangzhou-university-of-chinese-medicine');
    await s.page.locator('button[aria-controls="filters-drawer"]').click();
    expect(await s.page.locator('[data-testid="district-rule-note"]').innerText()).toContain('按行政区计数');
    await s.page.getByRole('button', { name: '列表' }).click();
    await list.locator('button[data-id="guangzhou-university-of-chinese-medicine"]').waitFor();
    await shot(s.page, 'places-list-district-zh');
    expect(s.errors).toEqual([]);
  });

  it('institutions are found by search (pinyin), listed in the List with their layer, and counted in the Districts comparison', async () => {
    const onc = file.features.find((f) => f.id === 'skl-oncology-south-china')!;
    const pinyin = (
      JSON.parse(readFileSync(new URL('../../data/institutions.geojson', import.meta.url), 'utf8')) as {
        features: Array<{ id: string; properties: { name_pinyin: string } }>;
      }
    ).features.find((f) => f.id === onc.id)!.properties.name_pinyin;
    await openApp(s, 'lang=en');
    await s.page.locator('#search-input').fill(pinyin.replace(/ /g, ''));
    await s.page.locator(`#search-results li[id="sr-${onc.id}"]`).waitFor();
    await shot(s.page, 'institution-search-en');
    await s.page.locator('#search-input').press('Enter');
    await s.page.locator(`[data-testid="institution-details"][data-item="${onc.id}"]`).waitFor();
    expect(await s.page.evaluate(() => location.hash)).toContain(`inst=${onc.id}`);
    // The List, with the layer on: every institution (by year: all), each opening its panel.
    await openApp(s, 'lang=zh');
    await s.page.locator('button[aria-controls="filters-drawer"]').click();
    await s.page.locator('[data-testid="institutions-toggle"]').check();
    await s.page.getByRole('button', { name: '列表' }).click();
    const inList = s.page.locator('[data-testid="list-institutions"]');
    await inList.waitFor();
    expect(await inList.locator('button[data-inst]').count()).toBe(file.features.length);
    const unsited = skl.find((f) => !f.geometry)!;
    await inList.locator(`button[data-inst="${unsited.id}"]`).click();
    await s.page.locator(`[data-testid="institution-details"][data-item="${unsited.id}"]`).waitFor();
    await shot(s.page, 'institutions-list-zh');
    // The comparison: rows of institutions per district, from the data.
    await openApp(s, 'mode=districts&compare=越秀区,黄埔区&lang=en');
    const row = s.page.locator('[data-testid="compare"] tr[data-section="institution"][data-row="inst-state-key-lab"]');
    await row.waitFor({ timeout: 60_000 });
    const cells = await row.locator('td').allInnerTexts();
    expect(cells.map((c) => Number(c.replace(/[^0-9]/g, '')))).toEqual([sklIn('越秀区'), sklIn('黄埔区')]);
    await shot(s.page, 'institutions-compare-en');
    expect(s.errors).toEqual([]);
  });

  it("every institution's panel is in one language at a time (as test/browser/bilingual.test.ts checks the plan's panels)", { timeout: 120_000 }, async () => {
    const bad: string[] = [];
    for (const lang of ['zh', 'en'] as const) {
      await openApp(s, `lang=${lang}`);
      for (const f of file.features) {
        const runs = await s.page.evaluate(
          async ({ id, lang }) => {
            location.hash = `inst=${id}&lang=${lang}`;
            const sel = `[data-testid="institution-details"][data-item="${id}"]`;
            const t0 = performance.now();
            while (!document.querySelector(sel) || document.documentElement.lang.slice(0, 2) !== lang) {
              if (performance.now() - t0 > 30_000) throw new Error(`no panel for ${id}`);
              await new Promise((r) => requestAnimationFrame(r));
            }
            const out: Array<{ lang: string; text: string }> = [];
            const walker = document.createTreeWalker(document.querySelector('[data-testid="side-panel"]')!, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              if (!n.textContent?.trim()) continue;
              out.push({ lang: (n.parentElement?.closest('[lang]')?.getAttribute('lang') ?? '').slice(0, 2), text: n.textContent });
            }
            return out;
          },
          { id: f.id, lang },
        );
        for (const r of runs) {
          if (r.lang !== lang) continue;
          if (lang === 'zh' && englishProse(r.text).length) bad.push(`${f.id} zh: English prose in "${r.text.trim()}"`);
          if (lang === 'en' && /[\u3400-\u9fff]/.test(r.text)) bad.push(`${f.id} en: Chinese outside lang="zh" in "${r.text.trim()}"`);
        }
      }
    }
    expect(bad).toEqual([]);
    expect(s.errors).toEqual([]);
  });
});
