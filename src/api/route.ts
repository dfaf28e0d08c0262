// A route of the API as data: method, path, what it takes (a zod query schema, path parameters, a body)
// and its handler. app.ts mounts the list; openapi.ts describes the same list, so the published document
// always matches what is served.
import type { Context } from 'hono';
import type { z } from 'zod';
import type { Store } from '../store/store.ts';
import type { IngestJobs } from './ingestJobs.ts';
import { parseQuery } from './validate.ts';

export interface Deps {
  store: Store;
  jobs: IngestJobs;
  /** Writes need this bearer token (ENTENTE_TOKEN), when set. */
  token?: string;
}

export interface RequestBodyDoc {
  description: string;
  /** Media type → JSON Schema of the body. */
  content: Record<string, object>;
}

export interface Route {
  method: 'get' | 'post';
  /** OpenAPI style: /api/articles/{id}. */
  path: string;
  tag: string;
  summary: string;
  description?: string;
  query?: z.ZodObject;
  /** Path parameter name → description. */
  params?: Record<string, string>;
  body?: RequestBodyDoc;
  /** Changes the store: needs the token when one is set. */
  write?: boolean;
  /** Status → what the response is; 400/401/404 errors are documented from the route's shape. */
  responses: Record<string, { description: string; schema?: object; mediaType?: string }>;
  handle(c: Context, deps: Deps): Promise<Response> | Response;
}

/** A route whose handler gets its query already validated and typed. */
export function route<Q extends z.ZodObject>(
  def: Omit<Route, 'handle' | 'query'> & { query?: Q; handle(c: Context, deps: Deps, query: z.output<Q>): Promise<Response> | Response },
): Route {
  const { handle, query } = def;
  return {
    ...def,
    handle: (c, deps) => handle(c, deps, (query ? parseQuery(c, query) : {}) as z.output<Q>),
  };
}
