import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { childNodeFlags, createEmbeddedDatabaseApart, embeddedDatabaseExists } from '../../../src/db/create-embedded-database.js';
import { openDatabase } from '../../../src/db/open-database.js';
import { readMigrations } from '../../../src/db/read-migrations.js';

async function withDataDir(work: (dataDir: string) => Promise<void>): Promise<void> {
  const dataDir = await mkdtemp(join(tmpdir(), 'saksgang-create-'));
  try {
    await work(dataDir);
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}

describe('creating the embedded database in a child process (a first start)', () => {
  it('creates and migrates it with the demo when asked, and leaves an existing one alone', async () => {
    await withDataDir(async (dataDir) => {
      expect(embeddedDatabaseExists(dataDir)).toBe(false);
      expect(await createEmbeddedDatabaseApart(dataDir, { seedDemo: true })).toBe(true);
      expect(embeddedDatabaseExists(dataDir)).toBe(true);
      const lines: string[] = [];
      const db = await openDatabase({ dataDir, log: (line) => lines.push(line) });
      try {
        // The child applied every migration and loaded the demo: this opening has nothing left to do.
        expect(lines).toEqual(['Database schema is up to date']);
        const applied = await db.executor.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name');
        expect(applied.map((r) => r.migration_name)).toEqual((await readMigrations()).map((m) => m.name));
        expect(await db.prisma.committee.count()).toBeGreaterThan(0);
        await db.prisma.committee.create({ data: { key: 'KEEP', name: 'Kept between starts' } });
      } finally {
        await db.close();
      }
      // A second start finds the database and does not start a child.
      expect(await createEmbeddedDatabaseApart(dataDir, { seedDemo: true })).toBe(false);
      const again = await openDatabase({ dataDir });
      try {
        expect(await again.prisma.committee.count({ where: { key: 'KEEP' } })).toBe(1);
      } finally {
        await again.close();
      }
    });
  }, 120_000);

  it('without the demo, creates an empty database', async () => {
    await withDataDir(async (dataDir) => {
      expect(await createEmbeddedDatabaseApart(dataDir, { seedDemo: false })).toBe(true);
      const db = await openDatabase({ dataDir });
      try {
        expect(await db.prisma.person.count()).toBe(0);
      } finally {
        await db.close();
      }
    });
  }, 120_000);

  it('reports what the child said when it cannot create the database', async () => {
    await withDataDir(async (dataDir) => {
      // A file where the data directory should be: the child cannot create it.
      await writeFile(join(dataDir, 'pglite'), 'not a directory');
      await expect(createEmbeddedDatabaseApart(dataDir, { seedDemo: false })).rejects.toThrow(/could not create the embedded database in .*\(exit 1\): EEXIST: file already exists/);
      expect(embeddedDatabaseExists(dataDir)).toBe(false);
    });
  }, 120_000);
});

describe('the flags the child shares with the bot', () => {
  it("keeps loaders and memory flags, never code to evaluate, a debugger or a test runner's flags", () => {
    expect(
      childNodeFlags(['--require', '/x/tsx/preflight.cjs', '--import', 'file:///x/tsx/loader.mjs', '--max-semi-space-size=2', '--optimize-for-size', '--eval', 'run()', '-e', 'run()', '--inspect=9229', '--test', '--conditions=dev']),
    ).toEqual(['--require', '/x/tsx/preflight.cjs', '--import', 'file:///x/tsx/loader.mjs', '--max-semi-space-size=2', '--optimize-for-size']);
  });
});
