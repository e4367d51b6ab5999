// The investor's own data in real Chromium: a 100,000-row GCJ-02 CSV imported in a worker with
// progress, counted in the right districts, drawn clustered, kept across a mode switch and a reload
// (IndexedDB), renamed, hidden, deleted, a second layer; hostile and broken files get one clear
// sentence; exports are neutralised; the comparison opens from a link; a click on the map drills in.
// Test files are generated here (nothing big is committed).
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pointOnFeature } from '@turf/turf';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import {
  openBrowser,
  openApp,
  waitForMapIdle,
  whenStored,
  layersRead,
  shot,
  holdLayerStore,
  MAP_READY_TIMEOUT,
  hooks,
  waitForHooks,
  type Session,
} from './harness.ts';
import { fromWgs84 } from '../../src/geo/datum.ts';

let s: Session;
let tmp: string;
beforeAll(async () => {
  s = await openBrowser({ width: 1400, height: 900 });
  tmp = mkdtempSync(join(tmpdir(), 'hub-import-'));
});
afterAll(async () => {
  await s?.close();
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

const districts = JSON.parse(readFileSync(new URL('../../data/districts.geojson', import.meta.url), 'utf8')) as FeatureCollection<
  Polygon | MultiPolygon,
  { name_zh: string }
>;
const districtNamed = (zh: string) => districts.features.find((f) => f.properties.name_zh === zh)! as Feature<Polygon | MultiPolygon>;

/** WGS-84 reference points well inside their districts (as in test/unit/importPipeline.test.ts). */
const REFERENCE: ReadonlyArray<[number, number, string]> = [
  [113.3245, 23.1064, '海珠区'],
  [113.446, 23.166, '黄埔区'],
  [113.58, 22.78, '南沙区'],
  [113.297, 23.183, '白云区'],
  [113.586, 23.548, '从化区'],
  [113.324, 23.137, '天河区'],
];
const SHENZHEN: [number, number] = [114.06, 22.54];

/** 100,000 rows in GCJ-02 (as AMap gives them): every 50th in Shenzhen, the rest round the reference points. */
function bigCsv(n: number): { text: string; expected: Map<string, number>; outside: number } {
  const lines = ['企业名称,行业,经度,纬度'];
  const expected = new Map<string, number>();
  let outside = 0;
  for (let i = 0; i < n; i++) {
    let wgs: [number, number];
    if (i % 50 === 49) {
      wgs = SHENZHEN;
      outside++;
    } else {
      const [lon, lat, d] = REFERENCE[i % REFERENCE.length]!;
      // ±100 m around the reference point: still well inside its district.
      const j = ((i * 7919) % 1000) / 1000 - 0.5;
      wgs = [lon + j * 0.002, lat - j * 0.002];
      expected.set(d, (expected.get(d) ?? 0) + 1);
    }
    const [x, y] = fromWgs84('gcj02', wgs);
    lines.push(`公司${i},${i % 3 === 0 ? '生物医药' : '人工智能'},${x.toFixed(6)},${y.toFixed(6)}`);
  }
  return { text: lines.join('\r\n') + '\r\n', expected, outside };
}

const file = (name: string, body: string | Buffer, mimeType = 'text/csv') => ({
  name,
  mimeType,
  buffer: typeof body === 'string' ? Buffer.from(body, 'utf8') : body,
});
const page = () => s.page;
const layerItems = () => page().locator('[data-testid="user-layers"] li.layer');

async function choose(f: ReturnType<typeof file> | string) {
  await page().locator('[data-testid="import-file"]').setInputFiles(f);
}
/** Picks a file, waits for its preview, chooses the datum and imports it; resolves when the layer is listed. */
async function importFile(f: ReturnType<typeof file>, datum: 'wgs84' | 'gcj02' | 'bd09') {
  const before = await layerItems().count();
  await choose(f);
  await page().locator('[data-testid="import-preview"]').waitFor();
  await page().locator(`[data-testid="datum-${datum}"]`).check();
  await page().locator('[data-testid="import-start"]').click();
  await page().locator('[data-testid="import-result"]').waitFor({ timeout: MAP_READY_TIMEOUT });
  await page().waitForFunction((n) => document.querySelectorAll('[data-testid="user-layers"] li.layer').length === n, before + 1);
}
const userColumn = () =>
  page()
    .locator('[data-testid="district-table"] tbody tr')
    .evaluateAll((trs) => Object.fromEntries(trs.map((tr) => [tr.getAttribute('data-district'), Number(tr.querySelector('td.user')?.textContent ?? 'NaN')])));
const glyphs = () => hooks(page(), ({ w }) => w.__hub.map.glyphs());
const rendered = () => hooks(page(), ({ w }) => w.__hub.map.userRendered());
const project = (lonLat: [number, number]) => hooks(page(), ({ w, arg }) => w.__hub.map.project(arg), lonLat);
async function clickMapAt(lonLat: [number, number]) {
  const pt = await project(lonLat);
  const box = (await page().locator('[data-testid="map"]').boundingBox())!;
  await page().mouse.click(box.x + pt.x, box.y + pt.y);
}
/** Each test starts with no layer of its own, whichever tests ran before (the browser profile keeps IndexedDB). */
async function clearLayers() {
  // Once the layers kept in this browser are read (the list says so until then).
  await layersRead(page());
  if ((await layerItems().count()) === 0) return;
  page().once('dialog', (d) => void d.accept());
  await page().locator('[data-testid="remove-all"]').click();
  await page().waitForFunction(() => document.querySelectorAll('[data-testid="user-layers"] li.layer').length === 0);
}
async function download(click: () => Promise<void>): Promise<string> {
  const [d] = await Promise.all([page().waitForEvent('download'), click()]);
  return readFileSync((await d.path())!, 'utf8');
}

describe('Import of your own layers', () => {
  it('imports 100,000 GCJ-02 rows with progress into the right districts, kept across a mode switch and a reload', async () => {
    await openApp(s, 'mode=districts&lang=en');
    await clearLayers();
    const big = bigCsv(100_000);
    // Watch the progress bar and long main-thread tasks from before the file is chosen.
    await page().evaluate(() => {
      const w = window as unknown as { __progress: string[]; __long: number[] };
      w.__progress = [];
      w.__long = [];
      new MutationObserver(() => {
        const p = document.querySelector('[data-testid="import-progress"]');
        if (p) w.__progress.push(`${p.getAttribute('data-phase')}:${p.getAttribute('data-fraction')}`);
      }).observe(document.body, { subtree: true, childList: true, attributes: true, attributeFilter: ['data-fraction', 'data-phase'] });
      new PerformanceObserver((l) => {
        for (const e of l.getEntries()) w.__long.push(e.duration);
      }).observe({ type: 'longtask', buffered: false });
    });
    // A path, not a buffer: Playwright builds a buffer's File with script in the page (a long task of its own).
    const bigPath = join(tmp, 'portfolio-gcj02.csv');
    writeFileSync(bigPath, big.text);
    // Cancel stops the worker: nothing is added.
    await choose(bigPath);
    await page().locator('[data-testid="datum-gcj02"]').check();
    await page().locator('[data-testid="import-start"]').click();
    await page().locator('[data-testid="import-cancel"]').click();
    expect(await page().locator('[data-testid="import-error"]').innerText()).toBe('Import cancelled; nothing was added.');
    expect(await layerItems().count()).toBe(0);
    await page().evaluate(() => {
      (window as unknown as { __progress: string[] }).__progress = [];
    });

    await choose(bigPath);
    const preview = page().locator('[data-testid="import-preview"]');
    await preview.waitFor();
    // Columns recognised from the Chinese header; the datum must be chosen.
    expect(await page().locator('[data-testid="map-lon"]').inputValue()).toBe('2');
    expect(await page().locator('[data-testid="map-lat"]').inputValue()).toBe('3');
    expect(await page().locator('[data-testid="map-name"]').inputValue()).toBe('0');
    expect(await page().locator('[data-testid="import-start"]').isDisabled()).toBe(true);
    await page().locator('[data-testid="datum-gcj02"]').check();
    await page().locator('[data-testid="import-start"]').click();
    const result = page().locator('[data-testid="import-result"]');
    await result.waitFor({ timeout: MAP_READY_TIMEOUT });
    const progress = await page().evaluate(() => (window as unknown as { __progress: string[] }).__progress);
    const long = await page().evaluate(() => (window as unknown as { __long: number[] }).__long);
    console.log(`import: ${progress.length} progress updates, long tasks (ms): ${long.map(Math.round).join(', ') || 'none'}`);
    expect(progress.some((p) => p.startsWith('parse:'))).toBe(true);
    expect(new Set(progress).size).toBeGreaterThan(2);

    expect(Number(await result.getAttribute('data-points'))).toBe(100_000);
    expect(Number(await result.getAttribute('data-outside'))).toBe(big.outside);
    expect(Number(await result.getAttribute('data-skipped'))).toBe(0);
    const counts = await userColumn();
    for (const [d, n] of big.expected) expect(counts[d]).toBe(n);
    expect(await page().locator('[data-testid="district-table"] tfoot tr[data-bucket="outside"] td.user').innerText()).toBe(String(big.outside));
    // Drawn: clustered at city zoom.
    await waitForMapIdle(page());
    await waitForHooks(page(), ({ w }) => Object.values(w.__hub.map.userRendered()).some((r) => r.clusters > 0));
    const r = Object.values(await rendered())[0]!;
    expect(r.clusters).toBeGreaterThan(0);
    // A user's names may hold any character: while a layer whose names the build's glyph file cannot
    // draw is on the map (公司N: 司 is not among the plan's characters), labels are drawn with the
    // browser's fonts.
    expect(await glyphs()).toBeNull();
    await shot(page(), 'import-100k-clusters');

    // A mode switch loses nothing.
    await page().locator('.mode-switch button', { hasText: 'Explore' }).click();
    await page().locator('[data-testid="side-panel"]').waitFor();
    await page().locator('.mode-switch button', { hasText: 'Districts' }).click();
    await layerItems().first().waitFor();
    expect(await layerItems().count()).toBe(1);
    expect((await userColumn())['黄埔区']).toBe(big.expected.get('黄埔区'));
    // Nor does a reload (once the layer is stored).
    await whenStored(page());
    await page().reload();
    await waitForMapIdle(page());
    await layerItems().first().waitFor();
    expect(Number(await layerItems().first().getAttribute('data-points'))).toBe(100_000);
    expect((await userColumn())['南沙区']).toBe(big.expected.get('南沙区'));
    expect(s.errors).toEqual([]);
  });

  it('renames, hides, adds a second layer, opens a point as text, and deletes', async () => {
    // The 100k layer from the test before is still there.
    await openApp(s, 'mode=districts&lang=en');
    await layerItems().first().waitFor();
    const first = layerItems().first();
    await first.locator('[data-testid="layer-rename"]').click();
    await first.locator('[data-testid="layer-name-input"]').fill('Big portfolio');
    await first.locator('[data-testid="layer-rename-ok"]').click();
    await page().waitForFunction(() => document.querySelector('[data-testid="user-layers"] li.layer')?.getAttribute('data-name') === 'Big portfolio');
    // Hide it: the map draws none of it, the table drops its counts.
    await first.locator('[data-testid="layer-visible"]').uncheck();
    await waitForHooks(page(), ({ w }) => Object.values(w.__hub.map.userRendered()).every((r) => r.points + r.clusters === 0));
    expect(await page().locator('[data-testid="district-table"] td.user').count()).toBe(0);

    // A second file (WGS-84, three points far apart, one hostile name) adds a second layer.
    const small = [
      'name,lon,lat,note',
      `"<img src=x onerror=""window.__pwned=1"">",${REFERENCE[4]![0]},${REFERENCE[4]![1]},"<script>window.__pwned=2</script>"`,
      `Nansha Co,${REFERENCE[2]![0]},${REFERENCE[2]![1]},ok`,
      `Far away,${SHENZHEN[0]},${SHENZHEN[1]},outside`,
    ].join('\n');
    await importFile(file('second.csv', small), 'wgs84');
    expect(await layerItems().count()).toBe(2);
    const colours = await page()
      .locator('[data-testid="user-layers"] .layer-swatch')
      .evaluateAll((els) => els.map((e) => getComputedStyle(e).backgroundColor));
    expect(new Set(colours).size).toBe(2);
    expect(await layerItems().nth(1).getAttribute('data-points')).toBe('3');
    expect((await userColumn())['从化区']).toBe(1);

    // Click the hostile point on the map: its attributes, as text.
    await waitForMapIdle(page());
    await clickMapAt([REFERENCE[4]![0], REFERENCE[4]![1]]);
    const panel = page().locator('[data-testid="user-point"]');
    await panel.waitFor();
    expect(await panel.locator('h3').innerText()).toBe('<img src=x onerror="window.__pwned=1">');
    expect(await panel.innerText()).toContain('<script>window.__pwned=2</script>');
    expect(await panel.innerText()).toContain('Conghua');
    expect(await panel.locator('img, script').count()).toBe(0);
    expect(await page().evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    await shot(page(), 'import-layers-and-point');

    // Delete the big one; the small one stays.
    await layerItems().first().locator('[data-testid="layer-delete"]').click();
    await page().waitForFunction(() => document.querySelectorAll('[data-testid="user-layers"] li.layer').length === 1);
    expect(await layerItems().first().getAttribute('data-name')).toBe('second');
    // The layer left has names the build's glyph file draws (ASCII): its glyphs again, no page-drawn ones.
    await waitForHooks(page(), ({ w }) => w.__hub.map.glyphs() !== null);
    // Remove all my data: nothing left, even after a reload.
    page().once('dialog', (d) => void d.accept());
    await page().locator('[data-testid="remove-all"]').click();
    await page().waitForFunction(() => document.querySelectorAll('[data-testid="user-layers"] li.layer').length === 0);
    // No user layer left: the build's glyphs again.
    await waitForHooks(page(), ({ w }) => w.__hub.map.glyphs() !== null);
    // Reloaded once the removal is stored (the list shows it at once; the write may still run).
    await whenStored(page());
    await page().reload();
    await waitForMapIdle(page());
    await layersRead(page());
    expect(await page().locator('[data-testid="user-layers"]').innerText()).toContain('No layer yet');
    expect(await page().locator('[data-testid="user-layers"]').innerText()).toContain('never uploaded or sent anywhere');
    expect(s.errors).toEqual([]);
  });

  it('gives broken and hostile files one clear sentence, and neutralises exports', async () => {
    await openApp(s, 'mode=districts&lang=en');
    await clearLayers();
    const error = page().locator('[data-testid="import-error"]');
    const says = async (f: ReturnType<typeof file> | string, re: RegExp) => {
      await choose(f);
      await page().waitForFunction(() => document.querySelector('[data-testid="import-error"]') || document.querySelector('[data-testid="import-preview"]'));
      await error.waitFor();
      expect(await error.innerText()).toMatch(re);
      expect(await page().locator('[data-testid="import-preview"]').count()).toBe(0);
    };
    // A PNG renamed .csv.
    const png = Buffer.from('89504e470d0a1a0a0000000d4948445200000001000000010806000000', 'hex');
    await says(file('photo.csv', png), /^This is not a text file \(it looks like a PNG file\)/);
    await says(file('empty.csv', ''), /^The file is empty\.$/);
    // Over the limit: said before anything is read.
    const huge = join(tmp, 'huge.csv');
    writeFileSync(huge, Buffer.alloc(51 * 1024 * 1024, 0x41));
    await says(huge, /too large \(51 MB\); the limit is 50 MB/);

    // Encodings Excel writes: GB18030 (Chinese Windows) and UTF-16 LE with a BOM ("Unicode text").
    const gbk = Buffer.from([
      0xc3, 0xfb, 0xb3, 0xc6, 0x2c, 0xbe, 0xad, 0xb6, 0xc8, 0x2c, 0xce, 0xb3, 0xb6, 0xc8, 0x0a, 0x41, 0x2c, 0x31, 0x31, 0x33, 0x2e, 0x33, 0x2c, 0x32, 0x33,
      0x2e, 0x31, 0x0a,
    ]);
    await choose(file('gbk.csv', gbk));
    const preview = page().locator('[data-testid="import-preview"]');
    await preview.waitFor();
    expect(await preview.locator('th').allInnerTexts()).toEqual(['名称', '经度', '纬度']);
    expect(await preview.innerText()).toContain('GB18030');
    await importFile(
      file('utf16.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('名称\t经度\t纬度\r\n广州塔\t113.3245\t23.1064\r\n', 'utf16le')])),
      'wgs84',
    );
    expect(await page().locator('[data-testid="import-result"]').getAttribute('data-points')).toBe('1');
    expect(await page().locator('[data-testid="import-result"]').innerText()).toContain('UTF-16 LE');
    expect((await userColumn())['海珠区']).toBe(1);
    page().once('dialog', (d) => void d.accept());
    await page().locator('[data-testid="remove-all"]').click();
    await page().waitForFunction(() => document.querySelectorAll('[data-testid="user-layers"] li.layer').length === 0);

    // Hostile but readable: script in names, formula cells, a broken quote at the end.
    const hostile = [
      'name,lon,lat,formula',
      `"=HYPERLINK(""http://evil.example"",""x"")",113.3245,23.1064,@SUM(1+1)`,
      `  +cmd|' /C calc'!A0,113.446,23.166,＝1+1`,
      `<script>window.__pwned=3</script>,113.58,22.78,-2+3`,
      'bad,abc,23.1,x',
      '"unclosed,113.3,23.1,x',
    ].join('\r\n');
    await importFile(file('hostile.csv', hostile), 'wgs84');
    const result = page().locator('[data-testid="import-result"]');
    expect(await result.getAttribute('data-points')).toBe('3');
    const problems = (await page().locator('[data-testid="import-problems"]').textContent()) ?? '';
    expect(problems).toContain('row 5: the longitude “abc” is not a number');
    expect(problems).toContain('row 6: a quote is not closed');
    const csv = await download(() => layerItems().first().locator('[data-testid="layer-export-csv"]').click());
    const lines = csv.replace(/^\uFEFF/, '').split('\r\n');
    // The user's columns under their own headers and in their order, then the datum and what the map adds.
    expect(lines[0]).toBe(
      'name,lon,lat,formula,datum,district,nearest of the three cities and one zone,distance (km),nearest of the thirteen nodes,distance to the node (km),row in the file',
    );
    expect(lines[1]).toMatch(/^"'=HYPERLINK\(""http:\/\/evil\.example"",""x""\)",113\.3245,23\.1064,'@SUM\(1\+1\),WGS-84,Haizhu,/);
    expect(lines[2]).toMatch(/^'\+cmd\|' \/C calc'!A0,113\.446,23\.166,'＝1\+1,WGS-84,Huangpu,/);
    expect(lines[3]).toMatch(/^<script>window\.__pwned=3<\/script>,113\.58,22\.78,'-2\+3,WGS-84,Nansha,/);
    const gj = JSON.parse(await download(() => layerItems().first().locator('[data-testid="layer-export-geojson"]').click()));
    expect(gj.provenance.boundaries_licence).toMatch(/AMap/);
    expect(gj.features[0].properties).toMatchObject({ district: '海珠区', formula: '@SUM(1+1)' });
    expect(typeof gj.features[0].properties.nearest_thirteen_nodes_km).toBe('number');
    expect(await page().evaluate(() => (window as unknown as { __pwned?: number }).__pwned)).toBeUndefined();
    // The places export (CSV) names kinds in the UI language, with units, plan lines and sources.
    const places = await download(() => page().locator('[data-testid="export-csv"]').click());
    expect(places.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe('id,name_zh,name_en,kind,district,confidence,lon,lat,actions,tasks,units,plan_lines,sources');
    expect(places).toMatch(/,Research institute,/);
    page().once('dialog', (d) => void d.accept());
    await page().locator('[data-testid="remove-all"]').click();
    await page().waitForFunction(() => document.querySelectorAll('[data-testid="user-layers"] li.layer').length === 0);
    expect(s.errors).toEqual([]);
  });
});

describe('What the import says, and what the export gives back', () => {
  it('shows the mapping it uses (1,000 columns), says what it cut, merged or found outside, and exports in the file’s datum', async () => {
    for (const lang of ['en', 'zh'] as const) {
      await openApp(s, `mode=districts&lang=${lang}`);
      await clearLayers();
      // 1,000 columns, the name and coordinates in columns 998–1000, in GCJ-02 as AMap gives them.
      const header = [...Array.from({ length: 997 }, (_, i) => `c${i + 1}`), '公司名称', '经度', '纬度'];
      const pts = REFERENCE.slice(0, 3).map(([lon, lat]) => fromWgs84('gcj02', [lon, lat]).map((x) => x.toFixed(6)));
      const rows = pts.map((p, r) =>
        [...Array.from({ length: 997 }, (_, i) => (i === 0 ? (-5.2 * (r + 1)).toFixed(1) : i === 1 ? 'x'.repeat(1500) : String(i))), `公司${r}`, ...p].join(
          ',',
        ),
      );
      await choose(file('wide.csv', [header.join(','), ...rows].join('\r\n')));
      const preview = page().locator('[data-testid="import-preview"]');
      await preview.waitFor();
      const shown = async (key: string) =>
        page()
          .locator(`[data-testid="map-${key}"]`)
          .evaluate((el: HTMLSelectElement) => el.selectedOptions[0]?.textContent);
      expect([await shown('name'), await shown('lon'), await shown('lat')]).toEqual(['公司名称', '经度', '纬度']);
      expect(await page().locator('[data-testid="map-need-coords"]').count()).toBe(0);
      expect(await preview.innerText()).toMatch(lang === 'en' ? /\(\d+ kB, UTF-8\)/ : /（\d+ KB，UTF-8 编码）/);
      expect(await page().locator('[data-testid="preview-columns"]').count()).toBe(1);
      await page().locator('[data-testid="datum-gcj02"]').check();
      await shot(page(), `import-preview-wide-${lang}`);
      // Choosing "(none)" for a coordinate disables Import, with the reason.
      await page().locator('[data-testid="map-lon"]').selectOption('-1');
      expect(await page().locator('[data-testid="import-start"]').isDisabled()).toBe(true);
      await page().locator('[data-testid="map-need-coords"]').waitFor();
      await page().locator('[data-testid="map-lon"]').selectOption('998');
      await page().locator('[data-testid="import-start"]').click();
      await page().locator('[data-testid="import-result"]').waitFor({ timeout: MAP_READY_TIMEOUT });
      expect(await page().locator('[data-testid="import-result"]').getAttribute('data-points')).toBe('3');
      const warnings = page().locator('[data-testid="import-warnings"] li');
      expect(await warnings.evaluateAll((li) => li.map((l) => l.getAttribute('data-key')))).toEqual(['importer.columnsDropped', 'importer.cellsCut']);
      expect(await warnings.first().innerText()).toMatch(lang === 'en' ? /^The file has 1000 columns/ : /^文件有 1000 列/);
      await shot(page(), `import-result-wide-${lang}`);
      // The export: the user's headers, the coordinates as they came (GCJ-02), the datum named; WGS-84 on request.
      const csv = (await download(() => layerItems().first().locator('[data-testid="layer-export-csv"]').click())).replace(/^\uFEFF/, '').split('\r\n');
      const head = csv[0]!.split(',');
      expect(head.slice(0, 2)).toEqual(['c1', 'c2']);
      expect(head.slice(200, 204)).toEqual(['公司名称', '经度', '纬度', lang === 'en' ? 'datum' : '坐标系']);
      const first = csv[1]!.split(',');
      expect(first[0]).toBe('-5.2');
      expect(first.slice(200, 204)).toEqual(['公司0', pts[0]![0], pts[0]![1], 'GCJ-02']);
      const wgs = (await download(() => layerItems().first().locator('[data-testid="layer-export-csv-wgs84"]').click()))
        .replace(/^\uFEFF/, '')
        .split('\r\n')[1]!
        .split(',');
      expect(wgs[203]).toBe('WGS-84');
      expect(Math.abs(Number(wgs[201]) - REFERENCE[0]![0])).toBeLessThan(2e-6);
      const gj = JSON.parse(await download(() => layerItems().first().locator('[data-testid="layer-export-geojson"]').click()));
      expect(gj.features[0].properties.c1).toBe(-5.2);
      expect(gj.features[0].properties['公司名称']).toBe('公司0');
      expect(typeof gj.features[0].properties.nearest_thirteen_nodes).toBe('string');
      expect(gj.features[0].properties.nearest_thirteen_nodes_id).toMatch(/^[a-z0-9-]+$/);
      // A stray quote, and most points outside Guangzhou: both said above the details.
      const stray = [
        'name,lon,lat,note',
        'A,116.40,39.91,ok',
        'B,116.41,39.91,"stray',
        'C,116.42,39.91,x',
        'D,116.43,39.91,x',
        'E,116.44,39.91,x',
        'F,113.3245,23.1064,"fine"',
        'G,116.45,39.91,y',
      ].join('\n');
      await importFile(file('stray.csv', stray), 'wgs84');
      const keys = await warnings.evaluateAll((li) => li.map((l) => l.getAttribute('data-key')));
      expect(keys).toEqual(['importer.quoteSpan', 'importer.mostOutside']);
      expect(await warnings.first().innerText()).toMatch(lang === 'en' ? /^Lines 3–7: a quote in line 3 runs over 5 lines/ : /^第 3–7 行/);
      await shot(page(), `import-result-stray-${lang}`);
      await clearLayers();
    }
    expect(s.errors).toEqual([]);
  });
});

describe('Districts side by side and on the map', () => {
  it('opens the comparison from the link', async () => {
    await openApp(s, 'mode=districts&compare=黄埔区,南沙区&lang=en');
    await clearLayers();
    const t = page().locator('[data-testid="compare-table"]');
    await t.waitFor();
    expect(await t.locator('thead th[data-district]').evaluateAll((ths) => ths.map((th) => th.getAttribute('data-district')))).toEqual(['黄埔区', '南沙区']);
    // Counts, groups and the district government's tasks, each with a bar.
    expect(await t.locator('tr[data-section="total"] td').count()).toBe(2);
    expect(await t.locator('tr[data-section="tasks"] td .v').allInnerTexts()).toEqual(expect.arrayContaining([expect.stringMatching(/^\d+$/)]));
    expect(Number((await t.locator('tr[data-section="tasks"] td .v').allInnerTexts())[0])).toBeGreaterThan(0);
    expect(await t.locator('.bar').count()).toBeGreaterThan(4);
    await t.scrollIntoViewIfNeeded();
    await shot(page(), 'compare-huangpu-nansha');
    const csv = await download(() => page().locator('[data-testid="compare-csv"]').click());
    expect(csv.replace(/^\uFEFF/, '').split('\r\n')[0]).toBe(',Huangpu,Nansha');
    // A third district is added to the link.
    await page().locator('[data-testid="compare"] input[data-district="天河区"]').check();
    await page().waitForFunction(() => decodeURIComponent(location.hash).includes('compare=黄埔区,南沙区,天河区'));
  });

  it('drills into a district clicked on the map, and keeps it and the sort in the link', async () => {
    await openApp(s, 'mode=districts&lang=en');
    await clearLayers();
    // 从化区 at its inner point: no place is drawn there.
    const [lon, lat] = pointOnFeature(districtNamed('从化区')).geometry.coordinates as [number, number];
    // Hovering names the district and its count.
    const pt = await project([lon, lat]);
    const box = (await page().locator('[data-testid="map"]').boundingBox())!;
    await page().mouse.move(box.x + pt.x, box.y + pt.y);
    await page().locator('.hover-tip').waitFor();
    expect(await page().locator('.hover-tip').innerText()).toMatch(/^Conghua: All places \d+$/);
    await clickMapAt([lon, lat]);
    const here = page().locator('[data-testid="district-places"]');
    await here.waitFor();
    expect(await here.getAttribute('data-bucket')).toBe('从化区');
    await page().waitForFunction(() => decodeURIComponent(location.hash).includes('district=从化区'));
    // Sort by nodes: kept in the link, and restored from it.
    await page().locator('[data-testid="district-table"] thead th', { hasText: 'Nodes' }).locator('button').click();
    await page().waitForFunction(() => location.hash.includes('sort=nodes-desc'));
    await openApp(s, (await page().evaluate(() => location.hash)).slice(1));
    expect(await page().locator('[data-testid="district-places"]').getAttribute('data-bucket')).toBe('从化区');
    expect(await page().locator('[data-testid="district-table"] thead th', { hasText: 'Nodes' }).getAttribute('aria-sort')).toBe('descending');
    // With the institutes metric, the institutes column is not repeated.
    await page().locator('[data-testid="metric"]').selectOption('institute');
    await page().waitForFunction(() => location.hash.includes('metric=institute'));
    const heads = await page().locator('[data-testid="district-table"] thead th').allInnerTexts();
    expect(heads.filter((h) => /Institute/i.test(h))).toHaveLength(1);
    expect(s.errors).toEqual([]);
  });
});

describe('Leaving while a change is being stored', () => {
  it('asks before a tab closes while a change is still being written, and not once it is stored', async () => {
    await openApp(s, 'mode=districts&lang=en');
    await clearLayers();
    await importFile(file('leave.csv', 'name,lon,lat\nA,113.3245,23.1064\n'), 'wgs84');
    await page().locator('[data-testid="user-layers"][data-saving="false"] li.layer[data-kept="saved"]').waitFor({ timeout: MAP_READY_TIMEOUT });
    // A second tab of the app makes the change; a third holds the store, so the write waits.
    const tab = await s.context.newPage();
    await tab.goto(s.baseUrl + '#mode=districts&lang=en');
    await tab.locator('[data-testid="user-layers"][data-read="true"] li.layer').first().waitFor({ timeout: MAP_READY_TIMEOUT });
    const hold = await holdLayerStore(s);
    // (A click: browsers ask before leaving only a page the user has acted on.)
    await tab.locator('[data-testid="layer-visible"]').first().uncheck();
    await tab.locator('[data-testid="user-layers"][data-saving="true"]').waitFor();
    const asked = tab.waitForEvent('dialog');
    await tab.close({ runBeforeUnload: true });
    const dialog = await asked;
    expect(dialog.type()).toBe('beforeunload');
    await dialog.dismiss();
    expect(tab.isClosed()).toBe(false);
    // Once the write has run, the tab closes without asking, and the change is kept (the first tab reads it).
    await hold.release();
    await whenStored(tab);
    let askedAgain = false;
    tab.on('dialog', (d) => {
      askedAgain = true;
      void d.accept();
    });
    const closed = tab.waitForEvent('close');
    await tab.close({ runBeforeUnload: true });
    await closed;
    expect(askedAgain).toBe(false);
    await page().locator('[data-testid="user-layers"] li.layer[data-visible="false"]').waitFor({ timeout: MAP_READY_TIMEOUT });
    expect(s.errors).toEqual([]);
  });
});
