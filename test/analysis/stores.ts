// The stores the store-backed tests run on: a SQLite file each, and PostgreSQL (a schema each) when it
// is reachable — or a failure in CI, where it is part of the set-up.
import { test } from 'node:test';
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { openPostgresStore } from '../../src/store/postgresStore.ts';
import { openSqliteStore } from '../../src/store/sqliteStore.ts';
import type { Store } from '../../src/store/store.ts';

const url = process.env.ENTENTE_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/test';

export interface StoreKind {
  name: string;
  /** A new empty, migrated store. */
  open(): Promise<Store>;
  /** Removes what the opens created. */
  cleanup(): Promise<void>;
}

export function sqliteKind(): StoreKind {
  const dir = mkdtempSync(join(tmpdir(), 'entente-analysis-'));
  let n = 0;
  return {
    name: 'sqlite',
    async open() {
      const store = await openSqliteStore(join(dir, `${n++}.db`));
      await store.migrate();
      return store;
    },
    async cleanup() {
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

async function reachable(): Promise<boolean> {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
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

export async function postgresKind(): Promise<StoreKind | undefined> {
  if (!(await reachable())) {
    test('postgres store', (t) => {
      const message = `PostgreSQL not reachable at ${url}`;
      if (process.env.CI === 'true') throw new Error(message);
      t.skip(message);
    });
    return undefined;
  }
  const schemas: string[] = [];
  return {
    name: 'postgres',
    async open() {
      const schema = `entente_test_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      const store = await openPostgresStore(url, { schema });
      await store.migrate();
      return store;
    },
    async cleanup() {
      const client = new pg.Client({ connectionString: url });
      await client.connect();
      try {
        // Names generated above from hex digits only.
        for (const s of schemas) await client.query(`drop schema if exists "${s}" cascade`);
      } finally {
        await client.end();
      }
    },
  };
}

export async function storeKinds(): Promise<StoreKind[]> {
  const pgKind = await postgresKind();
  return pgKind ? [sqliteKind(), pgKind] : [sqliteKind()];
}
