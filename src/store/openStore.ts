// Pick the store from a target string: a PostgreSQL URL or a SQLite file path.
import { openPostgresStore } from './postgresStore.ts';
import { openSqliteStore } from './sqliteStore.ts';
import type { Store } from './store.ts';

/** Open and migrate the store at `target`, else $ENTENTE_DB, else ./entente.db. */
export async function openStore(target: string = process.env.ENTENTE_DB || 'entente.db'): Promise<Store> {
  const store = /^postgres(ql)?:\/\//i.test(target) ? await openPostgresStore(target) : await openSqliteStore(target);
  try {
    await store.migrate();
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
