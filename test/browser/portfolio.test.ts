// The investor's portfolio against the plan in real Chromium: a small CSV imported, the radius set
// (radius= in the link), each company's nearest place and the companies within the radius of each
// place in the panel, the gaps, the area round the companies and the rings drawn on the map, the CSV
// export (neutralised), and the same from a link in Chinese. Screenshots in both languages.
import { describe, it, expect } from 'vitest';
import { browserPerFile, openApp, shot, csvFile, download, importCsv, holdLayerStore, MAP_READY_TIMEOUT, waitForHooks, hooks } from './harness.ts';

const s = browserPerFile({ width: 1400, height: 900 });
const page = () => s.page;

// WGS-84. Row 2: 0.56 km north of 琶洲实验室 (pazhou-lab, 113.36, 23.10); row 3: 0.3 km from 广州科学城's
// anchor; row 4: 1.1 km north of the Nansha marine sites (just beyond 1 km); row 5: Shenzhen (outside Guangzhou, ~45 km from the nearest).
const CSV =
  [
    'name,sector,lon,lat',
    '=HYPERLINK("http://evil"),AI,113.36,23.105',
    'Science City Co,bio,113.452,23.168',
    'Nansha Marine Co,marine,113.6,22.80',
    'Shenzhen Co,AI,114.06,22.54',
  ].join('\r\n') + '\r\n';

const downloadText = async (click: () => Promise<void>): Promise<string> => (await download(page(), click)).text;
/** A downloaded CSV's lines, without its BOM. */
const csvLines = async (click: () => Promise<void>): Promise<string[]> => (await downloadText(click)).replace(/^\uFEFF/, '').split('\r\n');
const result = (radius: number) => page().locator(`[data-testid="portfolio-result"][data-radius="${radius}"]`);
const place = (id: string) => page().locator(`[data-testid="portfolio-places"] tr[data-id="${id}"]`);

