// The default store: one SQLite file through better-sqlite3.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { KyselyStore } from './kyselyStore.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';

/** Open (or create) a SQLite store. Does not migrate; openStore() does. */
export async function openSqliteStore(file: string): Promise<Store> {
  const sqlite = new BetterSqlite3(file);
  // WAL lets readers (the API, exports) work while an ingest writes.
  sqlite.pragma('journal_mode = WAL');
  // SQLite leaves foreign keys unenforced unless asked, per connection.
  sqlite.pragma('foreign_keys = ON');
  return new KyselyStore(new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }));
}
