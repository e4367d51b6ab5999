// The Districts screen in real Chromium: the ranked table and the choropleth, the metric in the URL,
// a district's places, export (CSV for Excel, GeoJSON) and import of one's own points.
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { bbox, pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import { openApp, waitForMapIdle, shot, pngPixels, hooks, browserPerFile, whenStored, layersRead } from './harness.ts';

const s = browserPerFile();

// --- what the data says, computed here independently of the app -------------------------------------
const load = <T>(rel: string): T => JSON.parse(readFileSync(new URL(`../../${rel}`, import.meta.url), 'utf8')) as T;
type Place = {
  geometry: unknown;
  properties: {
    id: string;
    kind: string;
    district: string | null;
    name_zh: string;
    site?: { kind: 'not-physical' | 'unknown' | 'address' };
    campuses?: Array<{ district: string }>;
  };
};
const places = load<{ features: Place[] }>('data/places.geojson').features;
const districts = load<FeatureCollection<Polygon | MultiPolygon, { name_zh: string; name_en: string }>>('data/districts.geojson');
const districtNamed = (zh: string) => districts.features.find((f) => f.properties.name_zh === zh)! as Feature<Polygon | MultiPolygon>;
// A multi-campus university counts in the district of each campus (its own district is its first campus).
const inDistrict = (p: Place, zh: string) => p.properties.district === zh || (p.properties.campuses ?? []).some((c) => c.district === zh);
const countIn = (zh: string, kind?: string) =>
  places.filter((p) => inDistrict(p, zh) && (kind ? p.properties.kind === kind : p.properties.kind !== 'context-city')).length;

const hash = () => s.page.evaluate(() => location.hash);
const table = () => s.page.locator('[data-testid="district-table"]');

/** The body rows of the table as shown: district (zh, from data-district), rank, count, and "your points" if shown. */
async function rows(): Promise<Array<{ district: string; rank: number; count: number; user?: number }>> {
  return table()
    .locator('tbody tr')
    .evaluateAll((trs) =>
      trs.map((tr) => ({
        district: tr.getAttribute('data-district') ?? '',
        rank: Number(tr.querySelector('td.rank')?.textContent),
        count: Number(tr.querySelector('td.count')?.textContent),
        ...(tr.querySelector('td.user') ? { user: Number(tr.querySelector('td.user')?.textContent) } : {}),
      })),
    );
}

/** The most frequent colour of a small patch of the screen around a district's inner point. */
async function districtColour(zh: string): Promise<[number, number, number]> {
  const [lon, lat] = pointOnFeature(districtNamed(zh)).geometry.coordinates as [number, number];
  const pt = await hooks(s.page, ({ w, arg }) => w.__hub.map.project(arg), [lon, lat] as [number, number]);
  const box = (await s.page.locator('[data-testid="map"]').boundingBox())!;
  const png = await s.page.screenshot({ clip: { x: box.x + pt.x - 6, y: box.y + pt.y - 6, width: 13, height: 13 } });
  const freq = new Map<string, number>();
  for (const px of await pngPixels(s.page, png)) freq.set(px.join(','), (freq.get(px.join(',')) ?? 0) + 1);
  const top = [...freq].sort((a, b) => b[1] - a[1])[0]![0];
  return top.split(',').map(Number) as [number, number, number];
}

describe('Districts', () => {
  it('ranks the 11 districts, shades the map by them, and sorts from the keyboard', async () => {
    await openApp(s, 'mode=districts&lang=en');
    expect(await s.page.locator('[data-testid="side-panel"]').count()).toBe(0);
    const r = await rows();
    expect(r).toHaveLength(11);
    expect(new Set(r.map((x) => x.district))).toEqual(new Set(districts.features.map((f) => f.properties.name_zh)));
    // Ranked: counts never rise, ranks never fall, and each count is what the data says.
    for (let i = 1; i < r.length; i++) {
      expect(r[i]!.count).toBeLessThanOrEqual(r[i - 1]!.count);
      expect(r[i]!.rank).toBeGreaterThanOrEqual(r[i - 1]!.rank);
    }
    for (const x of r) expect(x.count).toBe(countIn(x.district));
    expect(await table().locator('tbody tr').first().locator('th').innerText()).toBe(
      districtNamed(r[0]!.district).properties!['name_en'].replace(/ District$/, ''),
    );
    // Not located and outside Guangzhou are listed with their counts, never dropped.
    const unlocated = places.filter((p) => p.properties.district === null).length;
    expect(await table().locator('tfoot tr[data-bucket="unlocated"] td.count').innerText()).toBe(String(unlocated));
    expect(await table().locator('tfoot tr[data-bucket="outside"] th').innerText()).toBe('Outside Guangzhou');
    expect(await s.page.locator('[data-testid="no-site-note"]').innerText()).toMatch(/^\d+ of them are named by the plan with no known site/);
    await expect(s.page.locator('[data-testid="choropleth-legend"]').innerText()).resolves.toContain(`max ${r[0]!.count}`);

    // The map: the top district is shaded dark orange, the last one near the light end of the scale.
    const top = await districtColour(r[0]!.district);
    const last = await districtColour(r.at(-1)!.district);
    expect(top[0] - top[2]).toBeGreaterThan(80);
    expect(top[0] + top[1] + top[2]).toBeLessThan(last[0] + last[1] + last[2] - 150);

    // Keyboard: Enter on a header button sorts, aria-sort says how.
    const nameHeader = table().locator('thead th', { hasText: 'District' });
    await nameHeader.locator('button').focus();
    await s.page.keyboard.press('Enter');
    expect(await nameHeader.getAttribute('aria-sort')).toBe('ascending');
    const byName = await table().locator('tbody th button').allInnerTexts();
    expect(byName).toEqual([...byName].sort((a, b) => a.localeCompare(b)));
    await s.page.keyboard.press('Enter');
    expect(await nameHeader.getAttribute('aria-sort')).toBe('descending');
    expect(await table().locator('tbody th button').first().innerText()).toBe([...byName].sort((a, b) => b.localeCompare(a))[0]);
    expect(await table().locator('thead th[aria-sort]').count()).toBe(1);
    expect(s.errors).toEqual([]);
  });

  it('switching the metric to institutes updates the URL and the table', async () => {
    await openApp(s, 'mode=districts&lang=en');
    await s.page.locator('[data-testid="metric"]').selectOption('institute');
    await s.page.waitForFunction(() => location.hash.includes('metric=institute'));
    expect(await table().locator('thead th.count').innerText()).toMatch(/Research institute/);
    const r = await rows();
    expect(r).toHaveLength(11);
    for (const x of r) expect(x.count).toBe(countIn(x.district, 'institute'));
    expect(r[0]!.count).toBe(Math.max(...districts.features.map((f) => countIn(f.properties.name_zh, 'institute'))));
    // The link restores it.
    await openApp(s, (await hash()).slice(1));
    expect(await s.page.locator('[data-testid="metric"]').inputValue()).toBe('institute');
    expect((await rows()).map((x) => x.count)).toEqual(r.map((x) => x.count));
    // A metric no kind or group has: said so, and every place is counted.
    await openApp(s, 'mode=districts&lang=en&metric=bogus');
    expect(await s.page.locator('.districts-panel .notice-inline').innerText()).toContain('“bogus”, which is unknown');
    expect(await s.page.locator('[data-testid="metric"]').inputValue()).toBe('');
    for (const x of await rows()) expect(x.count).toBe(countIn(x.district));
  });

  it('clicking a district row frames it and lists its places, institutes first', async () => {
    await openApp(s, 'mode=districts&lang=en');
    const before = await hash();
    await table().locator('tbody tr[data-district="黄埔区"] td.count').click();
    await s.page.waitForFunction((b) => location.hash !== b && /view=/.test(location.hash), before);
    await waitForMapIdle(s.page);
    const [w, so, e, n] = bbox(districtNamed('黄埔区'));
    const m = (await hash()).match(/view=([\d.]+),([\d.]+)/)!;
    const [lon, lat] = [Number(m[1]), Number(m[2])];
    expect(lon).toBeGreaterThan(w!);
    expect(lon).toBeLessThan(e!);
    expect(lat).toBeGreaterThan(so!);
    expect(lat).toBeLessThan(n!);
    expect(await table().locator('tbody tr[data-district="黄埔区"]').getAttribute('aria-current')).toBe('true');
    const list = s.page.locator('[data-testid="district-places"]');
    expect(await list.locator('h3').innerText()).toBe(`Huangpu: ${countIn('黄埔区')} places`);
    const ids = await list.locator('button.feature').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-id')));
    expect(new Set(ids)).toEqual(new Set(places.filter((p) => inDistrict(p, '黄埔区')).map((p) => p.properties.id)));
    const kinds = await list.locator('.kind-group').evaluateAll((gs) => gs.map((g) => g.getAttribute('data-kind')));
    if (countIn('黄埔区', 'institute') > 0) expect(kinds[0]).toBe('institute');
    // A place with no known site is still listed, and says which kind of "no site" it is.
    const unsited = places.find((p) => p.properties.district === '黄埔区' && p.geometry === null);
    const siteWords = { 'not-physical': 'Not a physical site', unknown: 'Site not known', address: 'Address only, not placed' } as const;
    if (unsited) expect(await list.locator(`button[data-id="${unsited.properties.id}"]`).innerText()).toContain(siteWords[unsited.properties.site!.kind]);
    // Picking a place selects it (the map frames it), and Explore shows it.
    await list.locator('button.feature').first().click();
    await s.page.waitForFunction(() => location.hash.includes('select='));
    await list.getByRole('button', { name: /See the selected place in Explore/ }).click();
    await s.page.locator('[data-testid="side-panel"] #details-title').waitFor();
  });

  it('exports the places shown as CSV for Excel (BOM, CRLF, Chinese) and as GeoJSON', async () => {
    await openApp(s, 'mode=districts&lang=en');
    const [csvDl] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('[data-testid="export-csv"]').click()]);
    expect(csvDl.suggestedFilename()).toMatch(/^guangzhou-hub-places-all-\d{4}-\d{2}-\d{2}\.csv$/);
    const bytes = readFileSync((await csvDl.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8').slice(1);
    expect(text.split('\r\n')[0]).toBe('id,name_zh,name_en,kind,district,confidence,lon,lat,actions,tasks,units,plan_lines,sources');
    expect(text).toContain('中新广州知识城');
    expect(text).toContain('黄埔区');
    expect(text.replace(/\r\n/g, '')).not.toMatch(/\n/);
    const shown = places.filter((p) => p.properties.kind !== 'context-city').length;
    // A header, one line per place, and the final CRLF.
    expect(text.split('\r\n').length - 2).toBe(shown);

    // With a metric: only those places, named in the file.
    await s.page.locator('[data-testid="metric"]').selectOption('institute');
    const [geoDl] = await Promise.all([s.page.waitForEvent('download'), s.page.locator('[data-testid="export-geojson"]').click()]);
    expect(geoDl.suggestedFilename()).toMatch(/^guangzhou-hub-places-institute-\d{4}-\d{2}-\d{2}\.geojson$/);
    const fc = JSON.parse(readFileSync((await geoDl.path())!, 'utf8'));
    expect(fc.type).toBe('FeatureCollection');
    expect(fc.features.length).toBe(places.filter((p) => p.properties.kind === 'institute').length);
    expect(fc.features.every((f: { properties: { kind: string } }) => f.properties.kind === 'institute')).toBe(true);
    expect(fc.features.some((f: { geometry: unknown }) => f.geometry === null)).toBe(true);
  });

  it('imports a CSV of one’s own points: counts per district, bad rows reported, hostile text kept as text', async () => {
    await openApp(s, 'mode=districts&lang=en');
    const dialogs: string[] = [];
    s.page.on('dialog', (d) => {
      dialogs.push(d.message());
      void d.dismiss();
    });
    const imgsBefore = await s.page.locator('img').count();
    const csv = [
      'Name;Longitude;Latitude',
      '<img src=x onerror=alert(1)>;113.3245;23.1066', // Canton Tower, 海珠区
      '"Acme 科技; Ltd";113.4893;23.1637', // Science City, 黄埔区
      'Broken;abc;23.1',
      'Shenzhen Co;114.0579;22.5431', // outside Guangzhou
    ].join('\r\n');
    await s.page
      .locator('[data-testid="import-file"]')
      .setInputFiles({ name: 'portfolio.csv', mimeType: 'text/csv', buffer: Buffer.from('\uFEFF' + csv, 'utf8') });
    await s.page.locator('[data-testid="datum-wgs84"]').check();
    await s.page.locator('[data-testid="import-start"]').click();
    const result = s.page.locator('[data-testid="import-result"]');
    await result.waitFor();
    expect(await result.locator('.summary').innerText()).toBe('Layer “portfolio”: 3 points, 1 of them outside Guangzhou; 1 row could not be read.');
    await result.locator('details summary').click();
    expect(await result.locator('details').innerText()).toContain('row 4: the longitude “abc” is not a number');
    // The "Your points" column.
    expect(await table().locator('thead th.user').innerText()).toMatch(/Your points/);
    const r = await rows();
    expect(r.find((x) => x.district === '海珠区')!.user).toBe(1);
    expect(r.find((x) => x.district === '黄埔区')!.user).toBe(1);
    expect(r.reduce((sum, x) => sum + (x.user ?? 0), 0)).toBe(2);
    expect(await table().locator('tfoot tr[data-bucket="outside"] td.user').innerText()).toBe('1');
    // The points are drawn on the map (those in Guangzhou, in view at the city frame).
    await waitForMapIdle(s.page);
    const drawnIn = () => hooks(s.page, ({ w }) => Object.values(w.__hub.map.userRendered()).reduce((n, r) => n + r.points + r.clusters, 0));
    expect(await drawnIn()).toBeGreaterThanOrEqual(2);
    // The hostile name is shown as text in its district, and nothing was made of it.
    await table().locator('tbody tr[data-district="海珠区"] th button').click();
    const mine = s.page.locator('[data-testid="user-points-here"]');
    expect(await mine.innerText()).toContain('<img src=x onerror=alert(1)>');
    expect(await s.page.locator('img').count()).toBe(imgsBefore);
    expect(await s.page.locator('img[src="x"]').count()).toBe(0);
    expect(dialogs).toEqual([]);
    // Nothing of it in the URL.
    expect(await hash()).not.toMatch(/portfolio|Acme|img/);
    await mine.scrollIntoViewIfNeeded();
    await shot(s.page, 'districts-import-en');
    // Delete the layer: the points leave the map too.
    await s.page.locator('[data-testid="layer-delete"]').click();
    await waitForMapIdle(s.page);
    expect(await drawnIn()).toBe(0);
    expect(await table().locator('thead th.user').count()).toBe(0);
    // Stored too, before the next test opens the page again (the list shows a delete before it is written).
    await whenStored(s.page);
    expect(s.errors).toEqual([]);
  });

  it('says clearly when an import has no usable coordinates', async () => {
    await openApp(s, 'mode=districts&lang=en');
    await s.page.locator('[data-testid="import-file"]').setInputFiles({
      name: 'x.geojson',
      mimeType: 'application/geo+json',
      buffer: Buffer.from(
        '{"type":"FeatureCollection","features":[{"type":"Feature","geometry":{"type":"LineString","coordinates":[[0,0],[1,1]]},"properties":{}}]}',
      ),
    });
    await s.page.locator('[data-testid="import-start"]').click();
    const details = s.page.locator('[data-testid="import-problems"]');
    await details.waitFor();
    // Nothing imported: the reasons are open at once.
    expect(await details.getAttribute('open')).not.toBeNull();
    expect(await details.innerText()).toContain('feature 1: its geometry is LineString, not a Point; skipped');
    // No empty layer is added.
    await layersRead(s.page);
    expect(await s.page.locator('[data-testid="user-layers"] li.layer').count()).toBe(0);
  });

  it('leaves the map unshaded when Explore comes back', async () => {
    await openApp(s, 'mode=districts&lang=en');
    const shaded = await districtColour('南沙区');
    await s.page.getByRole('button', { name: 'Explore' }).click();
    await s.page.locator('[data-testid="side-panel"]').waitFor();
    await waitForMapIdle(s.page);
    const plain = await districtColour('南沙区');
    expect(plain[0] + plain[1] + plain[2]).toBeGreaterThan(shaded[0] + shaded[1] + shaded[2] + 150);
  });

  it('reads in Chinese, and respects the Explore filters', async () => {
    await openApp(s, 'mode=districts&lang=zh');
    expect(await table().locator('tbody tr').count()).toBe(11);
    expect(await table().locator('tfoot tr[data-bucket="unlocated"] th').innerText()).toBe('未定位到区');
    await table().locator('tbody tr[data-district="南沙区"] th button').click();
    await s.page.locator('[data-testid="district-places"]').waitFor();
    expect(await s.page.locator('[data-testid="district-places"] h3').innerText()).toBe(`南沙区：${countIn('南沙区')} 处`);
    await waitForMapIdle(s.page);
    await shot(s.page, 'districts-zh');

    await openApp(s, 'mode=districts&lang=en&kinds=university');
    await expect(s.page.locator('.districts-panel .notice-inline').innerText()).resolves.toMatch(/The Explore filters apply here too/);
    const r = await rows();
    for (const x of r) expect(x.count).toBe(countIn(x.district, 'university'));
    await shot(s.page, 'districts-filtered-en');
  });
});
