// Pick the store from a target string: a PostgreSQL URL or a SQLite file path.
import { openPostgresStore } from './postgresStore.ts';
import { openSqliteStore } from './sqliteStore.ts';
import type { Store } from './store.ts';

export interface OpenOptions {
  /** The store is opened for one pass over much of it (an export): memory stays flat (see SqliteOptions). */
  scan?: boolean;
}

/** Open and migrate the store at `target`, else $ENTENTE_DB, else ./entente.db. */
export async function openStore(target: string = process.env.ENTENTE_DB || 'entente.db', opts: OpenOptions = {}): Promise<Store> {
  const store = /^postgres(ql)?:\/\//i.test(target) ? await openPostgresStore(target) : await openSqliteStore(target, { scan: opts.scan });
  try {
    await store.migrate();
  } catch (err) {
    await store.close();
    throw err;
  }
  return store;
}
