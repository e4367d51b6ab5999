// The faults real users meet, in real Chromium: a full disk (a real QuotaExceededError, with its empty
// message), two tabs of one browser, junk in the store, the store of an older version, a network blip
// while the lazy screens load, a deploy that removed them, a file name with a bidi override. Nothing is
// lost without a word; nothing is left blank.
import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Route } from 'playwright-core';
import { openBrowser, openApp, waitForMapIdle, whenStored, shot, csvFile, importCsv, MAP_READY_TIMEOUT, type Session } from './harness.ts';
import { seededRandom } from '../../scripts/lib/seededRandom.ts';

/** A few points in Tianhe and Huangpu. */
const smallCsv = (label: string, n = 3) =>
  ['name,lon,lat', ...Array.from({ length: n }, (_, i) => `${label} ${i + 1},${(113.33 + i * 0.01).toFixed(4)},${(23.13 + i * 0.005).toFixed(4)}`)].join('\n') +
  '\n';

const layerItems = (p: Page) => p.locator('[data-testid="user-layers"] li.layer');
const layerNames = (p: Page) => layerItems(p).evaluateAll((lis) => lis.map((li) => li.querySelector('.layer-name')?.textContent ?? ''));

/** Imports and waits until the layer is listed. */
async function importLayer(p: Page, name: string, body = smallCsv(name)): Promise<void> {
  const before = await layerItems(p).count();
  await importCsv(p, csvFile(name, body));
  await p.waitForFunction((n) => document.querySelectorAll('[data-testid="user-layers"] li.layer').length === n, before + 1);
}
/** Waits for the Districts screen's list of layers, and for at least `n` layers in it. */
async function layersListed(p: Page, n = 1): Promise<void> {
  await p.locator('[data-testid="user-layers"]').waitFor({ timeout: MAP_READY_TIMEOUT });
  await p.waitForFunction((k) => document.querySelectorAll('[data-testid="user-layers"] li.layer').length >= k, n, { timeout: MAP_READY_TIMEOUT });
}
async function clearLayers(p: Page): Promise<void> {
  await p.locator('[data-testid="user-layers"]').waitFor({ timeout: MAP_READY_TIMEOUT });
  await idb(p, 'clear');
  await p.reload();
  await p.locator('[data-testid="user-layers"]').waitFor({ timeout: MAP_READY_TIMEOUT });
}
async function reload(p: Page): Promise<void> {
  await whenStored(p);
  await p.reload();
  await waitForMapIdle(p);
}

type Raw = Array<[string, unknown]>;
/**
 * The layers' store as the browser holds it, read and written with IndexedDB itself (not the app's code).
 * 'dump': every key and its value as JSON (typed arrays as their length); 'put': writes records, built in
 * the page (a `packed` of { n } becomes a valid packed layer of n points); 'clear'.
 */
async function idb(p: Page, op: 'dump' | 'clear' | 'put', records: Raw = []): Promise<Raw> {
  return p.evaluate(
    async ({ op, records }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const r = indexedDB.open('gz-hub-user-data');
        r.onupgradeneeded = () => r.result.createObjectStore('layers');
        r.onsuccess = () => resolve(r.result);
        r.onerror = () => reject(r.error);
      });
      const packed = (n: number) => ({
        format: 'csv',
        encoding: 'utf-8',
        datum: 'wgs84',
        count: n,
        names: Array.from({ length: n }, (_, i) => `old ${i + 1}`).join('\u001f'),
        lon: Float64Array.from({ length: n }, (_, i) => 113.33 + i * 0.01),
        lat: Float64Array.from({ length: n }, () => 23.13),
        rows: Int32Array.from({ length: n }, (_, i) => i + 2),
        district: new Int8Array(n).fill(0),
        districtNames: ['天河区'],
        attrKeys: [],
        attrs: [],
        issues: [],
        issueCount: 0,
        skipped: 0,
        outside: 0,
        counts: { 天河区: n },
      });
      const build = (v: unknown): unknown => {
        if (v && typeof v === 'object' && !Array.isArray(v)) {
          const o = v as Record<string, unknown>;
          const out: Record<string, unknown> = {};
          for (const [k, x] of Object.entries(o)) out[k] = k === 'packed' && x && typeof x === 'object' && 'n' in x ? packed((x as { n: number }).n) : build(x);
          return out;
        }
        return v;
      };
      const tx = db.transaction('layers', op === 'dump' ? 'readonly' : 'readwrite');
      const os = tx.objectStore('layers');
      const done = new Promise<void>((resolve, reject) => {
        tx.oncomplete = () => resolve();
        tx.onabort = () => reject(tx.error);
      });
      let out: Array<[string, unknown]> = [];
      if (op === 'clear') os.clear();
      if (op === 'put') for (const [k, v] of records) os.put(build(v), k);
      if (op === 'dump') {
        const [keys, values] = await Promise.all([
          new Promise<IDBValidKey[]>((r) => {
            const q = os.getAllKeys();
            q.onsuccess = () => r(q.result);
          }),
          new Promise<unknown[]>((r) => {
            const q = os.getAll();
            q.onsuccess = () => r(q.result);
          }),
        ]);
        const plain = (v: unknown): unknown =>
          JSON.parse(JSON.stringify(v, (_k, x) => (ArrayBuffer.isView(x) ? `[${(x as unknown as ArrayLike<number>).length}]` : x)));
        out = keys.map((k, i) => [String(k), plain(values[i])]);
      }
      await done;
      db.close();
      return out;
    },
    { op, records },
  );
}
const dump = async (p: Page) => new Map(await idb(p, 'dump'));

