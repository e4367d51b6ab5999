import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';
import { fileURLToPath } from 'node:url';
import { hubData } from './scripts/lib/hubDataPlugin.ts';

const ROOT = fileURLToPath(new URL('.', import.meta.url));

// The online basemap is opt-in: its style URL is fixed at build time and never fetched by default.
// The built-in data ships as static files beside the code (hubData), not inside the JS.
export default defineConfig({
  plugins: [solid(), hubData(ROOT)],
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  worker: { format: 'es' },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
});
