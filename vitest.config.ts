import { defineConfig } from 'vitest/config';
import solid from 'vite-plugin-solid';

// Two projects: pure logic in Node, and page/map behaviour in real Chromium driven by playwright-core
// (test/browser/*.test.ts start their own build + static server; see test/browser/harness.ts).
export default defineConfig({
  test: {
    projects: [
      { plugins: [solid()], test: { name: 'unit', include: ['test/unit/**/*.test.ts'], environment: 'node' } },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          environment: 'node',
          testTimeout: 300_000,
          hookTimeout: 300_000,
          fileParallelism: false,
          globalSetup: ['test/browser/globalSetup.ts'],
        },
      },
    ],
  },
});
