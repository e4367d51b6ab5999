// Real Chromium (Debian's) driven by playwright-core. Every request the page makes is recorded, so a
// test can assert that nothing left the machine.
import type { BrowserContext, JSHandle, Page } from 'playwright-core';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
import type { HubProbe, PosterProbe, PresentProbe } from '../../src/testHooks.ts';
export const SHOTS = join(process.cwd(), 'test-results', 'screenshots');

export interface Session {
  context: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
  baseUrl: string;
  close(): Promise<void>;
}

/**
 * One generous limit for the map to be ready. Tests wait for states (marks, attributes), never for
 * times: on a busy 2-core machine software WebGL can take many seconds, and that is not a failure.
 */
export const MAP_READY_TIMEOUT = 180_000;

/**
 * A phone as the issue means it (390×844 CSS px, a 3× screen, a mobile browser with touch): the meta
 * viewport is honoured, `(hover: none)` and `(pointer: coarse)` match, and taps are touches
 * (page.tap / page.touchscreen), not a desktop window resized.
 */
export const PHONE = { width: 390, height: 844, deviceScaleFactor: 3, isMobile: true, hasTouch: true } as const;

export async function openBrowser(
  opts: {
    width?: number;
    height?: number;
    deviceScaleFactor?: number;
    isMobile?: boolean;
    hasTouch?: boolean;
    locale?: string;
    blockExternal?: boolean;
    extraArgs?: string[];
    serviceWorkers?: 'allow' | 'block';
    bypassCSP?: boolean;
    profileDir?: string;
  } = {},
): Promise<Session> {
  const { context, close } = await launchChromium(opts);
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  // Content-Security-Policy violations are collected in the page, for tests that assert none.
  await context.addInitScript(() => {
    const w = window as unknown as { __csp: string[] };
    w.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => w.__csp.push(`${e.violatedDirective} ${e.blockedURI} at ${e.sourceFile}:${e.lineNumber}`));
  });
  if (opts.blockExternal !== false) {
    // Never let a test reach past loopback, even when it asks for the online basemap.
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|data:|blob:)/, (route) => route.abort('internetdisconnected'));
  }
  return {
    context,
    page,
    requests,
    errors,
    baseUrl: inject('baseUrl'),
    close,
  };
}

/** Open the app at a hash and wait until the map has drawn once. */
export async function openApp(s: Session, hash = ''): Promise<void> {
  // A fresh document each time: changing only the hash would keep the previous test's state.
  await whenStored(s.page);
  await s.page.goto('about:blank');
  await s.page.goto(s.baseUrl + (hash ? `#${hash}` : ''));
  await waitForMapIdle(s.page);
}

/** The list of your layers while a change to them is being written (src/ui/districts/LayersPanel.tsx). */
export const STORING = '[data-testid="user-layers"][data-saving="true"]';

/**
 * Waits until no change to your layers is being written: leaving the page before would ask first
 * (and a write cut short is lost). Nothing to wait for on a page without the list.
 */
export async function whenStored(page: Page): Promise<void> {
  await page.waitForFunction((storing) => !document.querySelector(storing), STORING, { timeout: MAP_READY_TIMEOUT });
}

/** Waits until the list of your layers has read the ones kept in this browser (it says so until then). */
export async function layersRead(page: Page): Promise<void> {
  await page.locator('[data-testid="user-layers"][data-read="true"]').waitFor({ timeout: MAP_READY_TIMEOUT });
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, { timeout: MAP_READY_TIMEOUT });
  await page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-idle') === 'true', undefined, {
    timeout: MAP_READY_TIMEOUT,
  });
}

export async function shot(page: Page, name: string): Promise<string> {
  if (!existsSync(SHOTS)) mkdirSync(SHOTS, { recursive: true });
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

/**
 * RGB of each pixel of a PNG (a screenshot or a downloaded file), read in the page: optionally only the
 * `crop` box of it. Decoded in the browser so the tests need no PNG library.
 */
export async function pngPixels(
  page: Page,
  png: Buffer,
  crop?: { x: number; y: number; width: number; height: number },
): Promise<Array<[number, number, number]>> {
  const flat = await page.evaluate(
    async ({ b64, crop }) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      const r = crop ?? { x: 0, y: 0, width: img.width, height: img.height };
      const c = document.createElement('canvas');
      c.width = r.width;
      c.height = r.height;
      const g = c.getContext('2d')!;
      g.drawImage(img, r.x, r.y, r.width, r.height, 0, 0, r.width, r.height);
      const px = g.getImageData(0, 0, r.width, r.height).data;
      const out: number[] = [];
      // Fully transparent pixels are not part of the picture.
      for (let i = 0; i < px.length; i += 4) if (px[i + 3]! > 0) out.push(px[i]!, px[i + 1]!, px[i + 2]!);
      return out;
    },
    { b64: png.toString('base64'), crop },
  );
  const rgb: Array<[number, number, number]> = [];
  for (let i = 0; i < flat.length; i += 3) rgb.push([flat[i]!, flat[i + 1]!, flat[i + 2]!]);
  return rgb;
}

