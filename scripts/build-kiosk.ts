// `npm run build:kiosk`: the presentation as ONE self-contained file, dist-kiosk/index.html — code,
// data, styles and MapLibre's worker inlined — that opens by double-click from a USB stick or a
// laptop folder (file://, no server, no network) in Chromium-based browsers, in Present mode.
// Its own config object (Vite's JS API), so the app's vite.config.ts stays as it is.
import { build, type Plugin } from 'vite';
import solid from 'vite-plugin-solid';
import { viteSingleFile } from 'vite-plugin-singlefile';
import { join } from 'node:path';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { ROOT } from './lib/repoData.ts';
import { isMain } from './lib/isMain.ts';

export const KIOSK_DIR = join(ROOT, 'dist-kiosk');
const WORKER_URL_ID = 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
const VIRTUAL_WORKER = '\0kiosk-maplibre-worker-url';

/**
 * MapLibre's worker as a Blob URL, made once and never revoked (MapLibre re-reads the URL whenever it
 * rebuilds its worker pool). The worker file is self-contained ESM, so the Blob runs as it is.
 */
function inlineWorker(): Plugin {
  return {
    name: 'kiosk:inline-maplibre-worker',
    enforce: 'pre',
    resolveId(id) {
      return id === WORKER_URL_ID ? VIRTUAL_WORKER : null;
    },
    load(id) {
      if (id !== VIRTUAL_WORKER) return null;
      return [
        `import source from 'maplibre-gl/dist/maplibre-gl-worker.mjs?raw';`,
        `export default URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));`,
      ].join('\n');
    },
  };
}

/**
 * The kiosk opens in Present mode (a link's own hash still wins), and a Content-Security-Policy, if
 * the page has one, lets the inlined code and the Blob worker run.
 */
function kioskPage(): Plugin {
  return {
    name: 'kiosk:page',
    transformIndexHtml: {
      order: 'pre',
      handler(html) {
        const start = `<script>if (!location.hash || location.hash === '#') history.replaceState(null, '', '#mode=present');</script>`;
        // boot.js (the splash's language) inlined; the icon as a data: URL. (No manifest: index.html has
        // none, the app links it from appUpdate.ts, which this build replaces with appUpdate.none.ts.)
        const boot = readFileSync(join(ROOT, 'public/boot.js'), 'utf8');
        const icon = `data:image/svg+xml;base64,${readFileSync(join(ROOT, 'public/icon.svg')).toString('base64')}`;
        return (
          html
            .replace(/<script src="\.\/boot\.js"[^>]*><\/script>/, `<script>${boot}</script>`)
            .replace(/<link rel="apple-touch-icon"[^>]*>\s*/g, '')
            .replace(/<link rel="icon" href="\.\/icon-192\.png"[^>]*>\s*/g, '')
            .replace('href="./icon.svg"', `href="${icon}"`)
            .replace(/<meta[^>]+http-equiv=["']?content-security-policy["']?[^>]*>\s*/gi, '')
            // No service worker from file:// (a browser refuses it anyway).
            .replace(/<head>/i, `<head>\n    ${start}`)
        );
      },
    },
  };
}

/**
 * Where the app's data comes from: the web build fetches static files (fetch does not work from
 * file://), the kiosk inlines them (dataSource.inline.ts); and no service worker from file://.
 */
const DATA_ALIASES = [
  { find: /^(.*\/)?data\/dataSource\.ts$/, replacement: join(ROOT, 'src/data/dataSource.inline.ts') },
  { find: /^(.*\/)?data\/planEnglish\.ts$/, replacement: join(ROOT, 'src/data/planEnglish.inline.ts') },
  { find: /^(.*\/)?data\/panelData\.ts$/, replacement: join(ROOT, 'src/data/panelData.inline.ts') },
  { find: /^(.*\/)?state\/appUpdate\.ts$/, replacement: join(ROOT, 'src/state/appUpdate.none.ts') },
  // The import worker from a Blob: a worker file beside the page cannot be started from file://.
  { find: /^\.\/importWorker\.ts$/, replacement: join(ROOT, 'src/data/importWorker.inline.ts') },
  { find: /^\.\/portfolioWorker\.ts$/, replacement: join(ROOT, 'src/data/portfolioWorker.inline.ts') },
];

export async function buildKiosk(opts: { logLevel?: 'info' | 'warn' | 'silent' } = {}): Promise<string> {
  await build({
    configFile: false,
    root: ROOT,
    base: './',
    logLevel: opts.logLevel ?? 'warn',
    publicDir: false,
    plugins: [inlineWorker(), kioskPage(), solid(), viteSingleFile({ removeViteModuleLoader: true })],
    resolve: { alias: DATA_ALIASES },
    define: { 'import.meta.env.VITE_KIOSK': JSON.stringify('1') },
    build: { outDir: KIOSK_DIR, emptyOutDir: true, target: 'es2022', reportCompressedSize: false, sourcemap: false },
  });
  const files = readdirSync(KIOSK_DIR);
  if (files.length !== 1 || files[0] !== 'index.html') throw new Error(`dist-kiosk/ should hold index.html only, has: ${files.join(', ')}`);
  return join(KIOSK_DIR, 'index.html');
}

export async function main(): Promise<void> {
  const file = await buildKiosk({ logLevel: 'info' });
  const mb = existsSync(file) ? (statSync(file).size / 1e6).toFixed(1) : '?';
  console.log(`${file} (${mb} MB): open it by double-click, no server needed`);
}

if (isMain(import.meta.url)) await main();
