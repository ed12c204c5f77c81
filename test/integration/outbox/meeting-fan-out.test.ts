import type { Worker } from 'bullmq';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { jobRegistry } from '../../../src/jobs/job-registry.js';
import { startWorker } from '../../../src/jobs/start-worker.js';
import { MeetingFormIds } from '../../../src/meetings/ids.js';
import { connectRedis } from '../../../src/redis/connect-redis.js';
import { interactionBody, postSlack, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, postActivity } from '../../helpers/teams-activities.js';

const MEMBERS = 300;
const now = new Date('2021-03-01T08:00:00Z');
const FORM = 'application/x-www-form-urlencoded';
let t: TestApp;
let committeeId: string;

// The web process answers turns; the worker is started by the test only after the answer has come back, so
// "the answer does not wait for a single invitation" is observed, not hoped for. Each test gets its own app.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now, worker: false } });
  const db = t.db.prisma;
  const teamsRef = (id: string) => ({ channelId: 'msteams', serviceUrl: t.connector.url, conversation: { id: `a:dm-${id}` }, bot: { id: '28:bot' }, user: { id } });
  const committee = await db.committee.create({ data: { key: 'NUIT', name: 'NUIT – Prioriteringsutvalget', cycle: 'nuit', slackChannelId: 'C0NUIT' } });
  committeeId = committee.id;
  const kari = await db.person.create({ data: { key: 'kari', name: 'Kari Nordmann', email: 'kari@example.no', slackUserId: 'UKARI' } });
  const emma = await db.person.create({
    data: { key: 'emma', name: 'Emma Hansen', email: 'emma@example.no', locale: 'en', teamsUserId: '29:emma', aadObjectId: 'aad-emma', teamsConversationRef: teamsRef('29:emma') },
  });
  // Half the committee on Slack (bokmål), half on Teams (English).
  await db.person.createMany({
    data: Array.from({ length: MEMBERS }, (_, i) =>
      i % 2 === 0
        ? { key: `m${i}`, name: `Medlem ${i}`, email: `m${i}@example.no`, slackUserId: `UM${i}` }
        : { key: `m${i}`, name: `Member ${i}`, email: `m${i}@example.no`, locale: 'en' as const, teamsUserId: `29:m${i}`, teamsConversationRef: teamsRef(`29:m${i}`) },
    ),
  });
  const members = await db.person.findMany({ where: { key: { startsWith: 'm' } } });
  await db.membership.createMany({
    data: [
      { committeeId, personId: kari.id, role: 'secretariat' },
      { committeeId, personId: emma.id, role: 'secretariat' },
      ...members.map((m, i) => ({ committeeId, personId: m.id, role: i === 0 ? ('chair' as const) : ('member' as const) })),
    ],
  });
}, 60_000);
afterEach(async () => t?.close());

/** Invitations the fakes received for a meeting label, to committee members (by Slack channel / Teams conversation). */
function invitationPosts(label: string) {
  const slack = t.slack.callsTo('chat.postMessage').filter((c) => String(c.args.channel).startsWith('UM') && String(c.args.text).includes(label));
  const teams = t.connector.sent().filter((c) => c.conversationId.startsWith('a:dm-29:m') && JSON.stringify(c.body).includes(label));
  return { slack: slack.map((c) => String(c.args.channel)), teams: teams.map((c) => c.conversationId) };
}

/** Runs a worker until every invitation of the meeting is sent, then stops it. */
async function deliverAll(meetingId: string) {
  const redis = connectRedis(t.app.config.REDIS_URL);
  const worker: Worker = startWorker(t.app.services, jobRegistry(), redis, { concurrency: 8 });
  try {
    await waitFor(
      async () => (await t.db.prisma.delivery.count({ where: { idempotencyKey: { startsWith: `invite.${meetingId}.` }, state: 'sent' } })) === MEMBERS,
      180_000,
      'every invitation sent',
    );
  } finally {
    await worker.close();
    redis.disconnect();
  }
}

function expectEachMemberOnce(label: string) {
  const posts = invitationPosts(label);
  expect(posts.slack).toHaveLength(MEMBERS / 2);
  expect(new Set(posts.slack).size).toBe(MEMBERS / 2);
  expect(posts.teams).toHaveLength(MEMBERS / 2);
  expect(new Set(posts.teams).size).toBe(MEMBERS / 2);
}

