// Launching Debian's Chromium headless with playwright-core: one place for the flags that work here
// (software WebGL via SwiftShader; no background traffic to hosts this machine cannot reach).
import { chromium, type BrowserContext } from 'playwright-core';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--no-sandbox',
];

export async function launchChromium(
  opts: {
    width?: number;
    height?: number;
    locale?: string;
    deviceScaleFactor?: number;
    /** A phone's browser: meta viewport honoured, touch events, no hover (with hasTouch). */
    isMobile?: boolean;
    hasTouch?: boolean;
    extraArgs?: string[];
    serviceWorkers?: 'allow' | 'block';
    /** The bench's probes are strings evaluated in the page, which the app's CSP (no 'unsafe-eval') refuses. */
    bypassCSP?: boolean;
    /** The profile's folder (e.g. on a small disk); a fresh one in the system's temp folder by default. Removed on close. */
    profileDir?: string;
  } = {},
): Promise<{ context: BrowserContext; close(): Promise<void>; settled(): Promise<boolean> }> {
  // Playwright rejects --user-data-dir in args; a persistent context in a fresh folder instead.
  const dir = opts.profileDir ?? mkdtempSync(join(tmpdir(), 'hubmap-chromium-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: opts.width ?? 1280, height: opts.height ?? 800 },
    deviceScaleFactor: opts.deviceScaleFactor ?? 1,
    isMobile: opts.isMobile ?? false,
    hasTouch: opts.hasTouch ?? false,
    locale: opts.locale ?? 'en-US',
    args: [...CHROMIUM_ARGS, ...(opts.extraArgs ?? [])],
    serviceWorkers: opts.serviceWorkers ?? 'allow',
    bypassCSP: opts.bypassCSP ?? false,
  });
  return {
    context,
    settled: () => browserSettled(dir),
    async close() {
      await context.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** CPU time (clock ticks) of every process of the browser started with this profile folder, and their children. */
function browserTicks(profileDir: string): number | null {
  let entries: string[];
  try {
    entries = readdirSync('/proc').filter((p) => /^\d+$/.test(p));
  } catch {
    return null;
  }
  const procs = new Map<string, { ppid: string; ticks: number; ours: boolean }>();
  for (const pid of entries) {
    try {
      // Fields after the command name: state ppid … utime(12th) stime(13th).
      const f = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
      const ours = readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(profileDir);
      procs.set(pid, { ppid: f[1]!, ticks: Number(f[11]) + Number(f[12]), ours });
    } catch {
      /* gone meanwhile */
    }
  }
  const isOurs = (pid: string, depth = 0): boolean => {
    const p = procs.get(pid);
    return !!p && (p.ours || (depth < 4 && isOurs(p.ppid, depth + 1)));
  };
  let ticks = 0;
  for (const [pid, p] of procs) if (isOurs(pid)) ticks += p.ticks;
  return ticks;
}

/**
 * Waits until a browser just launched has finished its own start-up work (a fresh profile makes it
 * build internal pages for ~0.5 s at more than one core): three 100 ms samples in a row in which its
 * processes used less than one clock tick (10 ms on Linux) together. A load measured from then on
 * measures the page, not the browser's chores. False when /proc is not readable or it never settles
 * within 10 s (the caller measures anyway).
 */
export async function browserSettled(profileDir: string): Promise<boolean> {
  const first = browserTicks(profileDir);
  if (first === null) return false;
  let prev: number = first;
  let quiet = 0;
  for (let i = 0; i < 100 && quiet < 3; i++) {
    await new Promise((r) => setTimeout(r, 100));
    const now: number = browserTicks(profileDir) ?? prev;
    quiet = now - prev <= 0 ? quiet + 1 : 0;
    prev = now;
  }
  return quiet >= 3;
}
