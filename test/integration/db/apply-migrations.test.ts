import { mkdtemp, mkdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { applyMigrations } from '../../../src/db/apply-migrations.js';
import { MEMORY_DATA_DIR, openDatabase, type Database } from '../../../src/db/open-database.js';
import { readMigrations } from '../../../src/db/read-migrations.js';
import { createTestDatabase, testDatabaseUrl, type TestDatabase } from '../../helpers/test-database.js';

async function writeMigration(dir: string, name: string, sql: string): Promise<void> {
  await mkdir(join(dir, name), { recursive: true });
  await writeFile(join(dir, name, 'migration.sql'), sql);
}

describe('applyMigrations', () => {
  let db: TestDatabase;
  let dir: string;

  beforeEach(async () => {
    db = await createTestDatabase({ migrate: false });
    dir = await mkdtemp(join(tmpdir(), 'saksgang-migrations-'));
    await writeMigration(dir, '20260101000000_first', 'CREATE TABLE "A" ("id" TEXT NOT NULL, CONSTRAINT "A_pkey" PRIMARY KEY ("id"));\n');
    await writeMigration(dir, '20260102000000_second', 'ALTER TABLE "A" ADD COLUMN "name" TEXT;\nINSERT INTO "A" ("id") VALUES (\'x\');\n');
  });
  afterEach(async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('applies pending migrations in order and records them the way Prisma does', async () => {
    const lines: string[] = [];
    expect(await applyMigrations(db.executor, { migrationsDir: dir, log: (l) => lines.push(l) })).toEqual([
      '20260101000000_first',
      '20260102000000_second',
    ]);
    // The lock is database-wide, so another test file may hold it for a moment ("... waiting").
    expect(lines.filter((l) => !l.includes('waiting'))).toEqual([
      'Applied migration 20260101000000_first',
      'Applied migration 20260102000000_second',
    ]);
    const rows = await db.executor.query<{ migration_name: string; checksum: string; finished_at: Date | null; applied_steps_count: number }>(
      'SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name',
    );
    const files = await readMigrations(dir);
    expect(rows.map((r) => [r.migration_name, r.checksum, r.applied_steps_count])).toEqual(files.map((f) => [f.name, f.checksum, 1]));
    expect(rows.every((r) => r.finished_at instanceof Date)).toBe(true);
    expect(files[0]?.checksum).toMatch(/^[0-9a-f]{64}$/);
  });

  it('is idempotent: a second run applies nothing', async () => {
    await applyMigrations(db.executor, { migrationsDir: dir });
    const lines: string[] = [];
    expect(await applyMigrations(db.executor, { migrationsDir: dir, log: (l) => lines.push(l) })).toEqual([]);
    expect(lines.filter((l) => !l.includes('waiting'))).toEqual(['Database schema is up to date']);
    const [count] = await db.executor.query<{ n: number }>('SELECT count(*)::int AS n FROM "A"');
    expect(count?.n).toBe(1);
  });

  it('applies only the new migration when one is added later', async () => {
    await applyMigrations(db.executor, { migrationsDir: dir });
    await writeMigration(dir, '20260103000000_third', 'ALTER TABLE "A" ADD COLUMN "note" TEXT;\n');
    expect(await applyMigrations(db.executor, { migrationsDir: dir })).toEqual(['20260103000000_third']);
  });

  it('refuses to run when an applied migration was changed', async () => {
    await applyMigrations(db.executor, { migrationsDir: dir });
    await writeMigration(dir, '20260101000000_first', 'CREATE TABLE "A" ("id" TEXT NOT NULL, "sneaky" TEXT);\n');
    await writeMigration(dir, '20260103000000_third', 'ALTER TABLE "A" ADD COLUMN "note" TEXT;\n');
    await expect(applyMigrations(db.executor, { migrationsDir: dir })).rejects.toThrow(
      /Migration 20260101000000_first was changed after it was applied/,
    );
    const rows = await db.executor.query('SELECT 1 FROM "_prisma_migrations" WHERE migration_name = $1', ['20260103000000_third']);
    expect(rows).toEqual([]);
  });

  it('rolls a failing migration back completely and records nothing', async () => {
    await writeMigration(dir, '20260103000000_broken', 'ALTER TABLE "A" ADD COLUMN "ok" TEXT;\nSELECT * FROM "missing_table";\n');
    await expect(applyMigrations(db.executor, { migrationsDir: dir })).rejects.toThrow(/20260103000000_broken failed and was rolled back/);
    const names = await db.executor.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations" ORDER BY 1');
    expect(names.map((r) => r.migration_name)).toEqual(['20260101000000_first', '20260102000000_second']);
    const okColumn = await db.executor.query(
      `SELECT 1 FROM information_schema.columns WHERE table_schema = $1 AND table_name = 'A' AND column_name = 'ok'`,
      [db.schema],
    );
    expect(okColumn).toEqual([]);
  });

  it('applies each migration once when two processes start at the same time', async () => {
    // Two separate pools stand in for two processes.
    const others: Database[] = await Promise.all(
      [1, 2].map(() => openDatabase({ databaseUrl: testDatabaseUrl(), dataDir: MEMORY_DATA_DIR, schema: db.schema, migrate: false })),
    );
    try {
      const results = await Promise.all(others.map((o) => applyMigrations(o.executor, { migrationsDir: dir })));
      expect(results.flat().sort()).toEqual(['20260101000000_first', '20260102000000_second']);
      const [count] = await db.executor.query<{ n: number }>('SELECT count(*)::int AS n FROM "_prisma_migrations"');
      expect(count?.n).toBe(2);
    } finally {
      await Promise.all(others.map((o) => o.close()));
    }
  });

  it('applies the real migrations to an empty schema', async () => {
    const applied = await applyMigrations(db.executor);
    expect(applied).toEqual((await readMigrations()).map((m) => m.name));
    expect(applied[0]).toBe('20261122000000_init');
  });
});
