// The stores the store-backed tests run on: a SQLite file each, and PostgreSQL (a schema each) when it
// is reachable — or a failure in CI, where it is part of the set-up.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openPostgresStore } from '../../src/store/postgresStore.ts';
import { openSqliteStore } from '../../src/store/sqliteStore.ts';
import type { Store } from '../../src/store/store.ts';
import { PG_TEST_URL, dropSchemas, newSchemaName, pgAbsentTest, pgReachable } from '../store/pgTestDb.ts';

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

export async function postgresKind(): Promise<StoreKind | undefined> {
  if (!(await pgReachable())) {
    pgAbsentTest('postgres store');
    return undefined;
  }
  const schemas: string[] = [];
  return {
    name: 'postgres',
    async open() {
      const schema = newSchemaName();
      schemas.push(schema);
      const store = await openPostgresStore(PG_TEST_URL, { schema });
      await store.migrate();
      return store;
    },
    cleanup: () => dropSchemas(schemas),
  };
}

export async function storeKinds(): Promise<StoreKind[]> {
  const pgKind = await postgresKind();
  return pgKind ? [sqliteKind(), pgKind] : [sqliteKind()];
}
