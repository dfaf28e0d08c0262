// The default store: one SQLite file through better-sqlite3.
import BetterSqlite3 from 'better-sqlite3';
import { Kysely, SqliteDialect } from 'kysely';
import { KyselyStore } from './kyselyStore.ts';
import type { Database } from './schema.ts';
import type { Store } from './store.ts';

export interface SqliteOptions {
  /**
   * For one pass over much of the store (exports, analyses of everything): SQLite's default small page
   * cache and no memory-mapped file, whose touched pages would count in the process's memory as the
   * pass goes through a large file. Repeated reads (the API) are faster with both.
   */
  scan?: boolean;
}

/** Open (or create) a SQLite store. Does not migrate; openStore() does. */
export async function openSqliteStore(file: string, opts: SqliteOptions = {}): Promise<Store> {
  const sqlite = new BetterSqlite3(file);
  // WAL lets readers (the API, exports) work while an ingest writes.
  sqlite.pragma('journal_mode = WAL');
  // SQLite leaves foreign keys unenforced unless asked, per connection.
  sqlite.pragma('foreign_keys = ON');
  // Reads (the API's lists and counts) from memory rather than the file: a 64 MB page cache and the file mapped.
  if (!opts.scan) {
    sqlite.pragma('cache_size = -65536');
    sqlite.pragma('mmap_size = 268435456');
  }
  return new KyselyStore(new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) }));
}
