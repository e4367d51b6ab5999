// Launching Debian's Chromium headless with playwright-core: one place for the flags that work here
// (software WebGL via SwiftShader; no background traffic to hosts this machine cannot reach).
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--enable-unsafe-swiftshader', '--ignore-gpu-blocklist', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic', '--no-sandbox',
];

export async function launchChromium(opts: {
  width?: number; height?: number; locale?: string; deviceScaleFactor?: number; extraArgs?: string[]; serviceWorkers?: 'allow' | 'block';
  /** The bench's probes are strings evaluated in the page, which the app's CSP (no 'unsafe-eval') refuses. */
  bypassCSP?: boolean;
} = {}): Promise<{ context: BrowserContext; close(): Promise<void> }> {
  // Playwright rejects --user-data-dir in args; a persistent context in a fresh folder instead.
  const dir = mkdtempSync(join(tmpdir(), 'hubmap-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    locale: opts.locale ?? 'en-US',
    args: [...CHROMIUM_ARGS, ...(opts.extraArgs ?? [])],
    serviceWorkers: opts.serviceWorkers ?? 'allow',
    bypassCSP: opts.bypassCSP ?? false,
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
