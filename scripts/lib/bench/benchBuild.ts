// The two pages the bench compares, built with Vite's JS API into a temporary folder — the app, and
// the bare MapLibre page (scripts/bench/bare/) with the app's map data — and the app build's sizes.
import { build } from 'vite';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT, SEED_FILE } from '../repoData.ts';
import { buildParts, isDataFile, type FileSet, type Manifest } from '../benchStats.ts';
import { GLYPHS_FILE } from '../../../src/map/glyphBundle.ts';
import { PANEL_FILES, PLAN_EN_FILE } from '../../../src/data/dataFiles.ts';
import type { Sizes } from './benchReport.ts';

// What the app's map fetches (src/data/dataFiles.ts MAP_FILES), taken from the app's build.
const MAP_DATA_FILES = ['districts.geojson', 'map/context.geojson', 'map/places.geojson', 'map/corridors.geojson'];

export async function buildBenchPages(): Promise<{ work: string; appDir: string; bareDir: string }> {
  const work = mkdtempSync(join(tmpdir(), 'hubmap-bench-'));
  const appDir = join(work, 'app');
  const bareDir = join(work, 'bare');
  // The app as it ships: without the browser tests' hooks (src/testHooks.ts), whatever the shell has set.
  delete process.env['VITE_TEST_HOOKS'];
  await build({ root: ROOT, logLevel: 'error', build: { outDir: appDir, emptyOutDir: true, manifest: true } });
  await build({
    root: join(ROOT, 'scripts/bench/bare'),
    configFile: false,
    base: './',
    logLevel: 'error',
    cacheDir: join(work, 'vite-cache'),
    publicDir: false,
    build: { outDir: bareDir, emptyOutDir: true, target: 'es2022', chunkSizeWarningLimit: 5000 },
  });
  mkdirSync(join(bareDir, 'data', 'map'), { recursive: true });
  for (const f of MAP_DATA_FILES) copyFileSync(join(appDir, 'data', f), join(bareDir, 'data', f));
  // For the second floor only (bare page with `?glyphs=1`): the app's build-time label glyphs.
  mkdirSync(join(bareDir, 'glyphs'), { recursive: true });
  copyFileSync(join(appDir, GLYPHS_FILE), join(bareDir, GLYPHS_FILE));
  return { work, appDir, bareDir };
}

/** The gzip sizes of the app build's parts, its glyph file and its data. */
export function measureBuild(appDir: string) {
  const gzKb = (file: string) => gzipSync(readFileSync(file)).length / 1024;
  const manifest = JSON.parse(readFileSync(join(appDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
  const parts = buildParts(manifest);
  const sum = (files: readonly string[]) => files.reduce((a, f) => a + gzKb(join(appDir, f)), 0);
  const setKb = (s: FileSet) => ({ js: sum(s.js), css: sum(s.css) });
  const walk = (dir: string): string[] =>
    readdirSync(dir).flatMap((f) => {
      const p = join(dir, f);
      return statSync(p).isDirectory() ? walk(p) : [relative(appDir, p)];
    });
  // What is measured is what ships: none of the tests' probes (src/testHooks.ts) in the code.
  const hooked = walk(appDir).filter((f) => f.endsWith('.js') && readFileSync(join(appDir, f), 'utf8').includes('__hub'));
  if (hooked.length) throw new Error(`the app's build carries the test hooks (${hooked.join(', ')}): built with VITE_TEST_HOOKS?`);
  // The labels' glyphs drawn at build time (src/map/glyphBundle.ts): neither code nor data, said apart.
  const glyphFiles = walk(appDir).filter((f) => f.replace(/\\/g, '/').startsWith('glyphs/'));
  // Data served as files of the build when there are any; otherwise it is inlined in the JS, and we
  // report what the inlined files weigh on their own.
  // Not start-up data, reported apart: the plan's English translation, fetched only by an English reader
  // (src/data/planEnglish.ts), and the panel files, fetched when a panel first needs one (src/data/panelData.ts).
  const later = new Set<string>([PLAN_EN_FILE, ...Object.values(PANEL_FILES)]);
  const isLater = (f: string) => later.has(f.replace(/\\/g, '/'));
  const allData = walk(appDir).filter((f) => isDataFile(f));
  const builtData = allData.filter((f) => !isLater(f));
  const mode = builtData.length > 0 ? 'static files of the build' : 'inlined in the JS (size of the source files)';
  const files =
    builtData.length > 0
      ? builtData.map((f) => ({ name: f, kb: gzKb(join(appDir, f)) }))
      : [
          ...readdirSync(join(ROOT, 'data'))
            .filter((f) => /\.(geo)?json$/.test(f))
            .map((f) => `data/${f}`)
            .filter((f) => !isLater(f)),
          SEED_FILE,
        ].map((f) => ({ name: f, kb: gzKb(join(ROOT, f)) }));
  const sizes: Sizes = {
    shell: setKb(parts.shell),
    map: setKb(parts.map),
    lazy: setKb(parts.lazy),
    worker: sum(parts.worker),
    glyphs: sum(glyphFiles),
    data: files.reduce((a, f) => a + f.kb, 0),
  };
  const laterFiles = allData.filter(isLater).map((f) => ({ name: f, kb: gzKb(join(appDir, f)) }));
  return { parts, sizes, glyphFiles, data: { mode, files, later: laterFiles } };
}
