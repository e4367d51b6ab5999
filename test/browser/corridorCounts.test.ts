// Corridor counts in real Chromium: a small CSV imported, the companies within the chosen distance of
// each corridor and segment in the table (buffer= in the link), the buffers drawn on the map, the CSV
// (neutralised) and GeoJSON exports, and the same from a link in Chinese. Screenshots in both languages.
import { describe, it, expect } from 'vitest';
import { browserPerFile, openApp, shot, csvFile, download, importCsv, MAP_READY_TIMEOUT, waitForHooks, hooks } from './harness.ts';

const s = browserPerFile({ width: 1400, height: 900 });
const page = () => s.page;

// WGS-84. Row 2: 0.60 km from gz-section-01 (its middle, to the north), 3.9 km from gz-section-02 and -12;
// row 3: 广州科学城, an end of gz-section-10, -11, -13 and sui-shen-gang-01 (0.1 km); row 4: Shenzhen,
// 0.05 km from sui-shen-gang-03 and 0.41 km from -02; row 5: 从化, more than 12 km from every corridor.
const CSV =
  [
    'name,lon,lat',
    '=HYPERLINK("http://evil"),113.27452,23.10281',
    'Science City Co,113.452,23.168',
    'Shenzhen Co,114.06,22.54',
    'Conghua Co,113.59,23.55',
  ].join('\r\n') + '\r\n';

const result = (km: number) => page().locator(`[data-testid="corridor-result"][data-buffer="${km}"]`);
const within = (sel: string) => page().locator(`[data-testid="corridor-table"] ${sel}`).getAttribute('data-within');

describe('Corridor counts', () => {
  it('counts an imported layer within a distance of each corridor and segment, draws the buffers, exports CSV and GeoJSON', async () => {
    await openApp(s, 'mode=districts&lang=en');
    await importCsv(page(), csvFile('corridor.csv', CSV));

    // At once with the default distance (2 km).
    await result(2).waitFor({ timeout: MAP_READY_TIMEOUT });
    await expect(within('tr.corridor-total[data-corridor="gz-section"]')).resolves.toBe('2');
    await expect(within('tr.corridor-total[data-corridor="sui-shen-gang"]')).resolves.toBe('2');
    await expect(within('tr.corridor-total[data-corridor="sui-zhu-ao"]')).resolves.toBe('0');
    await expect(within('tr[data-segment="gz-section-01"]')).resolves.toBe('1');
    await expect(within('tr[data-segment="gz-section-02"]')).resolves.toBe('0');
    await expect(within('tr[data-segment="sui-shen-gang-03"]')).resolves.toBe('1');
    const gz = await page()
      .locator('[data-testid="corridor-table"] tr.corridor-total[data-corridor="gz-section"]')
      .evaluate((tr) => [tr.querySelector('th')?.textContent, tr.querySelector('.share')?.textContent]);
    expect(gz[0]).toContain('Guangzhou section');
    expect(gz[1]).toBe('50.0%');
    await expect(page().locator('[data-testid="corridor-summary"]').textContent()).resolves.toBe(
      '3 of your 4 companies (75.0%) lie within 2 km of a corridor.',
    );
    // A segment is named by its ends.
    await expect(page().locator('[data-testid="corridor-table"] tr[data-segment="sui-shen-gang-01"] th').textContent()).resolves.toMatch(/ → /);

    // 0.5 km: row 2 (0.60 km away) drops out of gz-section-01; 5 km: gz-section-02 (3.9 km) comes in.
    await page().locator('[data-testid="corridor-buffer"]').selectOption('0.5');
    await result(0.5).waitFor({ timeout: MAP_READY_TIMEOUT });
    await expect(within('tr[data-segment="gz-section-01"]')).resolves.toBe('0');
    await expect(within('tr.corridor-total[data-corridor="gz-section"]')).resolves.toBe('1');
    expect(await page().evaluate(() => location.hash)).toContain('buffer=0.5');
    await page().locator('[data-testid="corridor-buffer"]').selectOption('5');
    await result(5).waitFor({ timeout: MAP_READY_TIMEOUT });
    await expect(within('tr[data-segment="gz-section-02"]')).resolves.toBe('1');
    expect(await page().evaluate(() => location.hash)).toContain('buffer=5');

    // On the map: one buffer per corridor, in the corridor's colour, under the corridors' lines.
    await waitForHooks(page(), ({ w }) => w.__hub?.map?.renderedIn('cb-fill') >= 3 && w.__hub.map.renderedIn('cb-line') >= 3);
    const layers = await hooks(page(), ({ w }) => w.__hub.map.layerIds());
    expect(layers.indexOf('cb-fill')).toBeGreaterThanOrEqual(0);
    expect(layers.indexOf('cb-fill')).toBeLessThan(layers.indexOf('corridors-line'));
    expect(JSON.stringify(await hooks(page(), ({ w }) => w.__hub.map.styleValue('cb-fill', 'fill-color')))).toContain('#c2410c');
    await page().locator('[data-testid="corridor-counts"]').scrollIntoViewIfNeeded();
    await shot(page(), 'corridor-counts-en');

    // CSV: a row per corridor, then its segments; neutralised like every export.
    const csv = await download(page(), () => page().locator('[data-testid="corridor-export-csv"]').click());
    expect(csv.name).toMatch(/-corridors-5km-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = csv.text.replace(/^\uFEFF/, '').split('\r\n');
    expect(lines[0]).toBe('corridor,corridor id,segment,segment id,distance (km),companies within the distance,share of the layer’s companies (%)');
    expect(lines[1]).toBe('Guangzhou section of the GZ–SZ–HK–Macao corridor,gz-section,all segments (each company once),,5,2,50');
    expect(lines.find((l) => l.includes(',gz-section-02,'))).toMatch(/,5,1,25$/);
    // GeoJSON: each segment's buffer with its counts.
    const gj = await download(page(), () => page().locator('[data-testid="corridor-export-geojson"]').click());
    const fc = JSON.parse(gj.text);
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features).toHaveLength(21);
    const seg = fc.features.find((f: { id: string }) => f.id === 'sui-shen-gang-03');
    expect(seg.geometry.type).toBe('Polygon');
    expect(seg.properties).toMatchObject({
      corridor: 'sui-shen-gang',
      buffer_km: 5,
      points_within: 1,
      share: 0.25,
      corridor_points_within: 2,
      points_total: 4,
    });
  });

  it('opens from a link with its distance, in Chinese', async () => {
    await openApp(s, 'mode=districts&lang=zh&buffer=1');
    await result(1).waitFor({ timeout: MAP_READY_TIMEOUT });
    await expect(page().locator('[data-testid="corridor-buffer"]').inputValue()).resolves.toBe('1');
    await expect(within('tr[data-segment="gz-section-01"]')).resolves.toBe('1');
    const summary = (await page().locator('[data-testid="corridor-summary"]').textContent())!;
    expect(summary).toBe('4 家企业中，3 家（75.0%）距至少一条走廊不超过 1 公里。');
    const text = (await page().locator('[data-testid="corridor-counts"]').innerText()).replace(/GeoJSON|CSV/g, '');
    expect(text).not.toMatch(/[A-Za-z]/);
    await waitForHooks(page(), ({ w }) => w.__hub?.map?.renderedIn('cb-fill') >= 3);
    await page().locator('[data-testid="corridor-counts"]').scrollIntoViewIfNeeded();
    await shot(page(), 'corridor-counts-zh');
  });
});
