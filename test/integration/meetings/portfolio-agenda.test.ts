import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { createMeeting } from '../../../src/meetings/create-meeting.js';
import { distributeAgenda } from '../../../src/meetings/distribute-agenda.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';

let t: TestApp;
let people: Awaited<ReturnType<typeof seedCommittee>>;
const now = new Date('2026-03-02T08:00:00Z');

// Each test gets its own app: the posts it looks for in NUIT's channel are its own.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now } });
  people = await seedCommittee(t);
  const db = t.db.prisma;
  const org = await db.organisation.create({ data: { key: 'hmn', name: 'Helse Midt-Norge RHF' } });
  const initiative = await db.initiative.create({
    data: { key: 'helseplattformen', name: 'Helseplattformen', organisationId: org.id, ownerId: people.per.id, segment: 'samstyring', state: 'active' },
  });
  await db.dependency.createMany({
    data: [
      { initiativeId: initiative.id, description: 'Løsning for e-multidose og pasientens legemiddelliste', category: 'national_solutions', criticality: 'high', status: 'red', redSince: new Date('2026-01-05T08:00:00Z'), providerText: 'Norsk helsenett' },
      { initiativeId: initiative.id, description: 'Avklaring av finansiering', category: 'funding', criticality: 'medium', status: 'red', redSince: new Date('2026-01-05T08:00:00Z') },
    ],
  });
});
afterEach(async () => t?.close());

describe('the agenda of the committee that treats the portfolio', () => {
  it('carries the current red high-criticality dependencies, and only those', async () => {
    const meeting = await createMeeting(t.app.services, {
      committeeId: people.committee.id,
      startsAt: instantAt('2026-05-21', '10:00'),
      endsAt: instantAt('2026-05-21', '13:00'),
      place: 'Oslo',
      videoLink: null,
    });
    await distributeAgenda(t.app.services, meeting.id);
    const post = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0NUIT'), 10_000, 'agenda post');
    const text = JSON.stringify(post.args.blocks);
    expect(text).toContain('Helseplattformen');
    expect(text).toContain('e-multidose');
    expect(text).not.toContain('Avklaring av finansiering');
  });

  it('leaves the agendas of other committees alone', async () => {
    const db = t.db.prisma;
    const nufa = await db.committee.create({ data: { key: 'NUFA', name: 'NUFA', cycle: 'nufa', slackChannelId: 'C0NUFA' } });
    const meeting = await createMeeting(t.app.services, { committeeId: nufa.id, startsAt: instantAt('2026-05-28', '10:00'), endsAt: instantAt('2026-05-28', '13:00'), place: 'Oslo', videoLink: null });
    await distributeAgenda(t.app.services, meeting.id);
    const post = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0NUFA'), 10_000, 'agenda post');
    expect(JSON.stringify(post.args.blocks)).not.toContain('Helseplattformen');
  });
});

describe('milestones that hand over to the decisions capability', () => {
  it('publishes the recorded decisions at the decision_summary milestone, once, even when it runs twice', async () => {
    const { milestoneJob } = await import('../../../src/meetings/jobs/meeting-jobs.js');
    const meeting = await createMeeting(t.app.services, { committeeId: people.committee.id, startsAt: instantAt('2026-02-26', '10:00'), endsAt: instantAt('2026-02-26', '13:00'), place: 'Oslo', videoLink: null });
    const item = meeting.agendaItems[0]!;
    await t.db.prisma.decision.create({ data: { itemId: item.id, text: 'Innkalling og saksliste godkjennes.', recordedById: people.kari.id, recordedAt: now } });
    const payload = { meetingId: meeting.id, milestone: 'decision_summary', action: 'decision_summary' as const };
    for (let run = 0; run < 2; run += 1) {
      const jobId = await t.app.services.jobs.reschedule(milestoneJob, payload, now);
      await waitFor(async () => (await t.db.prisma.scheduledJob.findUnique({ where: { jobId } }))?.state === 'done', 10_000, 'milestone job');
    }
    await waitFor(async () => (await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).decisionsPublishedAt !== null, 10_000, 'published');
    // The publish job marks the meeting published, then queues its messages: wait for them, then count.
    const decisionDeliveries = () => t.db.prisma.delivery.findMany({ where: { committeeId: people.committee.id, kind: { contains: 'decision' } } });
    await waitFor(async () => (await decisionDeliveries()).length > 0, 10_000, 'summary delivery');
    await waitFor(async () => (await t.db.prisma.scheduledJob.count({ where: { name: 'decisions.publish', state: 'pending' } })) === 0, 10_000, 'publish job done');
    const summaries = await decisionDeliveries();
    expect(summaries).toHaveLength(1);
    const posted = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => JSON.stringify(c.args.blocks ?? '').includes('Innkalling og saksliste godkjennes')), 10_000, 'summary post');
    expect(posted.args.channel).toBe('C0NUIT');
  });
});
