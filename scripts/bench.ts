// npm run bench — the app against a bare MapLibre page (scripts/bench/bare/) drawing the same data,
// in one run: loads alternate app / bare, each in a fresh browser profile, and the budgets are ratios
// to the bare page (absolute times on these shared machines drift from run to run). Also the gzip
// size of the shell, the map chunk, the worker and the data, and selection → panel painted.
//   BENCH_RUNS=n (loads of each, default 9: with 5 a side the medians moved by ±10 % between runs here,
//   as much as the budgets' margins)   --no-fail or BENCH_NO_FAIL=1 (report only, exit 0)
import { readFileSync, rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { serveStatic } from './lib/staticServer.ts';
import { ROOT } from './lib/repoData.ts';
import { isMain } from './lib/isMain.ts';
import { buildBenchPages, measureBuild } from './lib/bench/benchBuild.ts';
import { createPageLoader } from './lib/bench/pageLoad.ts';
import { selectablePlaces } from './lib/bench/selectablePlaces.ts';
import { budgetLines, budgetText, loadLines, missed, sizeLines, type Load } from './lib/bench/benchReport.ts';

const VIEWPORT = { width: 1280, height: 800 };
const LOCALE = 'zh-CN';

/** Prints the report; the exit code: 1 when a figure is over its budget (unless told not to fail). */
export async function main(): Promise<number> {
  const runs = Math.max(1, Number(process.env.BENCH_RUNS ?? 9) || 9);
  const noFail = process.argv.includes('--no-fail') || process.env.BENCH_NO_FAIL === '1';
  const started = Date.now();
  // Printed with the figures: a busy machine widens the spread (the ratios hold better than the times).
  const loadAtStart = loadavg()[0]!;

  const { work, appDir, bareDir } = await buildBenchPages();
  const built = measureBuild(appDir);
  // Places with a site and a distinct name, to select in turn (a new one each time, so the panel changes).
  const places = selectablePlaces(JSON.parse(readFileSync(join(ROOT, 'data/places.geojson'), 'utf8')));
  let nextPlace = 0;
  const loader = createPageLoader({ viewport: VIEWPORT, locale: LOCALE, pick: () => places[nextPlace++ % places.length]! });

  const app = await serveStatic(appDir);
  const bare = await serveStatic(bareDir);
  const appLoads: Load[] = [];
  const bareLoads: Load[] = [];
  // The bare page with the app's build-time glyph file: reported beside the budgets' floor, not instead.
  const glyphLoads: Load[] = [];
  try {
    for (let i = 0; i < runs; i++) {
      appLoads.push(await loader.loadOnce(app.url, true));
      // The bare map gets the size of the app's map area, so both draw the same number of pixels.
      const size = appLoads[0]!.mapSize;
      const query = size ? `?w=${size.w}&h=${size.h}` : '?';
      bareLoads.push(await loader.loadOnce(bare.url + query, false));
      glyphLoads.push(await loader.loadOnce(bare.url + query + '&glyphs=1', false));
      process.stderr.write(
        `  load ${i + 1}/${runs}: app idle ${appLoads[i]!.marks['map-first-idle']!.toFixed(0)} ms, bare ${bareLoads[i]!.marks['map-first-idle']!.toFixed(0)} ms, bare with the glyph file ${glyphLoads[i]!.marks['map-first-idle']!.toFixed(0)} ms\n`,
      );
    }
  } finally {
    app.server.close();
    bare.server.close();
    rmSync(work, { recursive: true, force: true });
  }

  const size = appLoads[0]?.mapSize;
  const unsettled = loader.unsettled();
  const loads = { app: appLoads, bare: bareLoads, glyphs: glyphLoads };
  console.log(`\nbench: ${runs} loads each of the app, the bare MapLibre page and that page with the app's glyph file, alternating, fresh profile per load`);
  console.log(
    `  headless Chromium (SwiftShader), ${VIEWPORT.width}×${VIEWPORT.height}, ${LOCALE}, map area ${size ? `${size.w}×${size.h}` : '?'}; load average ${loadAtStart.toFixed(1)} → ${loadavg()[0]!.toFixed(1)}`,
  );
  console.log(
    `  each load from a browser done with its own start-up (CPU quiet)${unsettled ? `; ${unsettled} of ${runs * 3} never settled (measured anyway)` : ''}`,
  );
  for (const line of [...loadLines(loads), ...sizeLines(built.sizes, built.parts, built.glyphFiles, built.data)]) console.log(line);

  const lines = budgetLines(loads, built.sizes);
  console.log('\n  budgets');
  for (const l of lines) console.log(budgetText(l));
  const over = lines.filter((l) => l.verdict === 'OVER').length + (missed(appLoads) > 0 ? 1 : 0);
  console.log(
    `\n  ${over ? `${over} over budget` : 'all within budget'}; ${((Date.now() - started) / 1000).toFixed(0)} s${noFail && over ? ' (--no-fail: exit 0)' : ''}`,
  );
  return over > 0 && !noFail ? 1 : 0;
}

if (isMain(import.meta.url)) process.exit(await main());