// --- a full disk ---------------------------------------------------------------------------------
describe('Storage full', () => {
  let s: Session;
  let mnt: string;
  let cache: string;
  let files: string;
  let how: 'tmpfs' | 'quota override';
  beforeAll(async () => {
    // A real full disk: the browser's profile on a 16 MB tmpfs (Chromium then grants the site ~10 MB).
    mnt = mkdtempSync(join(tmpdir(), 'hub-small-disk-'));
    cache = mkdtempSync(join(tmpdir(), 'hub-cache-'));
    files = mkdtempSync(join(tmpdir(), 'hub-files-'));
    try {
      // HUB_TEST_NO_MOUNT=1 tries the other way as root too.
      if (process.env['HUB_TEST_NO_MOUNT'] === '1') throw new Error('no mount');
      execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=16m', 'tmpfs', mnt], { stdio: 'pipe' });
      how = 'tmpfs';
    } catch {
      // Not root: Chromium's own quota for the origin, set low — the same refusal by the same storage code.
      how = 'quota override';
    }
    s = await openBrowser({ width: 1400, height: 900, serviceWorkers: 'block', profileDir: join(mnt, 'profile'), extraArgs: [`--disk-cache-dir=${cache}`] });
    if (how === 'quota override') {
      const cdp = await s.context.newCDPSession(s.page);
      await cdp.send('Storage.overrideQuotaForOrigin' as never, { origin: new URL(s.baseUrl).origin, quotaSize: 10 * 1024 * 1024 } as never);
    }
    console.log(`storage full: ${how}`);
  });
  afterAll(async () => {
    await s?.close();
    if (how === 'tmpfs') execFileSync('umount', ['-l', mnt]);
    rmSync(mnt, { recursive: true, force: true });
    rmSync(cache, { recursive: true, force: true });
    rmSync(files, { recursive: true, force: true });
  });

  it('says in one sentence that a layer the browser refused lives only until the page closes, and never reports it stored', async () => {
    const p = s.page;
    await openApp(s, 'mode=districts&lang=en');
    await p.locator('[data-testid="user-layers"]').waitFor({ timeout: MAP_READY_TIMEOUT });
    // A small layer fits.
    await importLayer(p, 'fits.csv');
    expect(await p.locator('[data-testid="import-result"] .summary').innerText()).toMatch(/^Layer “fits”: 3 points/);
    // 20,000 rows with 900 characters of text each (~18 MB, not compressible): more than the disk holds.
    const rnd = seededRandom(1);
    const text = () => Array.from({ length: 900 }, () => 'abcdefghijklmnopqrstuvwxyz0123456789'[Math.floor(rnd() * 36)]).join('');
    const rows = [
      'name,lon,lat,note',
      ...Array.from({ length: 20_000 }, (_, i) => `firm ${i},${(113.3 + (i % 100) / 1000).toFixed(4)},${(23.1 + (i % 50) / 1000).toFixed(4)},${text()}`),
    ];
    // A path on the machine's own disk (a buffer would be rebuilt as a File by script in the page).
    const big = join(files, 'too-big.csv');
    writeFileSync(big, rows.join('\n'));
    await importCsv(p, big);
    const said = p.locator('[data-testid="import-not-stored"]');
    await said.waitFor();
    expect(await said.innerText()).toBe('This browser’s storage is full, so the layer “too-big” was not stored: it lives only until this page is closed.');
    // No success line for it; it is listed, marked as living in this page only.
    expect(await p.locator('[data-testid="import-result"] .summary').count()).toBe(0);
    expect(await layerNames(p)).toEqual(['fits', 'too-big']);
    expect(await layerItems(p).nth(1).getAttribute('data-kept')).toBe('page');
    expect(await layerItems(p).nth(1).locator('[data-testid="layer-kept"]').innerText()).toBe('not stored: only until this page is closed');
    // The refusal was the browser's real one: a QuotaExceededError, with an empty message.
    const probe = await p.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const r = indexedDB.open('probe', 1);
        r.onupgradeneeded = () => r.result.createObjectStore('s');
        r.onsuccess = () => resolve(r.result);
      });
      // 12 MB of random bytes: nothing for the store's compression to win.
      const blob = new Uint8Array(12 << 20);
      for (let i = 0; i < blob.length; i += 65536) crypto.getRandomValues(blob.subarray(i, i + 65536));
      return new Promise<{ name: string; message: string }>((resolve) => {
        const tx = db.transaction('s', 'readwrite');
        tx.objectStore('s').put(blob, 'x');
        tx.oncomplete = () => resolve({ name: 'none', message: '' });
        tx.onabort = () => resolve({ name: tx.error?.name ?? '?', message: tx.error?.message ?? '?' });
      });
    });
    expect(probe).toEqual({ name: 'QuotaExceededError', message: '' });
    await p.evaluate(
      () =>
        new Promise<void>((r) => {
          const q = indexedDB.deleteDatabase('probe');
          q.onsuccess = q.onerror = q.onblocked = () => r();
        }),
    );
    // The space used is shown beside "Remove all my data".
    expect(await p.locator('.remove-all [data-testid="storage-use"]').innerText()).toMatch(/^Your layers take \d+(\.\d+)? [kM]B of this browser’s storage\.$/);
    await p.locator('[data-testid="import-result"]').scrollIntoViewIfNeeded();
    await shot(p, 'faults-storage-full-en');
    await p.locator('.lang-switch button[lang="zh"]').click();
    expect(await said.innerText()).toBe('浏览器存储空间已满，图层“too-big”未能保存：它只保留到关闭本页。');
    await p.locator('[data-testid="user-layers"]').scrollIntoViewIfNeeded();
    await shot(p, 'faults-storage-full-zh');

    // After a reload, the layer that was said to be stored is there; the other, as said, is not.
    await reload(p);
    await layersListed(p);
    expect(await layerNames(p)).toEqual(['fits']);
  });
});

