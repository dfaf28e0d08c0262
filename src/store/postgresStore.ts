// The team store: PostgreSQL through a pg connection pool.
import { Kysely, PostgresDialect } from 'kysely';
import pg from 'pg';
import { KyselyStore } from './kyselyStore.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';

/**
 * Open a PostgreSQL store. With `schema`, the store lives in that schema (created if missing),
 * which lets several stores (or test runs) share one database. Does not migrate; openStore() does.
 */
export async function openPostgresStore(url: string, opts: { schema?: string } = {}): Promise<Store> {
  const { schema } = opts;
  // The name goes into a connection option, where it cannot be a bound parameter: allow plain names only.
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]*$/.test(schema)) {
    throw new Error(`openPostgresStore: invalid schema name ${JSON.stringify(schema)}`);
  }
  const pool = new pg.Pool({ connectionString: url, ...(schema ? { options: `-c search_path=${schema}` } : {}) });
  const db = new Kysely<Database>({ dialect: new PostgresDialect({ pool }) });
  if (schema) {
    try {
      await db.schema.createSchema(schema).ifNotExists().execute();
    } catch (err) {
      await db.destroy();
      throw err;
    }
  }
  return new KyselyStore(db);
}
