import { defineConfig, loadEnv } from 'vite';
import solid from 'vite-plugin-solid';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { hubData } from './scripts/lib/hubDataPlugin.ts';
import { htmlHead } from './scripts/lib/htmlHeadPlugin.ts';
import { basemapOrigins } from './scripts/lib/csp.ts';
import { DEFAULT_ONLINE_STYLE_URL } from './src/map/onlineStyle.ts';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, ROOT, 'VITE_');
  // The online basemap is opt-in for the user; its style URL is fixed at build time (VITE_ONLINE_STYLE_URL,
  // '' for none) and its origin is the only remote one the page's CSP allows.
  const styleUrl = env['VITE_ONLINE_STYLE_URL'] ?? DEFAULT_ONLINE_STYLE_URL;
  const extraOrigins = (env['VITE_ONLINE_ORIGINS'] ?? '').split(/[\s,]+/).filter(Boolean);
  return {
    plugins: [
      solid(),
      // The built-in data as static files beside the code, not inside the JS.
      hubData(ROOT),
      htmlHead({
        basemapOrigins: basemapOrigins(styleUrl || undefined, extraOrigins),
        preloadChunkOf: 'src/map/mapAdapter.ts',
        pageProbe: (process.env['VITE_TEST_HOOKS'] ?? env['VITE_TEST_HOOKS']) === '1',
      }),
      // A second visit starts from cache and works with no network at all; an update is announced
      // (registerType 'prompt'), never forced mid-session. Registered from src/state/appUpdate.ts.
      VitePWA({
        registerType: 'prompt',
        injectRegister: false,
        manifest: false, // public/manifest.webmanifest
        workbox: {
          globPatterns: ['**/*.{js,mjs,css,html,json,geojson,txt,svg,png,webmanifest,bin}'],
          // The MapLibre chunk is ~1.1 MB: above Workbox's 2 MiB default it would be left out silently.
          maximumFileSizeToCacheInBytes: 4 * 1024 * 1024,
          navigateFallback: 'index.html',
          cleanupOutdatedCaches: true,
        },
      }),
    ],
    base: './',
    build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
    worker: { format: 'es' },
    server: { host: '127.0.0.1', port: 5173, strictPort: false },
    preview: { host: '127.0.0.1', port: 4173 },
  };
});
