import { fileURLToPath } from 'node:url';
import type { Db } from '../db/prisma.js';
import { importRoster } from '../roster/import-roster.js';
import { parseRosterFile } from '../roster/parse-roster-file.js';
import { planDemoMeetings } from './plan-demo-meetings.js';
import { planDemoRounds } from './plan-demo-rounds.js';
import { seedDemoMeetings } from './seed-demo-meetings.js';
import { seedDemoPortfolio } from './seed-demo-portfolio.js';

export const DEMO_ROSTER_PATH = fileURLToPath(new URL('./demo-roster.yaml', import.meta.url));

export interface SeedDemoOptions {
  /** Meetings and rounds are placed around this day (default: now), so the demo always has upcoming meetings. */
  today?: Date;
}

/** Row counts after seeding, per table. */
export type SeedSummary = Record<
  | 'organisations'
  | 'people'
  | 'committees'
  | 'memberships'
  | 'initiatives'
  | 'meetings'
  | 'agendaItems'
  | 'papers'
  | 'decisions'
  | 'followUps'
  | 'attendances'
  | 'attendanceReplies'
  | 'reportingRounds'
  | 'statusReports'
  | 'dependencies',
  number
>;

/**
 * Fills the database with the demo: the roster in demo-roster.yaml, a year of NUIT and NUFA meetings around
 * today (held ones with agendas and decisions, upcoming ones planned), two closed reporting rounds with
 * status reports and dependencies. Idempotent: seeding again on the same day changes nothing.
 */
export async function seedDemo(db: Db, options: SeedDemoOptions = {}): Promise<SeedSummary> {
  const today = options.today ?? new Date();
  await importRoster(db, await parseRosterFile(DEMO_ROSTER_PATH));
  const rounds = planDemoRounds(today);
  const meetings = planDemoMeetings(today, rounds[0].closedAt);
  await db.$transaction(
    async (tx) => {
      await seedDemoMeetings(tx, meetings);
      await seedDemoPortfolio(tx, rounds);
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
  return countRows(db);
}

async function countRows(db: Db): Promise<SeedSummary> {
  return {
    organisations: await db.organisation.count(),
    people: await db.person.count(),
    committees: await db.committee.count(),
    memberships: await db.membership.count(),
    initiatives: await db.initiative.count(),
    meetings: await db.meeting.count(),
    agendaItems: await db.agendaItem.count(),
    papers: await db.paper.count(),
    decisions: await db.decision.count(),
    followUps: await db.followUp.count(),
    attendances: await db.attendance.count(),
    attendanceReplies: await db.attendanceReply.count(),
    reportingRounds: await db.reportingRound.count(),
    statusReports: await db.statusReport.count(),
    dependencies: await db.dependency.count(),
  };
}
