// What the cross-engine smoke test needs from a browser, whatever drives it: Firefox over WebDriver BiDi
// (firefoxBidi.ts), WebKitGTK over W3C WebDriver classic (webkitDriver.ts). Small on purpose: open a
// URL, run a function in the page, real pointer clicks and key presses, a file into a file input, a
// screenshot. Everything else the test reads from the page itself.

export interface EngineDriver {
  /** e.g. "Firefox 153.8.0" — printed by the test, so a run says what it tested. */
  readonly version: string;
  goto(url: string): Promise<void>;
  /**
   * Runs `fn` in the page (its source is sent, so it must not close over anything) with `arg`, awaits
   * it, and returns its result through JSON. A throw in the page rejects with its message.
   */
  run<R, A = undefined>(fn: (arg: A) => R | Promise<R>, arg?: A): Promise<R>;
  /** A real left click (pointer down and up) at viewport CSS pixels. */
  click(x: number, y: number): Promise<void>;
  /** A real key press; `key` is a WebDriver key value (e.g. KEYS.ArrowRight). */
  press(key: string): Promise<void>;
  /** Puts a file from disk into the <input type=file> matching `selector`, as a user picking it. */
  setFile(selector: string, path: string): Promise<void>;
  /** The viewport as PNG. */
  screenshot(): Promise<Buffer>;
  close(): Promise<void>;
}

export const KEYS = { ArrowRight: '\uE014' } as const;

/** The in-page wrapper both drivers send: the result, or the error, as JSON text. */
export const wrapForPage = (fn: (...args: never[]) => unknown): string =>
  `async function (argJson) { try { return JSON.stringify({ ok: await (${fn.toString()})(JSON.parse(argJson)) ?? null }); } catch (e) { return JSON.stringify({ err: String(e && e.stack || e) }); } }`;

export function unwrapFromPage<R>(json: string): R {
  const r = JSON.parse(json) as { ok?: R; err?: string };
  if (r.err !== undefined) throw new Error(`in the page: ${r.err}`);
  return r.ok as R;
}

/** Waits until `fn` holds in the page (a state, polled every 250 ms), or fails with `what` after `timeoutMs`. */
export async function waitInPage<A>(d: EngineDriver, what: string, fn: (arg: A) => unknown, arg?: A, timeoutMs = 120_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last: unknown;
  for (;;) {
    try {
      if (await d.run(fn as (a: A) => unknown, arg)) return;
    } catch (e) {
      last = e; // e.g. a navigation destroyed the context: try again
    }
    if (Date.now() > end) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}${last ? ` (last error: ${String(last)})` : ''}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}

/**
 * Clicks the middle of the first element matching `selector` (scrolled into view first), as a user would
 * — once it is where the click will land: the same box over two frames and on top at that point. A click
 * sent while the page still moves (a panel growing as data arrives) would land on whatever is there.
 */
export async function clickOn(d: EngineDriver, selector: string, timeoutMs = 60_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  let last = '';
  for (;;) {
    const at = await d.run(async (sel) => {
      const el = document.querySelector(sel);
      if (!el) return { miss: `no element ${sel}` };
      el.scrollIntoView({ block: 'center', inline: 'center' });
      const box = () => {
        const r = el.getBoundingClientRect();
        return [r.left, r.top, r.width, r.height].map(Math.round).join(',');
      };
      const before = box();
      await new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
      if (box() !== before) return { miss: `${sel} still moving` };
      const r = el.getBoundingClientRect();
      const x = r.left + r.width / 2;
      const y = r.top + r.height / 2;
      const top = document.elementFromPoint(x, y);
      if (!top || !(top === el || el.contains(top))) return { miss: `${sel} is under ${top ? top.outerHTML.slice(0, 120) : 'nothing'}` };
      return { x, y };
    }, selector);
    if ('x' in at && at.x !== undefined && at.y !== undefined) return d.click(at.x, at.y);
    last = at.miss ?? '';
    if (Date.now() > end) throw new Error(`could not click ${selector} within ${timeoutMs} ms: ${last}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
