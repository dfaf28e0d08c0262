// Request validation with zod: query strings and JSON bodies are parsed against a schema; the first problem
// becomes a 400 { code, message, field } naming the parameter. Unknown query parameters are errors too, so
// a misspelt filter (?acter=TUR) is not silently ignored.
import type { Context } from 'hono';
import { z } from 'zod';
import { ApiError } from './errors.ts';

/** Parses the request's query string; `refine` may check parameters against each other (throw ApiError). */
export function parseQuery<S extends z.ZodObject>(c: Context, schema: S): z.output<S> {
  const all = c.req.queries();
  const raw: Record<string, string> = {};
  for (const [key, values] of Object.entries(all)) {
    if (!(key in schema.shape)) {
      throw new ApiError(400, 'unknown_parameter', `unknown query parameter "${key}"; this endpoint takes: ${Object.keys(schema.shape).join(', ') || 'none'}`, key);
    }
    if (values.length > 1) throw new ApiError(400, 'invalid_parameter', `"${key}" is given ${values.length} times; give it once`, key);
    // An empty value (?actor=) means the filter is not set, as an HTML form sends it.
    if (values[0] !== '') raw[key] = values[0];
  }
  return parseWith(schema, raw, 'invalid_parameter');
}

/** Parses a JSON request body. */
export async function parseJsonBody<S extends z.ZodType>(c: Context, schema: S): Promise<z.output<S>> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new ApiError(400, 'invalid_body', 'the request body is not valid JSON');
  }
  return parseWith(schema, body, 'invalid_body');
}

export function parseWith<S extends z.ZodType>(schema: S, value: unknown, code: string): z.output<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  const field = issue.path.length ? issue.path.join('.') : null;
  const message = field ? `${field}: ${issue.message}` : issue.message;
  throw new ApiError(400, code, message, field);
}
