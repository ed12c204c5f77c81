import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { followUpReminderJob } from '../../../src/decisions/jobs/follow-up-reminder-job.js';
import { recordDecision } from '../../../src/decisions/record-decision.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

let t: TestApp;
const now = new Date('2026-05-22T08:00:00Z');

// Each test gets its own app and database, and creates the people it needs.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now } });
});
afterEach(async () => t?.close());

async function runReminder(followUpId: string, decisionId: string) {
  const jobId = await t.app.services.jobs.reschedule(followUpReminderJob, { followUpId, decisionId }, now);
  await waitFor(async () => (await t.db.prisma.scheduledJob.findUnique({ where: { jobId } }))?.state === 'done', 10_000, 'reminder job');
}

describe('follow-up reminders after a correction', () => {
  it('reminds the new owner when a correction moves the follow-up, and nobody twice', async () => {
    const db = t.db.prisma;
    const committee = await db.committee.create({ data: { key: 'NUIT', name: 'NUIT', slackChannelId: 'C0NUIT' } });
    const kari = await db.person.create({ data: { key: 'kari', name: 'Kari', email: 'kari@example.no', slackUserId: 'UKARI' } });
    const per = await db.person.create({ data: { key: 'per', name: 'Per', email: 'per@example.no', slackUserId: 'UPER' } });
    const meeting = await db.meeting.create({ data: { committeeId: committee.id, year: 2026, number: 2, startsAt: new Date('2026-05-21T08:00:00Z'), endsAt: new Date('2026-05-21T11:00:00Z'), place: 'Oslo' } });
    const item = await db.agendaItem.create({ data: { meetingId: meeting.id, committeeId: committee.id, caseYear: 2026, caseNumber: 12, type: 'decision', title: 'Felles kommunal journal', position: 1 } });
    const decision = await db.decision.create({ data: { itemId: item.id, text: 'NUIT slutter seg til forslaget.', recordedById: kari.id, recordedAt: now, publishedAt: now } });
    const followUp = await db.followUp.create({ data: { decisionId: decision.id, ownerId: kari.id, description: 'Lage en plan', dueDate: new Date('2026-06-15T00:00:00Z') } });

    await runReminder(followUp.id, decision.id);
    await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UKARI'), 10_000, 'reminder to Kari');

    await db.followUp.update({ where: { id: followUp.id }, data: { ownerId: per.id } });
    await runReminder(followUp.id, decision.id);
    await runReminder(followUp.id, decision.id);
    await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UPER'), 10_000, 'reminder to Per');
    const deliveries = await db.delivery.findMany({ where: { kind: 'followup_reminder' } });
    expect(deliveries.map((d) => d.personId).sort()).toEqual([kari.id, per.id].sort());
  });
});

describe('a correction that removes a follow-up that was done', () => {
  it('does not pass its done mark on to the follow-up that moves up', async () => {
    const db = t.db.prisma;
    const committee = await db.committee.create({ data: { key: 'NUFA', name: 'NUFA' } });
    const kari = await db.person.create({ data: { key: 'kari', name: 'Kari', email: 'kari@example.no', slackUserId: 'UKARI' } });
    const per = await db.person.create({ data: { key: 'per', name: 'Per', email: 'per@example.no', slackUserId: 'UPER' } });
    const meeting = await db.meeting.create({ data: { committeeId: committee.id, year: 2026, number: 1, startsAt: new Date('2026-05-21T08:00:00Z'), endsAt: new Date('2026-05-21T11:00:00Z'), place: 'Oslo' } });
    const item = await db.agendaItem.create({ data: { meetingId: meeting.id, committeeId: committee.id, caseYear: 2026, caseNumber: 3, type: 'discussion', title: 'Datadeling', position: 1 } });
    const first = { ownerId: kari.id, description: 'Skrive notat', dueDate: '2026-06-10' };
    const second = { ownerId: per.id, description: 'Innhente innspill', dueDate: '2026-06-20' };
    await recordDecision(t.app.services, { itemId: item.id, recordedById: kari.id, input: { text: 'Drøftet.', notes: null, followUps: [first, second] } as never });
    const rows = await db.followUp.findMany({ where: { decision: { itemId: item.id } }, orderBy: { createdAt: 'asc' } });
    await db.followUp.update({ where: { id: rows[0]!.id }, data: { doneAt: now } });
    await recordDecision(t.app.services, { itemId: item.id, recordedById: kari.id, input: { text: 'Drøftet.', notes: null, followUps: [second] } as never });
    const left = await db.followUp.findMany({ where: { decision: { itemId: item.id } } });
    expect(left).toHaveLength(1);
    expect(left[0]).toMatchObject({ ownerId: per.id, description: 'Innhente innspill', doneAt: null });
  });
});
