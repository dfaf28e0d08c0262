// The web UI's build: Preact with the automatic JSX runtime; `npm run build` writes web/dist, which
// `entente serve` serves. `npx vite web` is a dev server that proxies /api to a running `entente serve`.
import { defineConfig } from 'vite';
import { fileURLToPath } from 'node:url';

export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, chunkSizeWarningLimit: 1500, sourcemap: false },
  server: { proxy: { '/api': process.env.ENTENTE_API ?? 'http://localhost:8080' } },
});
