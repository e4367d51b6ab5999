// Vite plugin: ships the built-in data as static files beside the code (same origin, no network
// beyond it), preloaded from index.html so they download in parallel with the map chunk.
// `vite build` emits them into dist/data/; the dev server answers the same paths from memory.
import type { Plugin } from 'vite';
import { readFileSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { APP_FILES, MAP_FILES } from '../../src/data/dataFiles.ts';
import { GLYPHS_FILE } from '../../src/map/glyphBundle.ts';
import { buildShippedData, shippedDigests, CONTENT_TYPES, REPO_SOURCES } from './hubData.ts';

/** The digests of the files the build checked (src/data/checkedByBuild.ts). */
const DIGESTS_ID = 'virtual:hub-data-digests';

export function hubData(root: string): Plugin {
  const read = (rel: string) => readFileSync(join(root, rel), 'utf8');
  // The dev server builds the files once per change of the repo's sources (a page load asks for ~15).
  let cached: { stamp: string; files: Map<string, string> } | undefined;
  const current = () => {
    const stamp = Object.values(REPO_SOURCES)
      .map((rel) => statSync(join(root, rel)).mtimeMs)
      .join(',');
    if (cached?.stamp !== stamp) cached = { stamp, files: buildShippedData(read) };
    return cached.files;
  };
  let command: 'build' | 'serve' = 'build';
  let built: Map<string, string> | undefined;
  const shipped = () => (built ??= buildShippedData(read));
  return {
    name: 'hub-data',
    configResolved(config) {
      command = config.command;
    },
    resolveId(id) {
      return id === DIGESTS_ID ? '\0' + DIGESTS_ID : undefined;
    },
    load(id) {
      if (id !== '\0' + DIGESTS_ID) return undefined;
      // The dev server serves data/ as edited (and says what is wrong with it): always the full check there.
      const digests = command === 'build' ? shippedDigests(shipped()) : {};
      return `export default ${JSON.stringify(digests)};`;
    },
    buildStart() {
      built = undefined;
      for (const rel of Object.values(REPO_SOURCES)) this.addWatchFile(join(root, rel));
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\//, '');
        if (!path.startsWith('data/')) return next();
        let files: Map<string, string>;
        try {
          files = current(); // edits to data/ show on reload
        } catch (e) {
          res.writeHead(500, { 'content-type': 'text/plain; charset=utf-8' }).end(String((e as Error).message));
          return;
        }
        const body = files.get(path);
        if (body === undefined) return next();
        res.writeHead(200, { 'content-type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' }).end(body);
      });
    },
    generateBundle() {
      for (const [fileName, source] of shipped()) this.emitFile({ type: 'asset', fileName, source });
    },
    transformIndexHtml() {
      // `crossorigin` (anonymous) matches the credentials mode of a same-origin fetch(), so the
      // loader's requests reuse these responses instead of downloading twice.
      // And the map's label glyphs (src/map/prebuiltGlyphs.ts), asked for once the first tiles are laid out,
      // and the map's own files, which the page fetches for MapLibre's worker (src/data/mapFiles.ts).
      return [...new Set([...Object.values(APP_FILES), GLYPHS_FILE, ...Object.values(MAP_FILES)])].map((href) => ({
        tag: 'link',
        attrs: { rel: 'preload', href, as: 'fetch', crossorigin: '' },
        injectTo: 'head' as const,
      }));
    },
  };
}
