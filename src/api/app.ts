// The HTTP API and the web UI as one Hono app over a Store. Routes are data (./routes/*), mounted here with
// validation, the write token and the JSON error shape; the same list produces /api/openapi.json.
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { Store } from '../store/store.ts';
import { requireToken } from './auth.ts';
import { ApiError } from './errors.ts';
import { IngestJobs } from './ingestJobs.ts';
import { openApiDocument } from './openapi.ts';
import type { Deps, Route } from './route.ts';
import { analysisRoutes } from './routes/analysis.ts';
import { articleRoutes } from './routes/articles.ts';
import { catalogueRoutes } from './routes/catalogue.ts';
import { eventRoutes } from './routes/events.ts';
import { exportRoutes } from './routes/export.ts';
import { ingestRoutes } from './routes/ingest.ts';
import { metaRoutes } from './routes/meta.ts';
import { mountWeb } from './staticWeb.ts';

export const ROUTES: Route[] = [...metaRoutes, ...articleRoutes, ...eventRoutes, ...catalogueRoutes, ...analysisRoutes, ...exportRoutes, ...ingestRoutes];

/** Largest request body accepted (an upload of files or JSONL). */
export const MAX_BODY_BYTES = 100 * 1024 * 1024;

export interface AppOptions {
  store: Store;
  /** Bearer token required for writes; none means writes are open (as on a laptop). */
  token?: string;
  /** Directory of the built web UI; false serves the API only. */
  web?: string | false;
  /** Log each request's method, path, status and time to stderr. */
  log?: boolean;
}

export function createApp(opts: AppOptions): { app: Hono; jobs: IngestJobs } {
  const jobs = new IngestJobs(opts.store);
  const deps: Deps = { store: opts.store, jobs, token: opts.token || undefined };
  const app = new Hono();

  app.onError((err, c) => {
    if (err instanceof ApiError) return c.json(err.body, err.status);
    console.error(`entente serve: ${c.req.method} ${c.req.path}: ${(err as Error).stack ?? err}`);
    return c.json({ code: 'internal_error', message: 'the server failed to answer this request; its log says why', field: null }, 500);
  });

  if (opts.log) {
    app.use('/api/*', async (c, next) => {
      const t = performance.now();
      await next();
      console.error(`${c.req.method} ${c.req.path} ${c.res.status} ${(performance.now() - t).toFixed(1)}ms`);
    });
  }

  const doc = openApiDocument(ROUTES);
  app.get('/api/openapi.json', (c) => c.json(doc));

  for (const r of ROUTES) {
    const path = r.path.replace(/\{(\w+)\}/g, ':$1');
    if (r.write) {
      const method = r.method.toUpperCase();
      // The token is checked before the body is read.
      app.use(path, async (c, next) => {
        if (c.req.method === method) requireToken(c, deps.token);
        await next();
      });
      app.use(
        path,
        bodyLimit({
          maxSize: MAX_BODY_BYTES,
          onError: () => {
            throw new ApiError(413, 'payload_too_large', `the request body is over ${MAX_BODY_BYTES / 1024 / 1024} MB: send the files in several uploads`);
          },
        }),
      );
    }
    app.on(r.method.toUpperCase(), path, (c) => r.handle(c, deps));
  }

  app.all('/api/*', (c) => {
    const known = ROUTES.some((r) => new RegExp(`^${r.path.replace(/\{\w+\}/g, '[^/]+')}$`).test(c.req.path));
    if (known) throw new ApiError(405, 'method_not_allowed', `${c.req.method} is not allowed on ${c.req.path}`);
    throw new ApiError(404, 'not_found', `no API endpoint ${c.req.path}; see /api/openapi.json`);
  });

  if (opts.web !== false) mountWeb(app, opts.web);
  return { app, jobs };
}
