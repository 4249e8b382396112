import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { packageRoot } from '../util/package-root.ts';
import type { AppEnv } from './app-context.ts';

/** Where the web studio's production build lives (`studio/dist`, built with Vite). */
export const DEFAULT_STUDIO_DIR = path.join(packageRoot(import.meta.url), 'studio', 'dist');

/**
 * Serves the web studio at `/` when its build exists (files from
 * `studioDir`, unknown paths fall back to its index.html for client-side
 * routing), and otherwise a short page saying what this server is. Never
 * touches `/v1/*`.
 */
export function addStudioRoutes(app: Hono<AppEnv>, studioDir: string, apiBase: () => string): void {
  const index = path.join(studioDir, 'index.html');
  app.on(['GET', 'HEAD'], '*', async (c, next) => {
    if (c.req.path === '/v1' || c.req.path.startsWith('/v1/')) return next();
    if (existsSync(index)) {
      const file = await serveStatic<AppEnv>({ root: studioDir })(c, async () => undefined);
      if (file) return file;
      if (!path.extname(c.req.path)) return serveStatic<AppEnv>({ path: index })(c, next);
      return next();
    }
    if (c.req.path !== '/') return next();
    return c.html(welcomePage(apiBase()));
  });
}

function welcomePage(base: string): string {
  const escaped = base.replace(/[&<>"]/g, (ch) => `&#${ch.charCodeAt(0)};`);
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>Diorama</title>
<meta name="viewport" content="width=device-width, initial-scale=1">
<style>body{font:16px/1.5 system-ui,sans-serif;max-width:42rem;margin:3rem auto;padding:0 1rem;color:#222}code,pre{background:#f3f3f3;border-radius:4px;padding:.1rem .3rem}pre{padding:.8rem;overflow:auto}</style>
</head><body>
<h1>Diorama</h1>
<p>This server speaks the OpenAI Videos API at <code>${escaped}</code>. Point an OpenAI client at it:</p>
<pre>const client = new OpenAI({ baseURL: '${escaped}', apiKey: process.env.DIORAMA_API_KEY ?? 'local' });
const video = await client.videos.create({ prompt: 'a red fox trotting through a snowy forest' });</pre>
<p>The web studio is not built yet: run <code>npm run build:studio</code> in the Diorama folder (<code>npm ci</code> builds it too) and it will be served here.</p>
</body></html>`;
}
