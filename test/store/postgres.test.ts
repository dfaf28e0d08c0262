// Runs the conformance suite against PostgreSQL. Each open gets its own randomly named schema, so
// this can run alongside other test files on the same database; all are dropped at the end.
import { openPostgresStore } from '../../src/store/postgresStore.ts';
import { storeConformance } from './conformance.ts';
import { PG_TEST_URL, dropSchemas, newSchemaName, pgAbsentTest, pgReachable } from './pgTestDb.ts';

const schemas: string[] = [];

if (await pgReachable()) {
  storeConformance(
    'postgres',
    async () => {
      const schema = newSchemaName();
      schemas.push(schema);
      return openPostgresStore(PG_TEST_URL, { schema });
    },
    () => dropSchemas(schemas),
  );
} else {
  pgAbsentTest('store conformance: postgres');
}
