import { mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { PGlite } from '@electric-sql/pglite';
import { PrismaPg } from '@prisma/adapter-pg';
import pg from 'pg';
import { AppError, ErrorCode } from '../errors.js';
import { PrismaClient } from '../generated/prisma/client.js';
import { applyMigrations } from './apply-migrations.js';
import { createPgExecutor } from './create-pg-executor.js';
import { createPgliteExecutor } from './create-pglite-executor.js';
import { embeddedDataDirectory } from './create-embedded-database.js';
import { quoteIdent, type SqlExecutor } from './sql-executor.js';

export interface Database {
  prisma: PrismaClient;
  kind: 'postgres' | 'pglite';
  executor: SqlExecutor;
  close(): Promise<void>;
}

export interface OpenDatabaseOptions {
  /** A postgresql:// URL. Without it the embedded PGlite database is used. A `?schema=` parameter is honoured. */
  databaseUrl?: string;
  /** PGlite keeps its files in `<dataDir>/pglite`; `memory://` keeps them in memory. */
  dataDir: string;
  /** PostgreSQL schema to use (created when missing). Ignored for PGlite. */
  schema?: string;
  /** Apply pending migrations before returning (default true). */
  migrate?: boolean;
  migrationsDir?: string;
  log?: (line: string) => void;
}

export const MEMORY_DATA_DIR = 'memory://';

/** Opens the database (PostgreSQL when a URL is given, otherwise embedded PGlite) and brings its schema up to date. */
export async function openDatabase(options: OpenDatabaseOptions): Promise<Database> {
  const database = options.databaseUrl ? openPostgres(options.databaseUrl, options.schema) : await openPglite(options.dataDir);
  if (options.migrate !== false) {
    try {
      await applyMigrations(database.executor, { migrationsDir: options.migrationsDir, log: options.log });
    } catch (error) {
      await database.close();
      throw error;
    }
  }
  return database;
}

function openPostgres(databaseUrl: string, requestedSchema: string | undefined): Database {
  const url = new URL(databaseUrl);
  const schema = requestedSchema ?? (url.searchParams.get('schema') || undefined);
  url.searchParams.delete('schema');
  if (schema !== undefined && !/^[A-Za-z_][A-Za-z0-9_]{0,62}$/.test(schema)) {
    throw new AppError(ErrorCode.InvalidConfig, `Invalid database schema name "${schema}": use letters, digits and _`);
  }
  const pool = new pg.Pool({
    connectionString: url.toString(),
    ...(schema ? { options: `-c search_path=${schema}` } : {}),
  });
  // An idle client that loses its connection must not crash the process; the pool replaces it.
  pool.on('error', () => {});
  const inner = createPgExecutor(pool, { schema });
  let schemaReady: Promise<void> | undefined;
  const ensureSchema = (): Promise<void> =>
    (schemaReady ??= schema ? inner.exec(`CREATE SCHEMA IF NOT EXISTS ${quoteIdent(schema)}`) : Promise.resolve());
  const executor: SqlExecutor = {
    kind: 'postgres',
    query: async (sql, params) => (await ensureSchema(), inner.query(sql, params)),
    exec: async (sql) => (await ensureSchema(), inner.exec(sql)),
    session: async (work) => (await ensureSchema(), inner.session(work)),
  };
  const adapter = new PrismaPg(pool, schema ? { schema } : undefined);
  const prisma = new PrismaClient({ adapter });
  return {
    prisma,
    kind: 'postgres',
    executor,
    close: once(async () => {
      await prisma.$disconnect();
      await pool.end();
    }),
  };
}

async function openPglite(dataDir: string): Promise<Database> {
  // Loaded only here, so that a bot on PostgreSQL never loads the embedded database.
  const [{ PGlite }, { PrismaPGlite }] = await Promise.all([import('@electric-sql/pglite'), import('pglite-prisma-adapter')]);
  // PostgreSQL's default 128 MB of shared buffers is most of PGlite's memory; a committee's data fits in 16 MB.
  const options = { startParams: [...PGlite.defaultStartParams, '-c', 'shared_buffers=16MB'] };
  let pglite: PGlite;
  if (dataDir === MEMORY_DATA_DIR) {
    pglite = new PGlite(options);
  } else {
    const dir = embeddedDataDirectory(dataDir);
    await mkdir(dir, { recursive: true });
    pglite = new PGlite(dir, options);
  }
  await pglite.waitReady;
  const prisma = new PrismaClient({ adapter: new PrismaPGlite(pglite) });
  return {
    prisma,
    kind: 'pglite',
    executor: createPgliteExecutor(pglite),
    close: once(async () => {
      await prisma.$disconnect();
      if (!pglite.closed) await pglite.close();
    }),
  };
}

/** Closing twice is harmless: the second call waits for the first. */
function once(close: () => Promise<void>): () => Promise<void> {
  let closing: Promise<void> | undefined;
  return () => (closing ??= close());
}
