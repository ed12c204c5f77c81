import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seedDemo } from '../../../src/seed/seed-demo.js';
import { createTestDatabase, type TestDatabase } from '../../helpers/test-database.js';

describe('seedDemo', () => {
  let db: TestDatabase;
  let first: Awaited<ReturnType<typeof seedDemo>>;
  const today = new Date('2023-09-15T08:00:00Z');

  // Set-up: one database seeded once for the demo of 15 September 2023; every test reads it, none changes it.
  beforeAll(async () => {
    db = await createTestDatabase();
    first = await seedDemo(db.prisma, { today });
  });
  afterAll(async () => {
    await db?.close();
  });

  it('seeds the demo', () => {
    expect(first).toMatchObject({ committees: 2, reportingRounds: 2, initiatives: 18, meetings: 14 });
    expect(first.people).toBeGreaterThanOrEqual(25);
    expect(first.decisions).toBeGreaterThan(20);
  });

  it('gives the same counts when seeded twice', async () => {
    // Its own database: a second seeding writes to it, and the other tests read theirs as seeded once.
    const own = await createTestDatabase();
    try {
      const once = await seedDemo(own.prisma, { today });
      expect(await seedDemo(own.prisma, { today })).toEqual(once);
      expect(once).toEqual(first);
    } finally {
      await own.close();
    }
  });

  it('places held meetings before today and planned ones after it', async () => {
    for (const key of ['NUIT', 'NUFA']) {
      const meetings = await db.prisma.meeting.findMany({ where: { committee: { key } }, orderBy: { startsAt: 'asc' }, include: { agendaItems: true } });
      const held = meetings.filter((m) => m.startsAt < today);
      const upcoming = meetings.filter((m) => m.startsAt > today);
      expect(held.length).toBeGreaterThanOrEqual(3);
      expect(upcoming.length).toBeGreaterThanOrEqual(2);
      expect(held.every((m) => m.state === 'decisions_published' && m.agendaItems.length >= 5)).toBe(true);
      expect(upcoming[0]?.state).toBe('agenda_set');
      expect(upcoming.slice(1).every((m) => m.state === 'planned')).toBe(true);
      // Every agenda opens with the notice and the previous minutes and ends with any other business.
      const kinds = [...(held[0]?.agendaItems ?? [])].sort((a, b) => a.position - b.position).map((i) => i.kind);
      expect(kinds.slice(0, 2)).toEqual(['notice_and_agenda', 'previous_minutes']);
      expect(kinds.at(-1)).toBe('any_other_business');
      expect(meetings.slice(1).every((m, i) => m.previousMeetingId === meetings[i]?.id)).toBe(true);
    }
  });

  it('has the Q2 2023 round with EPJ-løftet red and the red high-criticality dependencies', async () => {
    const round = await db.prisma.reportingRound.findUniqueOrThrow({ where: { label: 'Q2 2023' } });
    expect(round.state).toBe('closed');
    expect(round.cutoffDate.toISOString().slice(0, 10)).toBe('2023-06-30');
    const epj = await db.prisma.statusReport.findFirstOrThrow({ where: { roundId: round.id, initiative: { key: 'epj-loftet' } } });
    expect([epj.overall, epj.risk]).toEqual(['red', 'yellow']);
    const redHigh = await db.prisma.dependency.findMany({ where: { status: 'red', criticality: 'high' }, include: { initiative: true } });
    expect(redHigh.map((d) => d.initiative.key).sort()).toEqual(['dho-spredning', 'dho-spredning', 'dho-spredning', 'heliks', 'helseplattformen']);
    const heliks = redHigh.find((d) => d.initiative.key === 'heliks');
    expect(heliks?.dueDate?.toISOString().slice(0, 10)).toBe('2023-08-31');
  });

  it('works around the real today as well', async () => {
    // Its own database: seeding around today would change the meetings the other tests read.
    const own = await createTestDatabase();
    try {
      const summary = await seedDemo(own.prisma);
      const upcoming = await own.prisma.meeting.count({ where: { startsAt: { gt: new Date() }, committee: { key: 'NUIT' } } });
      expect(upcoming).toBeGreaterThanOrEqual(2);
      expect(summary.committees).toBe(2);
    } finally {
      await own.close();
    }
  });
});
