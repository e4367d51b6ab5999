// src/state/chunkLoader.ts: a lazy chunk's load tried again, and a failure told apart (network / gone).
import { describe, it, expect } from 'vitest';
import { withRetries, urlInError, failureOf } from '../../src/state/chunkLoader.ts';

const noWait = () => Promise.resolve();

describe('withRetries', () => {
  it('tries again after each wait until the load succeeds, running beforeRetry before each new try', async () => {
    let n = 0;
    const log: string[] = [];
    const r = await withRetries(
      async () => {
        n++;
        if (n < 3) throw new Error(`fail ${n}`);
        return 'ok';
      },
      { waits: [1, 2, 3], sleep: async (ms) => void log.push(`wait ${ms}`), beforeRetry: () => void log.push('before') },
    );
    expect(r).toBe('ok');
    expect(log).toEqual(['wait 1', 'before', 'wait 2', 'before']);
  });
  it('rejects with the last error after the last try', async () => {
    let n = 0;
    await expect(
      withRetries(
        async () => {
          throw new Error(`fail ${++n}`);
        },
        { waits: [1, 1], sleep: noWait },
      ),
    ).rejects.toThrow('fail 3');
  });
  it('counts a failing beforeRetry as a failed try', async () => {
    let loads = 0;
    await expect(
      withRetries(
        async () => {
          loads++;
          throw new Error('load');
        },
        {
          waits: [1],
          sleep: noWait,
          beforeRetry: () => {
            throw new Error('css');
          },
        },
      ),
    ).rejects.toThrow('css');
    expect(loads).toBe(1);
  });
});

describe('urlInError and failureOf', () => {
  const base = 'http://127.0.0.1:4000/app/index.html';
  it("finds the file a failed load names, in each browser's words", () => {
    expect(urlInError(new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4000/app/assets/DistrictsPanel-Ab1.js'), base)).toBe(
      'http://127.0.0.1:4000/app/assets/DistrictsPanel-Ab1.js',
    );
    expect(urlInError(new TypeError('error loading dynamically imported module: http://x.test/assets/a.js'), base)).toBe('http://x.test/assets/a.js');
    expect(urlInError(new Error('Unable to preload CSS for assets/DistrictsPanel-1.css'), base)).toBe('http://127.0.0.1:4000/app/assets/DistrictsPanel-1.css');
    expect(urlInError(new TypeError('Importing a module script failed.'), base)).toBeUndefined();
    expect(urlInError(undefined, base)).toBeUndefined();
  });
  it('says "gone" only when the server answers that the file is not there', async () => {
    const e = new TypeError('Failed to fetch dynamically imported module: http://127.0.0.1:4000/app/assets/x.js');
    expect(await failureOf(e, base, async () => 404)).toBe('gone');
    expect(await failureOf(e, base, async () => 200)).toBe('failed');
    expect(
      await failureOf(e, base, async () => {
        throw new TypeError('Failed to fetch');
      }),
    ).toBe('failed');
    expect(await failureOf(new TypeError('Importing a module script failed.'), base, async () => 404)).toBe('failed');
  });
});
