// The web UI's only way to the data: the HTTP API. Errors come back as ApiFailure with the server's
// { code, message, field }, or a network failure in the same shape.
import type { ErrorBody } from '../../src/api/types.ts';

export type * from '../../src/api/types.ts';

export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    readonly body: ErrorBody,
  ) {
    super(body.message);
  }
}

export type Query = Record<string, string | number | undefined | null>;

export function apiUrl(path: string, query: Query = {}): string {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(query)) if (v !== undefined && v !== null && v !== '') q.set(k, String(v));
  const s = q.toString();
  return `/api${path}${s ? `?${s}` : ''}`;
}

async function parse<T>(res: Response): Promise<T> {
  const body = await res.json().catch(() => null);
  if (!res.ok) {
    const err = body && typeof body === 'object' && 'code' in body ? (body as ErrorBody) : { code: 'http_error', message: `the server answered ${res.status}`, field: null };
    throw new ApiFailure(res.status, err);
  }
  return body as T;
}

export async function getJson<T>(path: string, query: Query = {}, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(apiUrl(path, query), { signal, headers: { Accept: 'application/json' } });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiFailure(0, { code: 'network', message: 'the server cannot be reached: is `entente serve` running?', field: null });
  }
  return parse<T>(res);
}

export async function postIngest<T>(body: BodyInit, contentType: string | null, token: string | null): Promise<T> {
  const headers: Record<string, string> = { Accept: 'application/json' };
  if (contentType) headers['Content-Type'] = contentType;
  if (token) headers.Authorization = `Bearer ${token}`;
  let res: Response;
  try {
    res = await fetch('/api/ingest', { method: 'POST', body, headers });
  } catch {
    throw new ApiFailure(0, { code: 'network', message: 'the server cannot be reached: is `entente serve` running?', field: null });
  }
  return parse<T>(res);
}
