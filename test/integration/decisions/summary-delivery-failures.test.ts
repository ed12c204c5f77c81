import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { publishDecisionsJob } from '../../../src/decisions/jobs/publish-decisions-job.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { NOW, seedCommittee, type Seed } from './seed-decisions.js';

let t: TestApp;
let s: Seed;
let nextNumber = 4;

// Each test gets its own app: every post to the channel it counts is its own.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  s = await seedCommittee(t, { key: 'TBU', slackChannelId: 'C0TBU', prefix: 'F' });
  t.slack.reset();
});
afterEach(async () => t?.close());

/** A held meeting with one decided item without presenter, so the summary is its only message. */
async function meetingWithDecision() {
  const db = t.db.prisma;
  const number = (nextNumber += 1);
  const meeting = await db.meeting.create({
    data: { committeeId: s.committee.id, year: 2026, number, startsAt: new Date(`2026-06-${10 + number}T08:00:00Z`), endsAt: new Date(`2026-06-${10 + number}T12:00:00Z`), place: 'Videomøte', state: 'held' },
  });
  const item = await db.agendaItem.create({ data: { meetingId: meeting.id, committeeId: s.committee.id, caseYear: 2026, caseNumber: 100 + number, type: 'decision', title: 'Kostnadsvurdering', position: 0 } });
  await db.decision.create({ data: { itemId: item.id, text: 'TBU anbefaler alternativ B.', recordedById: s.people.secretariat.id, recordedAt: NOW } });
  return meeting;
}

const summary = (meetingId: string) => t.db.prisma.delivery.findUnique({ where: { idempotencyKey: `decisions.summary.${meetingId}` } });

describe('posting the decision summary when the platform fails', () => {
  it('waits as long as Slack asks after a 429, then posts once', async () => {
    const meeting = await meetingWithDecision();
    t.slack.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    await t.app.services.jobs.enqueue(publishDecisionsJob, { meetingId: meeting.id }, { runAt: new Date(NOW.getTime() - 60_000) });
    const sent = await waitFor(async () => ((await summary(meeting.id))?.state === 'sent' ? summary(meeting.id) : null), 15_000, 'summary after 429');
    const calls = t.slack.callsTo('chat.postMessage');
    expect(calls.map((c) => c.args.channel)).toEqual(['C0TBU', 'C0TBU']);
    expect(JSON.stringify(calls[1]!.args.blocks)).toContain('TBU anbefaler alternativ B.');
    expect(sent!.attempts).toBe(2);
  });

  it('retries after a 500 and posts once', async () => {
    const meeting = await meetingWithDecision();
    t.slack.failNext('chat.postMessage', { status: 500, body: { ok: false } });
    await t.app.services.jobs.enqueue(publishDecisionsJob, { meetingId: meeting.id }, { runAt: new Date(NOW.getTime() - 60_000) });
    const sent = await waitFor(async () => ((await summary(meeting.id))?.state === 'sent' ? summary(meeting.id) : null), 15_000, 'summary after 500');
    expect(sent!.attempts).toBe(2);
    expect(t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0TBU')).toHaveLength(2);
  });

  it('tells the secretariat, in their language, when the committee channel is archived', async () => {
    const meeting = await meetingWithDecision();
    t.slack.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'is_archived' } });
    await t.app.services.jobs.enqueue(publishDecisionsJob, { meetingId: meeting.id }, { runAt: new Date(NOW.getTime() - 60_000) });
    await waitFor(async () => (await summary(meeting.id))?.state === 'failed', 10_000, 'failed summary');
    const nb = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UFSARA'), 10_000, 'notice in bokmål');
    expect(nb.args.text).toContain('fikk ikke levert vedtak til');
    expect(nb.args.text).toContain('kanalen er arkivert');
    expect(nb.args.text).toContain('is_archived');
    const en = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UFTOM'), 10_000, 'notice in English');
    expect(en.args.text).toContain('could not deliver decisions to');
  });

  it('tells the secretariat once when the milestone comes and nothing is recorded', async () => {
    const db = t.db.prisma;
    const meeting = await db.meeting.create({ data: { committeeId: s.committee.id, year: 2026, number: 20, startsAt: new Date('2026-05-04T08:00:00Z'), endsAt: new Date('2026-05-04T12:00:00Z'), place: 'Oslo', state: 'held' } });
    await t.app.services.jobs.enqueue(publishDecisionsJob, { meetingId: meeting.id }, { runAt: new Date(NOW.getTime() - 60_000) });
    const notice = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UFTOM' && String(c.args.text).includes('TBU 20/2026')), 10_000, 'notice');
    expect(notice.args.text).toBe('The decision summary of TBU 20/2026 was due now, but no decision is recorded. Type "decisions TBU 20/2026".');
    expect(t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0TBU')).toHaveLength(0);
    expect((await db.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).decisionsPublishedAt).toBeNull();
  });
});
