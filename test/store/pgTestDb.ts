// The PostgreSQL test database shared by the store-backed test files: its URL, whether it answers, a fresh
// schema name per store, dropping those schemas, and the skip (or, in CI, the failure) when it is absent.
import { test } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';

export const PG_TEST_URL = process.env.ENTENTE_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/test';

export async function pgReachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: PG_TEST_URL, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    await client.query('select 1');
    return true;
  } catch {
    return false;
  } finally {
    await client.end().catch(() => {});
  }
}

/** A schema name of hex digits only, so it is safe to write into SQL (identifiers cannot be parameters). */
export function newSchemaName(): string {
  return `entente_test_${randomBytes(6).toString('hex')}`;
}

export async function dropSchemas(schemas: string[]): Promise<void> {
  const client = new pg.Client({ connectionString: PG_TEST_URL });
  await client.connect();
  try {
    for (const s of schemas) await client.query(`drop schema if exists "${s}" cascade`);
  } finally {
    await client.end();
  }
}

/** Registers a test that skips when PostgreSQL is absent — and fails in CI, where it is part of the set-up. */
export function pgAbsentTest(name: string): void {
  test(name, (t) => {
    const message = `PostgreSQL not reachable at ${PG_TEST_URL}`;
    if (process.env.CI === 'true') throw new Error(message);
    t.skip(message);
  });
}
