// The built web UI (web/dist, `npm run build`): hashed assets cached for good, index.html never, and a page
// saying how to build the UI when it is missing.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { serveStatic } from '@hono/node-server/serve-static';
import { projectRoot } from '../core/paths.ts';

export const WEB_DIST = join(projectRoot, 'web', 'dist');

export function mountWeb(app: Hono, dir: string = WEB_DIST): void {
  app.use(
    '/assets/*',
    serveStatic({
      root: dir,
      onFound: (_path, c) => {
        c.header('Cache-Control', 'public, max-age=31536000, immutable');
      },
    }),
  );
  app.use('*', serveStatic({ root: dir, onFound: (_path, c) => void c.header('Cache-Control', 'no-cache') }));
  app.get('*', (c) => {
    if (existsSync(join(dir, 'index.html'))) return c.redirect('/');
    return c.html(
      '<!doctype html><meta charset="utf-8"><title>Entente</title><p>The web UI is not built yet: run <code>npm run build</code> (or <code>npm start</code>, which builds it), then reload. The API is at <a href="/api/openapi.json">/api/openapi.json</a>.</p>',
      503,
    );
  });
}
