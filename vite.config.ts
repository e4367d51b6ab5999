import { defineConfig } from 'vite';
import solid from 'vite-plugin-solid';

// The online basemap is opt-in: its style URL is fixed at build time and never fetched by default.
export default defineConfig({
  plugins: [solid()],
  base: './',
  build: { target: 'es2022', chunkSizeWarningLimit: 1500 },
  server: { host: '127.0.0.1', port: 5173, strictPort: false },
  preview: { host: '127.0.0.1', port: 4173 },
});
