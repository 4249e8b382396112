import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

/** Where `diorama serve` listens during `npm run dev:studio` (the dev server forwards /v1 there). */
const API_TARGET = process.env.DIORAMA_API ?? 'http://127.0.0.1:8080';

/**
 * The web studio: Preact with Vite's own JSX transform (no plugin), built
 * into studio/dist, which `diorama serve` serves at /. Everything it needs,
 * the Inter font included, is bundled: the page loads nothing from elsewhere.
 */
export default defineConfig({
  root: fileURLToPath(new URL('.', import.meta.url)),
  base: '/',
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Fonts stay files (cacheable), not inlined into the CSS.
    assetsInlineLimit: 0,
    reportCompressedSize: false,
  },
  server: {
    proxy: {
      '/v1': {
        target: API_TARGET,
        // A server without keys refuses requests from other origins; the dev page is this one's proxy.
        configure: (proxy) => proxy.on('proxyReq', (request) => request.removeHeader('origin')),
      },
    },
  },
});
