import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

// Two projects: pure logic in Node, and page/map behaviour in real Chromium driven by playwright-core
// (test/browser/*.test.ts start their own build + static server; see test/browser/harness.ts).
// Two browser test files run at once: much of a browser test waits on wall-clock time (camera flights,
// autoplay, idle fades, retries) that a second file fills. Measured on this 2-core machine, 2026-12-07:
// the browser project in 539 s against 758 s one file at a time, every test green. BROWSER_WORKERS=1
// runs them one by one (to read one file's timings, or on one core).
const BROWSER_WORKERS = Math.max(1, Number(process.env['BROWSER_WORKERS'] ?? 2) || 1);

export default defineConfig({
  test: {
    projects: [
      // The Node tests first (half a minute), then the browser files two at a time: vitest runs projects
      // with different worker counts as separate groups.
      { plugins: [solid()], test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node', sequence: { groupOrder: 0 } } },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: BROWSER_WORKERS > 1,
          maxWorkers: BROWSER_WORKERS,
          sequence: { groupOrder: 1 },
          globalSetup: ['test/browser/globalSetup.ts'],
        },
      },
    ],
  },
});
