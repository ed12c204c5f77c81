import { randomBytes } from 'node:crypto';
import { MEMORY_DATA_DIR, openDatabase, type Database } from '../../src/db/open-database.js';
import { quoteIdent } from '../../src/db/sql-executor.js';

export interface TestDatabaseOptions {
  /** Apply prisma/migrations (default true); false gives an empty schema. */
  migrate?: boolean;
  migrationsDir?: string;
}

export type TestDatabase = Database & { schema: string; url: string };

/** The PostgreSQL every integration test uses (see setup-env.ts). */
export function testDatabaseUrl(): string {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) throw new Error('TEST_DATABASE_URL is not set');
  return url;
}

/** A new, uniquely named schema in a name like test_1a2b3c4d5e6f. */
export function uniqueSchemaName(prefix = 'test'): string {
  return `${prefix}_${randomBytes(6).toString('hex')}`;
}

/**
 * A fresh PostgreSQL schema in TEST_DATABASE_URL, migrated, with a Prisma client bound to it.
 * `close()` drops the schema. `url` carries the schema as `?schema=`, the way Prisma spells it.
 */
export async function createTestDatabase(options: TestDatabaseOptions = {}): Promise<TestDatabase> {
  const schema = uniqueSchemaName();
  const base = testDatabaseUrl();
  const url = new URL(base);
  url.searchParams.set('schema', schema);
  const database = await openDatabase({
    databaseUrl: base,
    dataDir: MEMORY_DATA_DIR,
    schema,
    migrate: options.migrate,
    migrationsDir: options.migrationsDir,
  });
  // Make sure the schema exists even when nothing was migrated, so close() always has something to drop.
  await database.executor.query('SELECT 1');
  let dropping: Promise<void> | undefined;
  return {
    ...database,
    schema,
    url: url.toString(),
    close: () =>
      (dropping ??= (async () => {
        await database.prisma.$disconnect();
        try {
          await database.executor.exec(`DROP SCHEMA IF EXISTS ${quoteIdent(schema)} CASCADE`);
        } finally {
          await database.close();
        }
      })()),
  };
}

/** An in-memory PGlite database, migrated. */
export async function createPgliteTestDatabase(options: TestDatabaseOptions = {}): Promise<Database> {
  return openDatabase({ dataDir: MEMORY_DATA_DIR, migrate: options.migrate, migrationsDir: options.migrationsDir });
}
