import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { createMeeting } from '../../../src/meetings/create-meeting.js';
import { MeetingActionIds, MeetingFormIds } from '../../../src/meetings/ids.js';
import { interactionBody, postSlack, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { meetingEdges } from './edge-helpers.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';

// Who may do what with a meeting, asked through the access module: each test only asks, none changes what the next sees.
let t: TestApp;
let e: ReturnType<typeof meetingEdges>;
let people: Awaited<ReturnType<typeof seedCommittee>>;
let meetingId: string;
const now = new Date('2021-03-01T08:00:00Z');
const ONLY_SECRETARIAT = 'Bare sekretariatet for utvalget kan gjøre dette.';

beforeAll(async () => {
  t = await startTestApp({ app: { clock: () => now } });
  e = meetingEdges(t);
  people = await seedCommittee(t);
  // Lise chairs NUIT: she may see a meeting's status, not manage it.
  const lise = await t.db.prisma.person.create({ data: { key: 'lise', name: 'Lise Leder', email: 'lise@example.no', slackUserId: 'ULISE' } });
  await t.db.prisma.membership.create({ data: { committeeId: people.committee.id, personId: lise.id, role: 'chair' } });
  const meeting = await createMeeting(t.app.services, {
    committeeId: people.committee.id,
    startsAt: instantAt('2021-05-20', '10:00'),
    endsAt: instantAt('2021-05-20', '13:30'),
    place: 'Oslo',
    videoLink: null,
  });
  meetingId = meeting.id;
});
afterAll(async () => t?.close());

describe('managing a meeting is for the committee’s secretariat', () => {
  it('refuses `møte ny`, `flytt`, `avlys` and `distribuer` to a member, and opens no form', async () => {
    for (const words of ['møte ny NUIT', 'møte flytt NUIT', 'møte avlys NUIT', 'møte distribuer NUIT']) {
      const res = await e.slash('USIRI', words);
      expect(res.json.text, words).toBe(ONLY_SECRETARIAT);
    }
    expect(t.slack.callsTo('views.open').filter((c) => c.args.trigger_id === 'trigger-USIRI')).toHaveLength(0);
    expect((await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).distributedAt).toBeNull();
  });

  it('refuses the chair the status buttons that change the meeting', async () => {
    await e.click('ULISE', MeetingActionIds.cancelMeeting, { meetingId });
    await waitFor(() => e.postsTo('D0DM').find((c) => c.args.text === ONLY_SECRETARIAT), 10_000, 'refusal');
    expect(t.slack.callsTo('views.open').filter((c) => c.args.trigger_id === 'trigger-ULISE')).toHaveLength(0);
  });

  it('keeps a refused meeting form open with the refusal on its first field, and plans nothing', async () => {
    const payload = viewSubmissionPayload('USIRI', { callback_id: MeetingFormIds.meeting, private_metadata: JSON.stringify({ committeeId: people.committee.id }), values: {} });
    (payload.view as Record<string, unknown>).blocks = [{ type: 'input', block_id: 'date', element: { type: 'datepicker', action_id: 'date' } }];
    const res = await postSlack(t.url, SLACK_SECRET, interactionBody(payload), 'application/x-www-form-urlencoded');
    expect(res.json).toEqual({ response_action: 'errors', errors: { date: ONLY_SECRETARIAT } });
    expect(await t.db.prisma.meeting.count()).toBe(1);
  });
});

describe('a meeting’s status is for the secretariat and the chair', () => {
  it('shows the chair the status, and refuses a member', async () => {
    const chair = await e.slash('ULISE', 'møte status NUIT');
    expect(JSON.stringify(chair.json.blocks)).toContain('NUIT 1/2021');
    const member = await e.slash('USIRI', 'møte status NUIT');
    expect(member.json.text).toBe(ONLY_SECRETARIAT);
  });
});

describe('answering the notice is for those called to the meeting', () => {
  it('refuses “attending” from someone outside the committee, and records nothing', async () => {
    await e.click('UPER', MeetingActionIds.attending, { meetingId });
    await waitFor(
      () => e.postsTo('D0DM').find((c) => c.args.text === 'Bare medlemmer og observatører i utvalget kan svare på innkallingen.'),
      10_000,
      'refusal',
    );
    expect(await t.db.prisma.attendanceReply.count()).toBe(0);
  });

  it('refuses a deputy named by someone outside the committee, in English on Teams', async () => {
    const before = t.connector.sent().length;
    await e.submitCard({ id: '29:emma', aadObjectId: 'aad-emma' }, MeetingFormIds.deputy, { meetingId }, { deputyName: 'Nils Vara' });
    const sent = JSON.stringify(t.connector.sent().slice(before));
    expect(sent).toContain('Only members and observers of the committee can answer the notice.');
    expect(await t.db.prisma.attendanceReply.count()).toBe(0);
  });
});
