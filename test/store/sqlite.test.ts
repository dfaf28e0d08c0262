import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openSqliteStore } from '../../src/store/sqliteStore.ts';
import { openStore } from '../../src/store/openStore.ts';
import { storeConformance } from './conformance.ts';

// Real files rather than :memory:, so WAL mode is exercised as in use.
const dir = mkdtempSync(join(tmpdir(), 'entente-store-'));
let n = 0;

storeConformance(
  'sqlite',
  () => openSqliteStore(join(dir, `${n++}.db`)),
  async () => rmSync(dir, { recursive: true, force: true }),
);

test('openStore opens and migrates a SQLite file for any non-PostgreSQL target', async () => {
  const own = mkdtempSync(join(tmpdir(), 'entente-open-store-'));
  const store = await openStore(join(own, 'entente.db'));
  try {
    assert.equal(await store.countArticles(), 0);
    assert.equal(await store.countEvents(), 0);
  } finally {
    await store.close();
    rmSync(own, { recursive: true, force: true });
  }
});
