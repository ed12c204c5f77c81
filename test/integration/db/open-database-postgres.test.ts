import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openDatabase } from '../../../src/db/open-database.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

describe('openDatabase with a PostgreSQL URL', () => {
  // Each test gets its own schema.
  let db: TestDatabase;
  beforeEach(async () => {
    db = await createTestDatabase();
  });
  afterEach(async () => {
    await db?.close();
  });

  it('binds Prisma to the test schema, with enums, arrays, JSON, decimals and dates round-tripping', async () => {
    expect(db.kind).toBe('postgres');
    const org = await db.prisma.organisation.create({ data: { key: 'hmn', name: 'Helse Midt-Norge RHF' } });
    const owner = await db.prisma.person.create({ data: { key: 'ola', name: 'Ola Nordmann', email: 'ola@example.no', locale: 'en' } });
    const initiative = await db.prisma.initiative.create({
      data: { key: 'hp', name: 'Helseplattformen', organisationId: org.id, ownerId: owner.id, segment: 'samstyring', state: 'active', strategyGoals: [2, 3], mainGoal: 2, sdgs: [3, 9] },
    });
    const round = await db.prisma.reportingRound.create({
      data: { label: 'Q2 2023', quarter: 2, year: 2023, cutoffDate: new Date('2023-06-30'), dueDate: new Date('2023-08-15') },
    });
    const report = await db.prisma.statusReport.create({
      data: { roundId: round.id, initiativeId: initiative.id, overall: 'yellow', budgetMnok: '12.5', draft: { narrative: 'x' } },
    });
    expect(report.budgetMnok?.toString()).toBe('12.5');
    const read = await db.prisma.reportingRound.findUniqueOrThrow({ where: { label: 'Q2 2023' }, include: { statusReports: true } });
    expect(read.cutoffDate.toISOString()).toBe('2023-06-30T00:00:00.000Z');
    expect(read.statusReports[0]).toMatchObject({ overall: 'yellow', sdgs: [], draft: { narrative: 'x' } });
    // The rows landed in the test schema, not in public.
    const [row] = await db.executor.query<{ n: number }>(`SELECT count(*)::int AS n FROM ${'"' + db.schema + '"'}."Initiative"`);
    expect(row?.n).toBe(1);
  });

  it('honours ?schema= in the URL and does not migrate when asked not to', async () => {
    const org = await db.prisma.organisation.create({ data: { key: 'hmn', name: 'Helse Midt-Norge RHF' } });
    const owner = await db.prisma.person.create({ data: { key: 'ola', name: 'Ola Nordmann', email: 'ola@example.no' } });
    await db.prisma.initiative.create({ data: { key: 'hp', name: 'Helseplattformen', organisationId: org.id, ownerId: owner.id, segment: 'samstyring', state: 'active', strategyGoals: [2] } });
    const other = await openDatabase({ databaseUrl: db.url, dataDir: 'memory://', migrate: false });
    try {
      expect(await other.prisma.initiative.count()).toBe(1);
    } finally {
      await other.close();
    }
  });
});
