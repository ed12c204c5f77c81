import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { postSlack, slashCommandBody } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { seedPeople } from '../../helpers/fixtures/seed-people.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';

const NOW = new Date('2026-11-30T10:00:00Z');
let t: TestApp;

// Each test: its own app and database, with the portfolio secretariat (Sara on Slack, Erik in English on Teams) and one active initiative.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  const s = await seedPeople(t);
  const db = t.db.prisma;
  const erik = await db.person.create({ data: { key: 'erik', name: 'Erik English', email: 'erik@example.no', locale: 'en', teamsUserId: '29:erik', aadObjectId: 'aad-erik' } });
  await db.membership.create({ data: { committeeId: s.nuit.id, personId: erik.id, role: 'secretariat' } });
  await db.initiative.create({ data: { key: 'epj', name: 'EPJ-løftet', organisationId: s.ehelse.id, ownerId: s.kari.id, segment: 'samstyring', state: 'active' } });
  await warmUpSlack(t, 'USARA');
});
afterEach(async () => t?.close());

describe('a round opened as Norwegians write it', () => {
  it('Slack, bokmål: the name without quotes and dates as 31.12.2026', async () => {
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('USARA', 'runde åpne Q4 2026 31.12.2026 15.01.2027'), 'application/x-www-form-urlencoded');
    expect(res.json.text).toContain('Runden «Q4 2026» er åpnet med frist 15. januar 2027.');
    const round = await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { label: 'Q4 2026' } });
    expect([round.quarter, round.year, round.cutoffDate.toISOString().slice(0, 10), round.dueDate.toISOString().slice(0, 10)]).toEqual([4, 2026, '2026-12-31', '2027-01-15']);
  });

  it('Teams, English: dates without a year (31.12 15.01) take the next such day', async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, { id: '29:erik', aadObjectId: 'aad-erik' }, 'round open Q4 2026 31.12 15.01', 'en-GB'));
    const answer = await waitFor(() => t.connector.sent().slice(before).find((c) => c.conversationId === 'a:dm-29:erik'), 10_000, 'answer');
    expect(JSON.stringify(answer.body)).toContain('is open, due 15 January 2027.');
    const round = await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { label: 'Q4 2026' } });
    expect(round.dueDate.toISOString().slice(0, 10)).toBe('2027-01-15');
  });
});
