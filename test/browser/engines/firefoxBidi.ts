// Firefox ESR (Debian's) driven over WebDriver BiDi, the protocol it speaks natively
// (--remote-debugging-port). A minimal client on purpose: playwright-core 1.65's BiDi Firefox type
// (`firefox` with channel "moz-firefox") sends commands this ESR does not know
// (emulation.setMediaFeaturesOverride → "unknown command" on every new context), and the Juggler
// protocol of its own Firefox build is not in Debian's. Only the commands the smoke test needs.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import WebSocket from 'ws';
import { unwrapFromPage, wrapForPage, type EngineDriver } from './driver.ts';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/lib/firefox-esr/firefox-esr';

// A quiet profile: no first-run pages, no update or telemetry traffic, downloads saved without asking.
const prefs = (downloads: string): Record<string, string | number | boolean> => ({
  'browser.shell.checkDefaultBrowser': false,
  'browser.startup.homepage_override.mstone': 'ignore',
  'browser.aboutwelcome.enabled': false,
  'datareporting.policy.dataSubmissionEnabled': false,
  'datareporting.healthreport.uploadEnabled': false,
  'toolkit.telemetry.reportingpolicy.firstRun': false,
  'app.update.disabledForTesting': true,
  'browser.safebrowsing.malware.enabled': false,
  'browser.safebrowsing.phishing.enabled': false,
  'network.captive-portal-service.enabled': false,
  'network.connectivity-service.enabled': false,
  'extensions.update.enabled': false,
  'browser.download.folderList': 2,
  'browser.download.dir': downloads,
  'browser.download.useDownloadDir': true,
  'browser.download.always_ask_before_handling_new_types': false,
  'browser.download.panel.shown': true,
  'browser.download.alwaysOpenPanel': false,
});

interface Pending {
  resolve(v: unknown): void;
  reject(e: Error): void;
  method: string;
}

export async function launchFirefox(opts: { display: string; width: number; height: number }): Promise<EngineDriver & { downloads: string }> {
  if (!existsSync(FIREFOX)) throw new Error(`${FIREFOX} is missing (Debian package firefox-esr)`);
  const profile = mkdtempSync(join(tmpdir(), 'hubmap-firefox-'));
  const downloads = join(profile, 'downloads');
  writeFileSync(
    join(profile, 'user.js'),
    Object.entries(prefs(downloads))
      .map(([k, v]) => `user_pref(${JSON.stringify(k)}, ${JSON.stringify(v)});\n`)
      .join(''),
  );
  const proc: ChildProcess = spawn(
    FIREFOX,
    ['--remote-debugging-port=0', '--no-remote', '--profile', profile, '--width', String(opts.width), '--height', String(opts.height), 'about:blank'],
    {
      env: { ...process.env, DISPLAY: opts.display, MOZ_CRASHREPORTER_DISABLE: '1' },
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let log = '';
  const wsUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Firefox did not open WebDriver BiDi in 60 s: ${log.slice(-800)}`)), 60_000);
    const onData = (b: Buffer) => {
      log += b.toString();
      const m = /WebDriver BiDi listening on (ws:\/\/\S+)/.exec(log);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    proc.stdout!.on('data', onData);
    proc.stderr!.on('data', onData);
    proc.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Firefox exited (${code}): ${log.slice(-800)}`));
    });
    proc.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
  }).catch((e: unknown) => {
    proc.kill('SIGKILL');
    rmSync(profile, { recursive: true, force: true });
    throw e;
  });

  const ws = new WebSocket(`${wsUrl}/session`);
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve());
    ws.once('error', reject);
  });
  let nextId = 1;
  const pending = new Map<number, Pending>();
  ws.on('message', (data: WebSocket.RawData) => {
    const msg = JSON.parse(data.toString()) as { id?: number; type: string; result?: unknown; error?: string; message?: string };
    if (msg.id === undefined) return; // events: none subscribed
    const p = pending.get(msg.id);
    if (!p) return;
    pending.delete(msg.id);
    if (msg.type === 'error') p.reject(new Error(`BiDi ${p.method}: ${msg.error}: ${msg.message}`));
    else p.resolve(msg.result);
  });
  ws.on('close', () => {
    for (const p of pending.values()) p.reject(new Error(`BiDi ${p.method}: connection closed`));
    pending.clear();
  });
  const send = <R = Record<string, unknown>>(method: string, params: object): Promise<R> =>
    new Promise<R>((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve: resolve as (v: unknown) => void, reject, method });
      ws.send(JSON.stringify({ id, method, params }));
    });

  const session = await send<{ capabilities: { browserName: string; browserVersion: string } }>('session.new', {
    capabilities: { alwaysMatch: { acceptInsecureCerts: false } },
  });
  const tree = await send<{ contexts: Array<{ context: string }> }>('browsingContext.getTree', { maxDepth: 0 });
  const context = tree.contexts[0]!.context;
  await send('browsingContext.setViewport', { context, viewport: { width: opts.width, height: opts.height } });

  const pointerClick = (x: number, y: number) =>
    send('input.performActions', {
      context,
      actions: [
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport' },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ],
    });

  return {
    downloads,
    version: `Firefox ${session.capabilities.browserVersion}`,
    async goto(url) {
      await send('browsingContext.navigate', { context, url, wait: 'complete' });
    },
    async run(fn, arg) {
      const r = await send<{ type: string; result?: { type: string; value?: string }; exceptionDetails?: { text: string } }>('script.callFunction', {
        functionDeclaration: wrapForPage(fn),
        arguments: [{ type: 'string', value: JSON.stringify(arg ?? null) }],
        target: { context },
        awaitPromise: true,
        userActivation: false,
      });
      if (r.type === 'exception') throw new Error(`in the page: ${r.exceptionDetails?.text}`);
      return unwrapFromPage(r.result!.value!);
    },
    async click(x, y) {
      await pointerClick(x, y);
    },
    async press(key) {
      await send('input.performActions', {
        context,
        actions: [
          {
            type: 'key',
            id: 'keyboard',
            actions: [
              { type: 'keyDown', value: key },
              { type: 'keyUp', value: key },
            ],
          },
        ],
      });
    },
    async setFile(selector, path) {
      const r = await send<{ result: { type: string; sharedId?: string } }>('script.evaluate', {
        expression: `document.querySelector(${JSON.stringify(selector)})`,
        target: { context },
        awaitPromise: false,
      });
      if (r.result.type !== 'node' || !r.result.sharedId) throw new Error(`no element ${selector}`);
      await send('input.setFiles', { context, element: { sharedId: r.result.sharedId }, files: [path] });
    },
    async screenshot() {
      const r = await send<{ data: string }>('browsingContext.captureScreenshot', { context });
      return Buffer.from(r.data, 'base64');
    },
    async close() {
      try {
        await Promise.race([send('browser.close', {}), new Promise((r) => setTimeout(r, 5_000))]);
      } catch {
        /* already gone */
      }
      ws.close();
      if (proc.exitCode === null) {
        await Promise.race([new Promise((r) => proc.once('exit', r)), new Promise((r) => setTimeout(r, 5_000))]);
        if (proc.exitCode === null) proc.kill('SIGKILL');
      }
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
