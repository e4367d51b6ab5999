// Real Chromium (Debian's) driven by playwright-core. Every request the page makes is recorded, so a
// test can assert that nothing left the machine.
import type { BrowserContext, Page } from 'playwright-core';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { inject } from 'vitest';
import { launchChromium } from '../../scripts/lib/chromium.ts';
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

export async function openBrowser(opts: { width?: number; height?: number; locale?: string; blockExternal?: boolean; extraArgs?: string[]; serviceWorkers?: 'allow' | 'block'; bypassCSP?: boolean } = {}): Promise<Session> {
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
    context, page, requests, errors, baseUrl: inject('baseUrl'),
    close,
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
  await page.waitForFunction(() => performance.getEntriesByName('map-first-idle').length > 0, undefined, { timeout: MAP_READY_TIMEOUT });
  await page.waitForFunction(() => document.querySelector('[data-testid="map"]')?.getAttribute('data-idle') === 'true', undefined, { timeout: MAP_READY_TIMEOUT });
}

export async function shot(page: Page, name: string): Promise<string> {
  if (!existsSync(SHOTS)) mkdirSync(SHOTS, { recursive: true });
  const file = join(SHOTS, `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}
