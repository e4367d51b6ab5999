// Real Chromium (Debian's) driven by playwright-core. Every request the page makes is recorded, so a
// test can assert that nothing left the machine.
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { mkdtempSync, rmSync, existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { inject } from 'vitest';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const SHOTS = join(process.cwd(), 'test-results', 'screenshots');

export interface Session {
  context: BrowserContext;
  page: Page;
  requests: string[];
  errors: string[];
  baseUrl: string;
  close(): Promise<void>;
}

export async function openBrowser(opts: { width?: number; height?: number; locale?: string; blockExternal?: boolean; extraArgs?: string[] } = {}): Promise<Session> {
  const dir = mkdtempSync(join(tmpdir(), 'hubmap-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    locale: opts.locale ?? 'en-US',
    args: [
      '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--no-sandbox',
      ...(opts.extraArgs ?? []),
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const requests: string[] = [];
  const errors: string[] = [];
  page.on('request', (r) => requests.push(r.url()));
  page.on('pageerror', (e) => errors.push(String(e)));
  if (opts.blockExternal !== false) {
    // Never let a test reach past loopback, even when it asks for the online basemap.
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/]|data:|blob:)/, (route) => route.abort('internetdisconnected'));
  }
  return {
    context, page, requests, errors, baseUrl: inject('baseUrl'),
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Open the app at a hash and wait until the map has drawn once. */
export async function openApp(s: Session, hash = ''): Promise<void> {
  // A fresh document each time: changing only the hash would keep the previous test's state.
  await s.page.goto('about:blank');
  await s.page.goto(s.baseUrl + (hash ? `#${hash}` : ''));
  await waitForMapIdle(s.page);
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, { timeout: 45_000 });
  await page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-idle') === 'true', undefined, { timeout: 30_000 });
}

export async function shot(page: Page, name: string): Promise<string> {
  if (!existsSync(SHOTS)) mkdirSync(SHOTS, { recursive: true });
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
