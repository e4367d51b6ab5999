// npm run bench — every measured figure in one run, one after the other (never two browsers at once):
// load against a bare MapLibre page (bench.ts), a corridor chapter's frames against a plain flight
// (bench-present.ts), 100,000 imported rows against a bare setData (bench-import.ts), the portfolio of
// 100,000 companies at 1, 5 and 20 km and their counts along the corridors at 1, 5 and 10 km
// (bench-portfolio.ts). Exits 1 when any
// is over its budget (--no-fail / BENCH_NO_FAIL=1: report only).
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ROOT } from './lib/repoData.ts';
import { isMain } from './lib/isMain.ts';

export async function main(): Promise<void> {
  const noFail = process.argv.includes('--no-fail') || process.env.BENCH_NO_FAIL === '1';
  let failed = 0;
  for (const script of ['bench.ts', 'bench-present.ts', 'bench-import.ts', 'bench-portfolio.ts']) {
    console.log(`\n=== ${script}`);
    const r = spawnSync(join(ROOT, 'node_modules/.bin/tsx'), [join(ROOT, 'scripts', script), ...process.argv.slice(2)], {
      cwd: ROOT,
      stdio: 'inherit',
    });
    if (r.status !== 0) failed++;
  }
  // Each script prints OVER against its budgets and exits 1 then; the next one still runs.
  process.exit(failed > 0 && !noFail ? 1 : 0);
}

if (isMain(import.meta.url)) await main();
