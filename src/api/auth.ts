// Writes are protected by a bearer token when the server has one (ENTENTE_TOKEN); reads are open.
import { timingSafeEqual, createHash } from 'node:crypto';
import type { Context } from 'hono';
import { ApiError } from './errors.ts';

export function requireToken(c: Context, token: string | undefined): void {
  if (!token) return;
  const header = c.req.header('authorization') ?? '';
  const given = /^Bearer\s+(.+)$/i.exec(header)?.[1]?.trim();
  if (!given) {
    c.header('WWW-Authenticate', 'Bearer realm="entente"');
    throw new ApiError(401, 'unauthorized', 'this server protects writes: send the header "Authorization: Bearer <token>" with the value of ENTENTE_TOKEN', 'Authorization');
  }
  // Compare digests so the comparison takes the same time whatever the lengths.
  const digest = (s: string) => createHash('sha256').update(s).digest();
  if (!timingSafeEqual(digest(given), digest(token))) {
    c.header('WWW-Authenticate', 'Bearer realm="entente", error="invalid_token"');
    throw new ApiError(401, 'unauthorized', 'the token is not the one this server was started with (ENTENTE_TOKEN)', 'Authorization');
  }
}