// --- two tabs, junk, an older store, a name with a bidi override ------------------------------------
describe('The store of your layers', () => {
  let s: Session;
  beforeAll(async () => {
    s = await openBrowser({ width: 1400, height: 900, serviceWorkers: 'block' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('keeps both layers when one tab imports while another is open and then hides a layer', async () => {
    const a = s.page;
    await openApp(s, 'mode=districts&lang=en');
    await clearLayers(a);
    await importLayer(a, 'first.csv');
    // A second tab of the same browser, opened now: it knows "first" only.
    const b = await s.context.newPage();
    await b.goto(`${s.baseUrl}#mode=districts&lang=en`);
    await waitForMapIdle(b);
    await layersListed(b);
    await importLayer(a, 'second.csv');
    // The older tab hides "first".
    await layerItems(b).first().locator('[data-testid="layer-visible"]').uncheck();
    await b.waitForFunction(() => document.querySelector('li.layer')?.getAttribute('data-visible') === 'false');
    // After a reload both tabs list both layers, "first" hidden.
    for (const p of [a, b]) {
      await reload(p);
      await layersListed(p);
      expect(await layerNames(p)).toEqual(['first', 'second']);
      expect(await layerItems(p).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-visible')))).toEqual(['false', 'true']);
    }
    // And without a reload, each tab learns of the other's changes.
    await layerItems(a).nth(1).locator('[data-testid="layer-rename"]').click();
    await a.locator('[data-testid="layer-name-input"]').fill('second, renamed');
    await a.locator('[data-testid="layer-rename-ok"]').click();
    await b.waitForFunction(() => document.querySelectorAll('li.layer .layer-name')[1]?.textContent === 'second, renamed');
    await importLayer(b, 'third.csv');
    await a.waitForFunction(() => document.querySelectorAll('li.layer').length === 3);
    await layerItems(b).first().locator('[data-testid="layer-delete"]').click();
    await a.waitForFunction(() => [...document.querySelectorAll('li.layer .layer-name')].map((e) => e.textContent).join('|') === 'second, renamed|third');
    await b.close();
  });

  it('sets aside and names the records it cannot read, shows the others, and never writes over them', async () => {
    const p = s.page;
    await openApp(s, 'mode=districts&lang=en');
    await clearLayers(p);
    await importLayer(p, 'intact.csv');
    await importLayer(p, 'overwritten.csv');
    await importLayer(p, 'stringed.csv');
    const ids = await layerItems(p).evaluateAll((lis) => lis.map((li) => li.getAttribute('data-layer')!));
    // Junk written into the store, over every record of two layers: an object with wrong fields, a string.
    const before = await dump(p);
    const junk: Raw = [];
    for (const k of before.keys()) {
      if (k.includes(ids[1]!)) junk.push([k, { name: 'overwritten', colour: 'red', packed: { names: 42, count: 3 } }]);
      if (k.includes(ids[2]!)) junk.push([k, 'not a layer']);
    }
    expect(junk.length).toBeGreaterThanOrEqual(2);
    await idb(p, 'put', junk);

    await reload(p);
    await layersListed(p);
    expect(await layerNames(p)).toEqual(['intact']);
    const aside = p.locator('[data-testid="layers-aside"]');
    expect(await aside.locator('p.warn-text').innerText()).toBe('2 stored layers could not be read; they were kept aside, and the others are shown.');
    const items = await aside.locator('li').evaluateAll((lis) => lis.map((li) => li.querySelector('.layer-name')?.textContent));
    expect(items).toHaveLength(2);
    expect(items).toContain('overwritten');
    // Named by its import time when its name is lost.
    expect(items.find((t) => t !== 'overwritten')).toMatch(/^a layer imported \d+ \w+ 20\d\d, \d\d:\d\d$/);
    await aside.scrollIntoViewIfNeeded();
    await shot(p, 'faults-aside-en');
    expect(await p.locator('[data-testid="storage-problems"]').count()).toBe(0);

    // A new import writes over nothing set aside; the intact layer stays.
    const kept = new Map([...(await dump(p))].filter(([k]) => k.includes(ids[1]!) || k.includes(ids[2]!)));
    await importLayer(p, 'new.csv');
    await reload(p);
    await layersListed(p);
    expect(await layerNames(p)).toEqual(['intact', 'new']);
    const after = await dump(p);
    for (const [k, v] of kept) expect(after.get(k), k).toEqual(v);
    await p.locator('.lang-switch button[lang="zh"]').click();
    expect(await aside.locator('p.warn-text').innerText()).toBe('有 2 个已保存的图层无法读取，已另行保留；其余图层照常显示。');
    await aside.scrollIntoViewIfNeeded();
    await shot(p, 'faults-aside-zh');
    await p.locator('.lang-switch button[lang="en"]').click();

    // Remove takes away a set-aside record, and only it.
    await aside.locator('li', { hasText: 'overwritten' }).locator('[data-testid="aside-remove"]').click();
    await p.waitForFunction(() => document.querySelector('[data-testid="layers-aside"]')?.getAttribute('data-count') === '1');
    const left = await dump(p);
    expect([...left.keys()].filter((k) => k.includes(ids[1]!))).toEqual([]);
    expect([...left.keys()].filter((k) => k.includes(ids[2]!)).length).toBeGreaterThan(0);
    expect(await layerNames(p)).toEqual(['intact', 'new']);
  });

  it('loads a store of the older format, converting every layer, and brings back points its list had lost', async () => {
    const p = s.page;
    await openApp(s, 'mode=districts&lang=en');
    await idb(p, 'clear');
    const meta = (id: string, name: string, createdAt: string) => ({ id, name, color: '#0891b2', visible: true, fileName: `${name}.csv`, createdAt });
    // As the app before 2026-12 wrote it: one list of every layer's metadata + a 'data:<id>' record each.
    // "lost" is a layer whose points are stored but which a stale tab dropped from the list.
    await idb(p, 'put', [
      [
        'index',
        [
          meta('la', 'portfolio', '2026-11-01T09:00:00.000Z'),
          meta('lb', 'stringed', '2026-11-02T09:00:00.000Z'),
          meta('lc', 'missing', '2026-11-03T09:00:00.000Z'),
        ],
      ],
      ['data:la', { packed: { n: 4 } }],
      ['data:lb', 'not a layer'],
      ['data:lmx07lrk0abcd', { packed: { n: 2 } }],
    ]);
    await reload(p);
    await layersListed(p);
    expect(await layerNames(p)).toEqual(['portfolio', '2026-11-28 09:30']);
    expect(await layerItems(p).evaluateAll((lis) => lis.map((li) => Number(li.getAttribute('data-points'))))).toEqual([4, 2]);
    expect(await layerItems(p).nth(1).locator('.layer-recovered').innerText()).toMatch(/^recovered/);
    const aside = p.locator('[data-testid="layers-aside"]');
    expect(await aside.getAttribute('data-count')).toBe('2');
    expect(await aside.locator('li .layer-name').allInnerTexts()).toEqual(['stringed', 'missing']);
    // Converted to one record per layer; what could not be read is where it was.
    const keys = [...(await dump(p)).keys()].sort();
    expect(keys).toEqual(['data:lb', 'meta:la', 'meta:lb', 'meta:lc', 'meta:lmx07lrk0abcd', 'points:la', 'points:lmx07lrk0abcd']);
    // The store's own state after a second load is the same: nothing converted twice.
    await reload(p);
    await layersListed(p);
    expect(await layerNames(p)).toEqual(['portfolio', '2026-11-28 09:30']);
  });

  it('shows a name with a right-to-left override as it is written, isolated from the text around it', async () => {
    const p = s.page;
    await openApp(s, 'mode=districts&lang=en');
    await clearLayers(p);
    await importLayer(p, 'invoice\u202Evsc.csv', 'name,lon,lat\n\u202Eevil,113.33,23.13\nplain,113.34,23.14\n');
    const name = layerItems(p).first().locator('.layer-name');
    expect(await name.innerText()).toBe('invoicevsc');
    expect(await name.evaluate((e) => getComputedStyle(e).unicodeBidi)).toBe('isolate');
    expect(await p.locator('[data-testid="import-result"] .summary').innerText()).not.toContain('\u202E');
  });
});

// --- lazy screens that cannot be loaded ------------------------------------------------------------
describe('Screens whose code cannot be loaded', () => {
  let s: Session;
  const LAZY = /\/assets\/(DistrictsPanel|PresentView|PlanReader|poster|download|userLayers)-[\w-]+\.(js|css)$/;
  let failed: string[] = [];
  const abort = (route: Route) => {
    failed.push(route.request().url());
    return route.abort('internetdisconnected');
  };
  const chunkErrors = () => s.errors.filter((e) => /dynamically imported module|Unable to preload|Importing a module script/i.test(e));
  beforeAll(async () => {
    s = await openBrowser({ width: 1400, height: 900, serviceWorkers: 'block' });
  });
  afterAll(async () => {
    await s?.close();
  });

  it('loads them once the network is back after a blip during their prefetch, with no uncaught error', async () => {
    const p = s.page;
    failed = [];
    s.errors.length = 0;
    await s.context.route(LAZY, abort);
    await openApp(s, 'lang=en');
    // The prefetch, once the map is up, fails for each screen.
    await p.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0);
    await expect
      .poll(() => ['DistrictsPanel', 'PresentView', 'PlanReader', 'poster'].every((c) => failed.some((u) => u.includes(`/${c}-`))), { timeout: 60_000 })
      .toBe(true);
    await s.context.unroute(LAZY, abort);
    // The network is back: each screen opens.
    await p.locator('.mode-switch button', { hasText: 'Districts' }).click();
    await p.locator('[data-testid="districts-panel"]').waitFor({ timeout: 60_000 });
    await p.locator('.mode-switch button', { hasText: 'Present' }).click();
    await p.locator('[data-testid="present"] .present-card').waitFor({ timeout: 60_000 });
    await p.keyboard.press('Escape');
    await p.evaluate(() => {
      location.hash = `${location.hash.replace(/^#/, '')}&line=12`;
    });
    await p.locator('[data-testid="plan-reader"]').waitFor({ timeout: 60_000 });
    // With their styles: the stylesheets that failed in the blip were loaded again.
    const styled = await p.evaluate(() =>
      [...document.querySelectorAll<HTMLLinkElement>('link[rel="stylesheet"]')]
        .filter((l) => l.sheet)
        .map((l) => l.href.replace(/^.*\/assets\/|-[\w-]+\.css$/g, '')),
    );
    expect(styled).toEqual(expect.arrayContaining(['DistrictsPanel', 'PresentView']));
    expect(chunkErrors()).toEqual([]);
  });

  it('shows what failed and a Reload button when a screen still cannot be loaded — never a blank panel or a bare map', async () => {
    const p = s.page;
    s.errors.length = 0;
    await s.context.route(LAZY, abort);
    await openApp(s, 'mode=districts&lang=en');
    const failedBox = p.locator('[data-testid="load-failed"]');
    await failedBox.waitFor({ timeout: 60_000 });
    expect(await failedBox.getAttribute('data-what')).toBe('districts');
    expect(await failedBox.locator('p').innerText()).toBe('Could not load the Districts screen: the connection may have dropped.');
    expect(await failedBox.locator('[data-testid="load-reload"]').innerText()).toBe('Reload');
    await shot(p, 'faults-chunk-failed-en');
    await p.locator('.lang-switch button[lang="zh"]').click();
    expect(await failedBox.locator('p').innerText()).toBe('未能加载“分区”页面：网络可能中断了。');
    await shot(p, 'faults-chunk-failed-zh');
    await p.locator('.lang-switch button[lang="en"]').click();
    // Present: the same, over the map, with a way back.
    await p.locator('.mode-switch button', { hasText: 'Present' }).click();
    const presentFailed = p.locator('[data-testid="load-failed"][data-what="present"]');
    await presentFailed.waitFor({ timeout: 60_000 });
    expect(await presentFailed.locator('p').innerText()).toBe('Could not load Present mode: the connection may have dropped.');
    await shot(p, 'faults-chunk-failed-present-en');
    await presentFailed.locator('[data-testid="load-leave"]').click();
    await p.locator('[data-testid="side-panel"]').waitFor();
    // The image export: said in the notices.
    await p.locator('.top-bar button', { hasText: 'Export image' }).click();
    const posterFailed = p.locator('[data-testid="load-failed"][data-what="poster"]');
    await posterFailed.waitFor({ timeout: 60_000 });
    expect(await posterFailed.locator('p').innerText()).toBe('Could not load the image export: the connection may have dropped.');
    // The network back, Try again opens the screen; Reload reloads.
    await s.context.unroute(LAZY, abort);
    await posterFailed.locator('[data-testid="load-leave"]').click();
    await p.locator('.mode-switch button', { hasText: 'Districts' }).click();
    await p.locator('[data-testid="districts-panel"]').waitFor({ timeout: 60_000 });
    expect(chunkErrors()).toEqual([]);
  });

  it("says a new version is ready when a screen's code is gone from the server (404), and reloads on request", async () => {
    const p = s.page;
    s.errors.length = 0;
    const gone = (route: Route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' });
    const DISTRICTS = /\/assets\/DistrictsPanel-[\w-]+\.js$/;
    await s.context.route(DISTRICTS, gone);
    await openApp(s, 'mode=districts&lang=en');
    const box = p.locator('[data-testid="load-failed"]');
    await box.waitFor({ timeout: 60_000 });
    expect(await box.getAttribute('data-failure')).toBe('gone');
    expect(await box.locator('p').innerText()).toBe('A new version of this map is ready: reload to open the Districts screen.');
    expect(await box.locator('[data-testid="load-retry"]').count()).toBe(0);
    await shot(p, 'faults-chunk-gone-en');
    await p.locator('.lang-switch button[lang="zh"]').click();
    expect(await box.locator('p').innerText()).toBe('地图已有新版本：请重新加载，以打开“分区”页面。');
    await shot(p, 'faults-chunk-gone-zh');
    // The new version deployed: Reload opens it.
    await s.context.unroute(DISTRICTS, gone);
    await Promise.all([p.waitForEvent('load'), box.locator('[data-testid="load-reload"]').click()]);
    await waitForMapIdle(p);
    await p.locator('[data-testid="districts-panel"]').waitFor({ timeout: 60_000 });
    expect(chunkErrors()).toEqual([]);
  });
});
