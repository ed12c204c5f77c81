import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open-database.js';
import { readMigrations } from '../../../src/db/read-migrations.js';
import { createPgliteTestDatabase } from '../../helpers/test-database.js';

describe('openDatabase without DATABASE_URL (embedded PGlite)', () => {
  it('migrates an in-memory database and Prisma can write and read a Person', async () => {
    const db = await createPgliteTestDatabase();
    try {
      expect(db.kind).toBe('pglite');
      const org = await db.prisma.organisation.create({ data: { key: 'ehelse', name: 'Direktoratet for e-helse' } });
      await db.prisma.person.create({
        data: { key: 'kari', name: 'Kari Nordmann', email: 'kari@example.no', organisationId: org.id, teamsConversationRef: { conversation: { id: 'a:1' } } },
      });
      const kari = await db.prisma.person.findUniqueOrThrow({ where: { key: 'kari' }, include: { organisation: true } });
      expect(kari).toMatchObject({ name: 'Kari Nordmann', locale: 'nb', organisation: { key: 'ehelse' }, teamsConversationRef: { conversation: { id: 'a:1' } } });
      const rows = await db.executor.query<{ migration_name: string }>('SELECT migration_name FROM "_prisma_migrations" ORDER BY migration_name');
      expect(rows.map((r) => r.migration_name)).toEqual((await readMigrations()).map((m) => m.name));
    } finally {
      await db.close();
    }
  });

  it('keeps its data under <dataDir>/pglite between openings', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'saksgang-data-'));
    try {
      const first = await openDatabase({ dataDir });
      await first.prisma.committee.create({ data: { key: 'NUIT', name: 'Nasjonalt utvalg for prioritering av IT' } });
      await first.close();
      const lines: string[] = [];
      const second = await openDatabase({ dataDir, log: (l) => lines.push(l) });
      expect(await second.prisma.committee.count()).toBe(1);
      expect(lines).toEqual(['Database schema is up to date']);
      await second.close();
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  });
});
