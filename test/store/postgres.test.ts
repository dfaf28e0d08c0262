// Runs the conformance suite against PostgreSQL. Each open gets its own randomly named schema, so
// this can run alongside other test files on the same database; all are dropped at the end.
import { test } from 'node:test';
import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { openPostgresStore } from '../../src/store/postgresStore.ts';
import { storeConformance } from './conformance.ts';

const url = process.env.ENTENTE_TEST_PG_URL || 'postgres://postgres@127.0.0.1:5432/test';
const schemas: string[] = [];

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

async function dropSchemas(): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Identifiers cannot be bound parameters; these names are generated below from hex digits only.
    for (const s of schemas) await client.query(`drop schema if exists "${s}" cascade`);
  } finally {
    await client.end();
  }
}

if (await reachable()) {
  storeConformance(
    'postgres',
    async () => {
      const schema = `entente_test_${randomBytes(6).toString('hex')}`;
      schemas.push(schema);
      return openPostgresStore(url, { schema });
    },
    dropSchemas,
  );
} else {
  test('store conformance: postgres', (t) => {
    const message = `PostgreSQL not reachable at ${url}`;
    // In CI the database is part of the setup, so its absence is a failure, not a skip.
    if (process.env.CI === 'true') throw new Error(message);
    t.skip(message);
  });
}