/** How many different colours a set of pixels has. */
export const distinctColours = (px: ReadonlyArray<readonly [number, number, number]>): number => new Set(px.map(([r, g, b]) => (r << 16) | (g << 8) | b)).size;

/**
 * The page's window with the app's test hooks (src/testHooks.ts; the tests' build has them, see
 * globalSetup.ts). Each is there once the part of the app it describes is up.
 */
export type HookWindow = Window &
  typeof globalThis & {
    __hub: HubProbe;
    __present?: PresentProbe;
    __presentLegs?: string[][];
    __poster?: PosterProbe;
    /** Set before the app starts (an init script): autoplay's pace in ms. */
    __presentIntervalMs?: number;
  };

/** What a function run by `hooks` or `waitForHooks` gets in the page: the hooks, and the test's argument. */
export interface InPage<A> {
  w: HookWindow;
  arg: A;
}

const hookWindow = (page: Page) => page.evaluateHandle(() => window as HookWindow) as Promise<JSHandle<HookWindow>>;

/** Runs `fn` in the page with the app's test hooks, typed: `hooks(page, ({ w }) => w.__hub.map.layerIds())`. */
export async function hooks<R, A = undefined>(page: Page, fn: (p: InPage<A>) => R | Promise<R>, arg?: A): Promise<R> {
  const w = await hookWindow(page);
  try {
    return await page.evaluate(fn as (p: unknown) => R | Promise<R>, { w, arg });
  } finally {
    await w.dispose();
  }
}

/** Waits until `fn`, run in the page with the app's test hooks, holds (a state, never a time). */
export async function waitForHooks<A = undefined>(
  page: Page,
  fn: (p: InPage<A>) => unknown,
  arg?: A,
  opts: { timeout?: number; polling?: number | 'raf' } = {},
): Promise<void> {
  const w = await hookWindow(page);
  try {
    await page.waitForFunction(fn as (p: unknown) => unknown, { w, arg }, { timeout: MAP_READY_TIMEOUT, ...opts });
  } finally {
    await w.dispose();
  }
}

/** A CSV file for the importer's file input. */
export const csvFile = (name: string, body: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(body, 'utf8') });

/** Picks a file, chooses WGS-84, imports it; resolves when the import's result shows. */
export async function importCsv(p: Page, file: ReturnType<typeof csvFile> | string): Promise<void> {
  await p.locator('[data-testid="import-file"]').setInputFiles(file);
  await p.locator('[data-testid="import-preview"]').waitFor();
  await p.locator('[data-testid="datum-wgs84"]').check();
  await p.locator('[data-testid="import-start"]').click();
  await p.locator('[data-testid="import-result"]').waitFor({ timeout: MAP_READY_TIMEOUT });
}

/**
 * Another tab of the site holding the store of your layers with a write transaction: this page's
 * reads and writes of it wait until `release()`. The store must exist (a layer imported once).
 */
export async function holdLayerStore(s: Session): Promise<{ release(): Promise<void> }> {
  const other = await s.context.newPage();
  await other.goto(s.baseUrl + 'icon.svg');
  await other.evaluate(
    () =>
      new Promise<void>((done, fail) => {
        const open = indexedDB.open('gz-hub-user-data');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          let os: IDBObjectStore;
          try {
            os = open.result.transaction('layers', 'readwrite').objectStore('layers');
          } catch (e) {
            fail(e);
            return;
          }
          // A transaction stays open while it has requests: one after another until released.
          const spin = () => {
            if (!(window as { release?: boolean }).release) os.count().onsuccess = spin;
          };
          spin();
          done();
        };
      }),
  );
  return {
    release: async () => {
      await other.evaluate(() => ((window as { release?: boolean }).release = true));
      await other.close();
    },
  };
}

/** The file a click downloads: its suggested name and its text. */
export async function download(p: Page, click: () => Promise<void>): Promise<{ name: string; text: string }> {
  const [d] = await Promise.all([p.waitForEvent('download'), click()]);
  return { name: d.suggestedFilename(), text: readFileSync((await d.path())!, 'utf8') };
}

/**
 * One browser for a test file: opened before its tests, closed after. The session it returns stands
 * for the open one (use it inside the tests, not at the file's top level).
 */
export function browserPerFile(opts?: Parameters<typeof openBrowser>[0]): Session {
  let open: Session | undefined;
  beforeAll(async () => {
    open = await openBrowser(opts);
  });
  afterAll(async () => {
    await open?.close();
  });
  return new Proxy({} as Session, {
    get(_, key: keyof Session) {
      if (!open) throw new Error('the browser opens before the tests (beforeAll)');
      return open[key];
    },
  });
}

/** The page's location hash. */
export const hashOf = (page: Page): Promise<string> => page.evaluate(() => location.hash);
/** The title of what the side panel shows. */
export const panelTitleOf = (page: Page): Promise<string> => page.locator('[data-testid="side-panel"] #details-title').innerText();
