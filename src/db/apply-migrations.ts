import { randomUUID } from 'node:crypto';
import { AppError, ErrorCode } from '../errors.js';
import { readMigrations, type MigrationFile } from './read-migrations.js';
import type { SqlExecutor } from './sql-executor.js';

export interface ApplyMigrationsOptions {
  /** Defaults to prisma/migrations of this checkout. */
  migrationsDir?: string;
  log?: (line: string) => void;
}

/** The lock key `prisma migrate` itself takes, so our runner and a real `prisma migrate deploy` exclude each other. */
const ADVISORY_LOCK_KEY = 72707369;

/** Prisma's own bookkeeping table, column for column. */
const CREATE_MIGRATIONS_TABLE = `
CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
    "id"                    VARCHAR(36) PRIMARY KEY NOT NULL,
    "checksum"              VARCHAR(64) NOT NULL,
    "finished_at"           TIMESTAMPTZ,
    "migration_name"        VARCHAR(255) NOT NULL,
    "logs"                  TEXT,
    "rolled_back_at"        TIMESTAMPTZ,
    "started_at"            TIMESTAMPTZ NOT NULL DEFAULT now(),
    "applied_steps_count"   INTEGER NOT NULL DEFAULT 0
)`;

interface AppliedRow {
  migration_name: string;
  checksum: string;
  finished_at: Date | null;
}

/**
 * Applies the migrations in prisma/migrations that the database has not seen yet, each in its own
 * transaction, and records them in `_prisma_migrations` exactly as `prisma migrate deploy` would.
 * Holds a PostgreSQL advisory lock for the whole run so concurrent starts apply each migration once.
 * Refuses to run when an applied migration's file has changed or an earlier migration failed.
 * Returns the names of the migrations it applied.
 */
export async function applyMigrations(db: SqlExecutor, options: ApplyMigrationsOptions = {}): Promise<string[]> {
  const log = options.log ?? (() => {});
  const migrations = await readMigrations(options.migrationsDir);
  return db.session(async (session) => {
    const locked = await lock(session, log);
    try {
      await session.exec(CREATE_MIGRATIONS_TABLE);
      const applied = await session.query<AppliedRow>(
        `SELECT "migration_name", "checksum", "finished_at" FROM "_prisma_migrations"
         WHERE "rolled_back_at" IS NULL ORDER BY "started_at"`,
      );
      const pending = pendingMigrations(migrations, applied);
      for (const migration of pending) {
        await applyOne(session, migration);
        log(`Applied migration ${migration.name}`);
      }
      if (pending.length === 0) log('Database schema is up to date');
      return pending.map((m) => m.name);
    } finally {
      if (locked) await session.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK_KEY]);
    }
  });
}

function pendingMigrations(migrations: MigrationFile[], applied: AppliedRow[]): MigrationFile[] {
  const failed = applied.find((row) => row.finished_at === null);
  if (failed) {
    throw new AppError(
      ErrorCode.Conflict,
      `Migration ${failed.migration_name} failed earlier and was never finished. Repair the database by hand, ` +
        `then mark it rolled back (UPDATE "_prisma_migrations" SET rolled_back_at = now() WHERE migration_name = '${failed.migration_name}').`,
    );
  }
  const byName = new Map(applied.map((row) => [row.migration_name, row]));
  for (const migration of migrations) {
    const row = byName.get(migration.name);
    if (row && row.checksum !== migration.checksum) {
      throw new AppError(
        ErrorCode.Conflict,
        `Migration ${migration.name} was changed after it was applied (checksum ${row.checksum} in the database, ` +
          `${migration.checksum} on disk). Restore the original file and put the change in a new migration.`,
      );
    }
  }
  return migrations.filter((migration) => !byName.has(migration.name));
}

async function applyOne(session: SqlExecutor, migration: MigrationFile): Promise<void> {
  await session.exec('BEGIN');
  try {
    await session.exec(migration.sql);
    await session.query(
      `INSERT INTO "_prisma_migrations" ("id", "checksum", "migration_name", "started_at", "finished_at", "applied_steps_count")
       VALUES ($1, $2, $3, now(), clock_timestamp(), 1)`,
      [randomUUID(), migration.checksum, migration.name],
    );
    await session.exec('COMMIT');
  } catch (error) {
    await session.exec('ROLLBACK').catch(() => {});
    const reason = error instanceof Error ? error.message : String(error);
    throw new AppError(ErrorCode.Conflict, `Migration ${migration.name} failed and was rolled back: ${reason}`);
  }
}

/** Takes the advisory lock, waiting if another process holds it. Returns false where locks are unsupported. */
async function lock(session: SqlExecutor, log: (line: string) => void): Promise<boolean> {
  let got: boolean;
  try {
    const [row] = await session.query<{ locked: boolean }>('SELECT pg_try_advisory_lock($1) AS locked', [ADVISORY_LOCK_KEY]);
    got = row?.locked === true;
  } catch (error) {
    if (session.kind === 'pglite') return false; // a single-connection embedded database needs no lock
    throw error;
  }
  if (!got) {
    log('Another process is migrating the database; waiting for it to finish');
    await session.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK_KEY]);
  }
  return true;
}