describe('Portfolio against the plan', () => {
  it('measures an imported layer: nearest places, counts within a radius, gaps, the area on the map, CSV', async () => {
    await openApp(s, 'mode=districts&lang=en');
    await page().locator('[data-testid="portfolio"]').waitFor();
    // Without a layer it says what to do.
    await expect(page().locator('[data-testid="portfolio"]').textContent()).resolves.toContain('Import your companies');
    await importCsv(page(), csvFile('portfolio.csv', CSV));

    // Computed with the default radius (3 km) once the map has drawn the points, then at 1 km when it is chosen.
    await result(3).waitFor({ timeout: MAP_READY_TIMEOUT });
    // The analyses start after the points are drawn (src/ui/districts/useLayerDrawn.ts): the portfolio's and
    // the corridor counts' first runs begin after the map's mark for the layer.
    // (Released by the map's drawing; on a machine too busy to draw in 4 s, by the fallback, which says so.)
    const order = await page().evaluate(() => {
      const at = (n: string) => performance.getEntriesByName(n)[0]?.startTime ?? Number.NaN;
      const why = (performance.getEntriesByName('layer-analyses-released')[0] as PerformanceMark | undefined)?.detail as string | undefined;
      return { why, drawn: at('user-layer-drawn'), portfolio: at('portfolio-start'), corridor: at('corridor-start') };
    });
    expect(['drawn', 'late']).toContain(order.why);
    if (order.why === 'drawn') {
      expect(order.portfolio).toBeGreaterThanOrEqual(order.drawn);
      expect(order.corridor).toBeGreaterThanOrEqual(order.drawn);
    }
    await page().locator('[data-testid="portfolio-radius"]').selectOption('1');
    await result(1).waitFor({ timeout: MAP_READY_TIMEOUT });
    expect(await page().evaluate(() => location.hash)).toContain('radius=1');

    // Each company's nearest place.
    const nearest = await page()
      .locator('[data-testid="portfolio-nearest"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-row'), tr.getAttribute('data-nearest'), tr.querySelector('td.num')?.textContent]));
    expect(nearest[0]).toEqual(['2', 'pazhou-lab', '0.6']);
    expect(nearest[1]).toEqual(['3', 'guangzhou-science-city', '0.3']);
    expect(nearest[3]![0]).toBe('5');
    expect(Number(nearest[3]![2])).toBeGreaterThan(30); // Shenzhen: ~45 km from the Nansha sites
    // Companies within 1 km of each place; a place with none is a gap.
    await expect(place('pazhou-lab').getAttribute('data-within')).resolves.toBe('1');
    await expect(place('guangzhou-science-city').getAttribute('data-within')).resolves.toBe('1');
    await expect(place('node-airport-economic-zone').getAttribute('class')).resolves.toContain('gap');
    await expect(place('tsinghua-prd-research-institute').getAttribute('data-within')).resolves.toBe('0');
    const summary = await page().locator('[data-testid="portfolio-summary"]').textContent();
    // The sited places of the default sets (their number follows the data: places with no sourced site are not measured).
    const m = (summary ?? '').match(
      /^2 of your 4 companies have a chosen place within 1 km; (\d+) of (\d+) places have none of your companies within 1 km \(gaps\)\.$/,
    );
    expect(m, summary ?? '').not.toBeNull();
    expect(Number(m![1])).toBeLessThanOrEqual(Number(m![2]) - 2);
    expect(Number(m![2])).toBeGreaterThan(20);
    // By district: 海珠 has one company, near a place; outside Guangzhou one, near none.
    const hz = await page()
      .locator('[data-testid="portfolio-districts"] tr[data-district="海珠区"]')
      .evaluate((tr) => [tr.querySelector('.companies')?.textContent, tr.querySelector('.near')?.textContent]);
    expect(hz).toEqual(['1', '1']);
    const out = await page()
      .locator('[data-testid="portfolio-districts"] tr[data-district="outside"]')
      .evaluate((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('.companies')?.textContent, tr.querySelector('.near')?.textContent]);
    expect(out).toEqual(['Outside Guangzhou', '1', '0']);
    // Gaps only: every row left is a gap.
    await page().locator('[data-testid="portfolio-gaps-only"]').check();
    const within = await page()
      .locator('[data-testid="portfolio-places"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-within')));
    expect(within.length).toBeGreaterThan(10);
    expect(new Set(within)).toEqual(new Set(['0']));
    await page().locator('[data-testid="portfolio-gaps-only"]').uncheck();

    // On the map: the area round the companies and a ring round each place.
    await waitForHooks(page(), ({ w }) => w.__hub?.map?.renderedIn('pf-buffer-fill') > 0 && w.__hub.map.renderedIn('pf-target-ring') > 10);
    const ringColours = await hooks(page(), ({ w }) => w.__hub.map.styleValue('pf-target-ring', 'circle-stroke-color'));
    expect(JSON.stringify(ringColours)).toContain('gap');
    await shot(page(), 'portfolio-en');

    // The CSV of companies: neutralised, with the nearest place and the places within the radius.
    const csv = await csvLines(() => page().locator('[data-testid="portfolio-export-companies"]').click());
    expect(csv[0]).toBe(
      'company,row in your file,longitude (WGS-84),latitude (WGS-84),district,nearest place,nearest place id,nearest place kind,distance to the nearest place (km),places within 1 km',
    );
    expect(csv[1]).toMatch(
      /^"'=HYPERLINK\(""http:\/\/evil""\)",2,113\.36,23\.105,Haizhu,Guangdong Artificial Intelligence and Digital Economy Laboratory \(Guangzhou\) — 'Pazhou Lab',pazhou-lab,lab,0\.56,\d+$/,
    );
    expect(csv[4]).toMatch(/^Shenzhen Co,5,114\.06,22\.54,Outside Guangzhou,.+,\d+(\.\d+)?,0$/);
    const places = await csvLines(() => page().locator('[data-testid="portfolio-export-places"]').click());
    expect(places[0]).toBe('place,place id,kind,district,companies within 1 km,distance to the nearest company (km),gap');
    expect(places.find((l) => l.includes(',node-airport-economic-zone,'))).toMatch(/,0,\d+(\.\d+)?,yes$/);

    // The result as GeoJSON (RFC 7946): the companies, the places and the area; names neutralised as in the CSV.
    const fc = JSON.parse(await downloadText(() => page().locator('[data-testid="portfolio-export-geojson"]').click()));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.radius_km).toBe(1);
    const byKind = (k: string) => fc.features.filter((f: { properties: { feature: string } }) => f.properties.feature === k);
    expect(byKind('company').length).toBe(4);
    expect(byKind('company')[0].properties).toMatchObject({ name: `'=HYPERLINK("http://evil")`, nearest_place_id: 'pazhou-lab', district: 'Haizhu' });
    expect(byKind('company')[0].geometry).toEqual({ type: 'Point', coordinates: [113.36, 23.105] });
    expect(byKind('place').find((f: { id: string }) => f.id === 'node-airport-economic-zone').properties.gap).toBe(true);
    expect(byKind('area').length).toBe(1);

    // The gap table: districts where the plan is and the companies are few (all but the two with companies),
    // and the reverse; exported as CSV.
    const short = await page()
      .locator('[data-testid="portfolio-gaps-short"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [tr.getAttribute('data-district'), Number(tr.getAttribute('data-gap'))]));
    expect(short.length).toBeGreaterThan(3);
    expect(short.every(([, g]) => (g as number) > 0)).toBe(true);
    expect(short.map(([d]) => d)).not.toContain('海珠区');
    const ahead = await page()
      .locator('[data-testid="portfolio-gaps-ahead"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-district')));
    expect(ahead).toContain('海珠区');
    const gapsCsv = await csvLines(() => page().locator('[data-testid="portfolio-export-gaps"]').click());
    expect(gapsCsv[0]).toBe(
      'District,Plan’s places,Institutions,Companies,share of the plan’s places and institutions (%),share of your companies (%),gap (percentage points)',
    );
    expect(gapsCsv.length).toBe(11 + 2);
    await page().locator('[data-testid="portfolio-gap-tables"]').scrollIntoViewIfNeeded();
    await shot(page(), 'portfolio-gaps-en');
    // One language at a time: no Chinese in the English panel outside names marked lang="zh".
    const chinese = await page()
      .locator('[data-testid="portfolio"]')
      .evaluate((root) => {
        const out: string[] = [];
        const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode())
          if (/[\u3400-\u9fff]/.test(t.textContent ?? '') && !t.parentElement?.closest('[lang^="zh"]')) out.push(t.textContent!);
        return out;
      });
    expect(chinese).toEqual([]);
  });

  it('opens from a link with its radius, in Chinese', async () => {
    await openApp(s, 'mode=districts&lang=zh&radius=10');
    await result(10).waitFor({ timeout: MAP_READY_TIMEOUT });
    await expect(page().locator('[data-testid="portfolio-radius"]').inputValue()).resolves.toBe('10');
    // 10 km: 天河智慧城 (node-tianhe-smart-city) is 5.4 km from the Science City company.
    expect(Number(await place('node-tianhe-smart-city').getAttribute('data-within'))).toBeGreaterThanOrEqual(1);
    const summary = (await page().locator('[data-testid="portfolio-summary"]').textContent())!;
    expect(summary).toMatch(/^4 家企业中，3 家在 10 公里内/);
    expect(summary).not.toMatch(/[A-Za-z]/);
    // One language at a time over the whole panel (gap tables, place and district tables, exports): no
    // Latin letters but the user's own names (their file, their companies) and the formats' names.
    await page().locator('[data-testid="portfolio-gap-tables"]').waitFor();
    const own = ['=HYPERLINK("http://evil")', 'Science City Co', 'Nansha Marine Co', 'Shenzhen Co', 'portfolio', 'GeoJSON', 'CSV'];
    let whole = (await page().locator('[data-testid="portfolio"]').innerText()).replaceAll("'", '');
    for (const o of own) whole = whole.replaceAll(o, '');
    expect(whole.match(/[A-Za-z]+/g)).toBeNull();
    await waitForHooks(page(), ({ w }) => w.__hub?.map?.renderedIn('pf-buffer-fill') > 0);
    await page().locator('[data-testid="portfolio"]').scrollIntoViewIfNeeded();
    await shot(page(), 'portfolio-zh');
    await page().locator('[data-testid="portfolio-gap-tables"]').scrollIntoViewIfNeeded();
    await shot(page(), 'portfolio-gaps-zh');
  });

  it('writes every number with digit grouping (a layer of 1,234 companies), in both languages', async () => {
    // Zhujiang New Town (天河), on a grid of ~30 m: one district holds them all.
    const rows = ['name,lon,lat'];
    for (let i = 0; i < 1234; i++) rows.push(`Co ${i},${(113.32 + (i % 50) * 0.0003).toFixed(5)},${(23.118 + Math.floor(i / 50) * 0.0003).toFixed(5)}`);
    await openApp(s, 'mode=districts&lang=en&radius=3');
    await importCsv(page(), csvFile('many.csv', rows.join('\n') + '\n'));
    const layerId = await page().locator('[data-testid="portfolio-layer"] option', { hasText: 'many' }).getAttribute('value');
    await page().locator('[data-testid="portfolio-layer"]').selectOption(layerId!);
    await page().locator(`[data-testid="portfolio-result"][data-layer="${layerId}"][data-radius="3"]`).waitFor({ timeout: MAP_READY_TIMEOUT });
    await expect(page().locator('[data-testid="portfolio-summary"]').textContent()).resolves.toMatch(/ of your 1,234 companies /);
    const cells = await page()
      .locator('[data-testid="portfolio-districts"] td.companies')
      .evaluateAll((tds) => tds.map((td) => td.textContent));
    expect(cells).toContain('1,234');
    await page().locator('.lang-switch button[lang="zh"]').click();
    await expect(page().locator('[data-testid="portfolio-summary"]').textContent()).resolves.toMatch(/^1,234 家企业中/);
  });

  it('ranks the districts by your points (metric=user-points, no counts in the link) and exports the table', async () => {
    // Another tab of the site writing to the store holds the read of the layers: until they are read the
    // table says so (never zeros ranked as counts, never "none of your layers is shown") and its export waits.
    // (A layer of its own first, so that it runs alone too.)
    await openApp(s, 'mode=districts&lang=zh');
    await importCsv(page(), csvFile('own.csv', CSV));
    await page().locator('[data-testid="user-layers"][data-saving="false"] li.layer[data-kept="saved"]').first().waitFor({ timeout: MAP_READY_TIMEOUT });
    const hold = await holdLayerStore(s);
    await openApp(s, 'mode=districts&lang=zh&metric=user-points');
    await page().locator('[data-testid="user-metric-reading"]').waitFor();
    await expect(page().locator('[data-testid="districts-panel"]').getAttribute('data-user-layers')).resolves.toBe('reading');
    await expect(page().locator('[data-testid="district-table"]').getAttribute('aria-busy')).resolves.toBe('true');
    await expect(page().locator('[data-testid="export-table-csv"]').isDisabled()).resolves.toBe(true);
    await expect(page().locator('[data-testid="user-metric-none"]').count()).resolves.toBe(0);
    const pending = await page()
      .locator('[data-testid="district-table"] tbody tr')
      .evaluateAll((trs) => trs.map((tr) => `${tr.querySelector('td.rank')?.textContent} ${tr.querySelector('td.count')?.textContent}`));
    expect(new Set(pending)).toEqual(new Set(['… …']));
    // Nor does the list of your layers say there is none.
    await expect(page().locator('[data-testid="layers-none"]').textContent()).resolves.toBe('正在读取本浏览器中保存的您的图层……');
    await shot(page(), 'districts-user-metric-reading-zh');
    await hold.release();
    await page().locator('[data-testid="districts-panel"][data-user-layers="read"]').waitFor({ timeout: MAP_READY_TIMEOUT });
    await expect(page().locator('[data-testid="district-table"]').getAttribute('aria-busy')).resolves.toBeNull();
    await expect(page().locator('[data-testid="user-metric-reading"]').count()).resolves.toBe(0);
    await expect(page().locator('[data-testid="user-metric-none"]').count()).resolves.toBe(0);
    expect(await page().locator('[data-testid="metric"]').inputValue()).toBe('user-points');
    // The layers are shown (kept in this browser): the count column is theirs, ranked most first.
    const rows = await page()
      .locator('[data-testid="district-table"] tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [tr.getAttribute('data-district'), tr.querySelector('td.count')?.textContent, tr.querySelector('td.rank')?.textContent]),
      );
    expect(rows[0]![2]).toBe('1');
    const counts = rows.map((r) => Number(String(r[1]).replace(/,/g, '')));
    expect(counts[0]).toBeGreaterThan(0);
    expect([...counts].sort((a, b) => b - a)).toEqual(counts);
    // No column of your points beside the count (it would repeat it); the link holds the metric's name only.
    await expect(page().locator('[data-testid="district-table"] th.user').count()).resolves.toBe(0);
    expect(await page().evaluate(() => location.hash)).not.toMatch(/user-points.*\d{3}/);
    await expect(page().locator('[data-testid="no-site-note"]').textContent()).resolves.toContain('链接只记下这个指标的名称');
    const csv = await csvLines(() => page().locator('[data-testid="export-table-csv"]').click());
    expect(csv[0]).toBe('名次,行政区,您的点,实验室与大科学装置,科研院所,高校与新校区,十三节点');
    expect(csv[1]!.startsWith(`1,${rows[0]![0]},`)).toBe(true);
    await shot(page(), 'districts-user-metric-zh');
  });

  it('puts the institutions layer on the poster’s legend when it is shown', async () => {
    await openApp(s, 'mode=districts&lang=en&metric=inst-state-key-lab');
    await waitForHooks(page(), ({ w }) => w.__hub?.map?.renderedIn('institutions-ring') > 0);
    await Promise.all([page().waitForEvent('download', { timeout: MAP_READY_TIMEOUT }), page().locator('button[aria-label^="Export image"]').first().click()]);
    const poster = (await hooks(page(), ({ w }) => w.__poster))!;
    expect(poster.institutions?.title).toBe('Institutions the targets count');
    expect(poster.institutions?.items.map((i) => i.label)).toContain('State key laboratory');
    const boxes = poster.legendBoxes!.filter((b) => b.block === 'institutions');
    expect(boxes.filter((b) => b.index >= 0).length).toBe(poster.institutions!.items.length);
    expect(boxes.some((b) => b.index === -1)).toBe(true); // its title
    expect(s.errors).toEqual([]);
  });
});
