// Builds the app once, with its test hooks (src/testHooks.ts: VITE_TEST_HOOKS=1), and serves dist/ on
// loopback for every browser test file.
import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { serveStatic } from '../../scripts/lib/staticServer.ts';
import { ROOT } from '../../scripts/lib/repoData.ts';
import { join } from 'node:path';

export default async function setup(project: TestProject) {
  // The two browser projects (files side by side, then files alone) share one build of this run.
  if (process.env['HUB_TEST_BUILD'] !== 'done') {
    execFileSync(join(ROOT, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
      cwd: ROOT,
      stdio: 'inherit',
      env: { ...process.env, VITE_TEST_HOOKS: '1' },
    });
    process.env['HUB_TEST_BUILD'] = 'done';
  }
  const { server, url } = await serveStatic(join(ROOT, 'dist'));
  project.provide('baseUrl', url);
  return () => new Promise<void>((resolve) => server.close(() => resolve()));
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}
