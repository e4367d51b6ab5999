import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

// Two projects: pure logic in Node, and page/map behaviour in real Chromium driven by playwright-core
// (test/browser/*.test.ts start their own build + static server; see test/browser/harness.ts).
// Two browser test files run at once: much of a browser test waits on wall-clock time (camera flights,
// autoplay, idle fades, retries) that a second file fills. Measured on this 2-core machine, 2026-12-07:
// the browser project in 539 s against 758 s one file at a time, every test green. BROWSER_WORKERS=1
// runs them one by one (to read one file's timings, or on one core).
const BROWSER_WORKERS = Math.max(1, Number(process.env['BROWSER_WORKERS'] ?? 2) || 1);

const ALONE = ['test/browser/faults.test.ts', 'test/browser/engines.test.ts'];
const browser = {
  include: ['test/browser/**/*.test.ts'],
  environment: 'node',
  testTimeout: 300_000,
  hookTimeout: 300_000,
  // Builds the app once (the second project finds it built) and serves dist/.
  globalSetup: ['test/browser/globalSetup.ts'],
};

export default defineConfig({
  test: {
    projects: [
      // The Node tests first (half a minute), then the browser files two at a time: vitest runs projects
      // with different worker counts as separate groups.
      { plugins: [solid()], test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', sequence: { groupOrder: 0 } } },
      {
        test: {
          ...browser,
          name: 'browser',
          exclude: ALONE,
          fileParallelism: BROWSER_WORKERS > 1,
          maxWorkers: BROWSER_WORKERS,
          sequence: { groupOrder: 1 },
        },
      },
      // Then, one at a time, the files that drive a real disk quota, failing chunks and a reload, and the
      // other engines under Xvfb: with another file beside them on two cores, the 404-reload test once
      // waited past its limit for the map (2026-12-07), and these are the ones that must never be flaky.
      { test: { ...browser, name: 'browser-alone', include: ALONE, maxWorkers: 1, fileParallelism: false, sequence: { groupOrder: 2 } } },
    ],
  },
});