describe(`planning a meeting for a ${MEMBERS}-person committee`, () => {
  it('from Slack: answers with the count before a single invitation is sent, then invites all 300 exactly once', async () => {
    const res = await postSlack(
      t.url,
      SLACK_SECRET,
      interactionBody(
        viewSubmissionPayload('UKARI', {
          callback_id: MeetingFormIds.meeting,
          private_metadata: JSON.stringify({ committeeId }),
          values: {
            date: { date: { type: 'datepicker', selected_date: '2021-05-20' } },
            start: { start: { type: 'timepicker', selected_time: '10:00' } },
            end: { end: { type: 'timepicker', selected_time: '13:30' } },
            place: { place: { type: 'plain_text_input', value: 'Oslo' } },
            videoLink: { videoLink: { type: 'plain_text_input', value: '' } },
          },
        }),
      ),
      FORM,
    );
    expect(res.status).toBe(200);
    const answer = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UKARI' && String(c.args.text).includes('er opprettet')));
    expect(answer.args.text).toContain(`Møte NUIT 1/2021 er opprettet`);
    expect(answer.args.text).toContain(`invitasjonen sendes til ${MEMBERS} personer`);
    // The answer came back with the meeting, its cycle and one staged fan-out owed, and nothing sent yet.
    const meeting = await t.db.prisma.meeting.findFirstOrThrow({ where: { number: 1 } });
    expect(invitationPosts('NUIT 1/2021')).toEqual({ slack: [], teams: [] });
    expect(await t.db.prisma.delivery.count({ where: { kind: 'meeting-invite' } })).toBe(0);
    const fanOut = await t.db.prisma.fanOut.findUniqueOrThrow({ where: { key: `invite.${meeting.id}` } });
    expect([fanOut.kind, fanOut.total, fanOut.state, fanOut.expanded]).toEqual(['meeting-invite', MEMBERS, 'pending', 0]);
    expect((await t.db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: `fan-out.invite.${meeting.id}` } })).state).toBe('pending');
    expect(await t.db.prisma.deadline.count({ where: { meetingId: meeting.id } })).toBe(7);

    await deliverAll(meeting.id);
    expectEachMemberOnce('NUIT 1/2021');
    expect(await t.db.prisma.delivery.count({ where: { idempotencyKey: { startsWith: `invite.${meeting.id}.` } } })).toBe(MEMBERS);
    expect((await t.db.prisma.fanOut.findUniqueOrThrow({ where: { key: fanOut.key } })).state).toBe('done');
  }, 240_000);

  it('from Teams: answers in English with the count before a single invitation is sent, then invites all 300 exactly once', async () => {
    // The committee's first meeting, planned and its invitations all delivered, as the Slack test leaves it.
    // This app runs no worker: the test delivers the invitations itself.
    const first = await planMeeting(t, committeeId, { day: '2021-05-20', place: 'Oslo', settle: false });
    await deliverAll(first.id);
    const data = { _formId: MeetingFormIds.meeting, _context: { committeeId }, _multi: [], date: '2021-09-16', start: '10:00', end: '13:30', place: 'Oslo', videoLink: '' };
    const res = await postActivity(t.url, cardActionActivity(t.connector.url, { id: '29:emma', aadObjectId: 'aad-emma' }, MeetingFormIds.meeting, data, 'en-GB'));
    expect(JSON.stringify(res.json.value)).toContain(`Meeting NUIT 2/2021 is created`);
    expect(JSON.stringify(res.json.value)).toContain(`the invitation goes to ${MEMBERS} people`);
    const meeting = await t.db.prisma.meeting.findFirstOrThrow({ where: { number: 2 } });
    expect(invitationPosts('NUIT 2/2021')).toEqual({ slack: [], teams: [] });
    expect(await t.db.prisma.delivery.count({ where: { idempotencyKey: { startsWith: `invite.${meeting.id}.` } } })).toBe(0);

    await deliverAll(meeting.id);
    expectEachMemberOnce('NUIT 2/2021');
    // The first meeting's invitations were not sent again by the second run of the worker.
    expectEachMemberOnce('NUIT 1/2021');
  }, 240_000);

  it('a turn whose transaction fails leaves no meeting, no deadline, no job and no fan-out behind', async () => {
    const db = t.db.prisma;
    const count = async () => [await db.meeting.count(), await db.agendaItem.count(), await db.deadline.count(), await db.scheduledJob.count(), await db.fanOut.count()];
    const before = await count();
    const queued = (await t.app.queue.getJobCounts('waiting', 'delayed')) as Record<string, number>;
    // The last write of the transaction (the fan-out) fails, after the meeting, its items and its jobs were written.
    await db.$executeRawUnsafe(`CREATE FUNCTION "${t.db.schema}".refuse_fan_out() RETURNS trigger AS $$ BEGIN RAISE EXCEPTION 'forced failure'; END $$ LANGUAGE plpgsql`);
    await db.$executeRawUnsafe(`CREATE TRIGGER refuse BEFORE INSERT ON "${t.db.schema}"."FanOut" FOR EACH ROW EXECUTE FUNCTION "${t.db.schema}".refuse_fan_out()`);
    try {
      const data = { _formId: MeetingFormIds.meeting, _context: { committeeId }, _multi: [], date: '2021-11-18', start: '10:00', end: '13:30', place: 'Oslo', videoLink: '' };
      const res = await postActivity(t.url, cardActionActivity(t.connector.url, { id: '29:emma', aadObjectId: 'aad-emma' }, MeetingFormIds.meeting, data, 'en-GB'));
      expect(JSON.stringify(res.json.value)).not.toContain('is created');
    } finally {
      await db.$executeRawUnsafe(`DROP TRIGGER refuse ON "${t.db.schema}"."FanOut"`);
    }
    expect(await count()).toEqual(before);
    expect(await t.app.queue.getJobCounts('waiting', 'delayed')).toEqual(queued);
  }, 60_000);
});
