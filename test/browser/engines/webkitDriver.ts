// WebKitGTK (Debian's webkit2gtk-driver: WebKitWebDriver driving MiniBrowser) over W3C WebDriver
// classic, which is HTTP and JSON: a few fetch calls, so no client library. playwright-core's WebKit
// needs its own patched build, which Debian does not have; WebKitWebDriver here speaks no BiDi.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { unwrapFromPage, wrapForPage, type EngineDriver } from './driver.ts';

export const WEBKIT_DRIVER = '/usr/bin/WebKitWebDriver';
export const MINIBROWSER = process.env.MINIBROWSER_PATH ?? '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser';

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const port = (srv.address() as { port: number }).port;
      srv.close(() => resolve(port));
    });
  });

export async function launchWebKit(opts: { display: string; width: number; height: number }): Promise<EngineDriver> {
  for (const f of [WEBKIT_DRIVER, MINIBROWSER]) if (!existsSync(f)) throw new Error(`${f} is missing (Debian package webkit2gtk-driver)`);
  const port = await freePort();
  const proc: ChildProcess = spawn(WEBKIT_DRIVER, [`--port=${port}`], { env: { ...process.env, DISPLAY: opts.display }, stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  proc.stdout!.on('data', (b: Buffer) => {
    log += b.toString();
  });
  proc.stderr!.on('data', (b: Buffer) => {
    log += b.toString();
  });
  const base = `http://127.0.0.1:${port}`;

  async function cmd<R>(method: 'GET' | 'POST' | 'DELETE', path: string, body?: object): Promise<R> {
    const r = await fetch(base + path, {
      method,
      headers: { 'content-type': 'application/json' },
      body: body ? JSON.stringify(body) : method === 'POST' ? '{}' : undefined,
    });
    const j = (await r.json()) as { value: R & { error?: string; message?: string } };
    if (!r.ok) throw new Error(`WebDriver ${method} ${path}: ${j.value.error}: ${j.value.message}`);
    return j.value;
  }
  for (let i = 0; ; i++) {
    try {
      await cmd('GET', '/status');
      break;
    } catch (e) {
      if (i > 100 || proc.exitCode !== null) {
        proc.kill();
        throw new Error(`WebKitWebDriver did not answer: ${String(e)} ${log.slice(-500)}`);
      }
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  // MiniBrowser needs --automation to accept the driver (the driver passes only the args given here).
  const s = await cmd<{ sessionId: string; capabilities: { browserName: string; browserVersion: string } }>('POST', '/session', {
    capabilities: { alwaysMatch: { 'webkitgtk:browserOptions': { binary: MINIBROWSER, args: ['--automation'] } } },
  }).catch((e: unknown) => {
    proc.kill();
    throw e;
  });
  const sp = `/session/${s.sessionId}`;
  await cmd('POST', `${sp}/timeouts`, { script: 120_000 });
  // The window's outer size; the test reads the viewport it got from the page.
  await cmd('POST', `${sp}/window/rect`, { width: opts.width, height: opts.height });

  const actions = (list: object[]) => cmd('POST', `${sp}/actions`, { actions: list });
  return {
    version: `WebKitGTK ${s.capabilities.browserVersion} (${s.capabilities.browserName})`,
    async goto(url) {
      await cmd('POST', `${sp}/url`, { url });
    },
    async run(fn, arg) {
      const script = `const done = arguments[arguments.length - 1]; (${wrapForPage(fn)})(arguments[0]).then(done, (e) => done(JSON.stringify({ err: String(e) })));`;
      return unwrapFromPage(await cmd<string>('POST', `${sp}/execute/async`, { script, args: [JSON.stringify(arg ?? null)] }));
    },
    async click(x, y) {
      await actions([
        {
          type: 'pointer',
          id: 'mouse',
          parameters: { pointerType: 'mouse' },
          actions: [
            { type: 'pointerMove', x: Math.round(x), y: Math.round(y), origin: 'viewport', duration: 0 },
            { type: 'pointerDown', button: 0 },
            { type: 'pointerUp', button: 0 },
          ],
        },
      ]);
      await cmd('DELETE', `${sp}/actions`);
    },
    async press(key) {
      await actions([
        {
          type: 'key',
          id: 'keyboard',
          actions: [
            { type: 'keyDown', value: key },
            { type: 'keyUp', value: key },
          ],
        },
      ]);
      await cmd('DELETE', `${sp}/actions`);
    },
    async setFile(selector, path) {
      const el = await cmd<Record<string, string>>('POST', `${sp}/element`, { using: 'css selector', value: selector });
      const id = Object.values(el)[0]!;
      await cmd('POST', `${sp}/element/${id}/value`, { text: path });
    },
    async screenshot() {
      return Buffer.from(await cmd<string>('GET', `${sp}/screenshot`), 'base64');
    },
    async close() {
      try {
        await cmd('DELETE', sp);
      } catch {
        /* already gone */
      }
      proc.kill();
    },
  };
}
