import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MeetingFormIds } from '../../../src/meetings/ids.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { interactionBody, postSlack, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, messageActivity, postActivity } from '../../helpers/teams-activities.js';

let t: TestApp;
let people: Awaited<ReturnType<typeof seedCommittee>>;
const now = new Date('2021-03-01T08:00:00Z');
const emma = { id: '29:emma', aadObjectId: 'aad-emma' };

// Each test gets its own app and NUIT: every meeting planned here renumbers NUIT's year and invites its members.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now } });
  people = await seedCommittee(t);
});
afterEach(async () => t?.close());

const meetingsOn = (day: string) => t.db.prisma.meeting.count({ where: { startsAt: { gte: new Date(`${day}T00:00:00Z`), lt: new Date(`${day}T23:59:59Z`) } } });

/** The meeting form card as Teams shows it to Emma, with the data its submit button carries back. */
async function meetingCard() {
  const before = t.connector.sent().length;
  await postActivity(t.url, messageActivity(t.connector.url, emma, 'meeting new nuit', 'en-GB'));
  const card = await waitFor(() => t.connector.sent().slice(before).find((c) => c.body.attachments?.[0]?.content?.actions?.[0]?.verb === MeetingFormIds.meeting));
  return card.body.attachments[0].content.actions[0].data as Record<string, unknown>;
}
const submitCard = (data: Record<string, unknown>, inputs: Record<string, string>) =>
  postActivity(t.url, cardActionActivity(t.connector.url, emma, MeetingFormIds.meeting, { ...data, ...inputs }, 'en-GB'));
const meetingOn = (date: string) => ({ date, start: '10:00', end: '13:30', place: 'Thon Hotel Opera', videoLink: '' });

describe('a Teams form card submitted twice', () => {
  it('carries a submission token, and the second submission gets the first one’s answer without a second meeting', async () => {
    const data = await meetingCard();
    expect(data._submission).toEqual(expect.any(String));
    const first = await submitCard(data, meetingOn('2021-05-20'));
    const again = await submitCard(data, meetingOn('2021-05-20'));
    expect(JSON.stringify(first.json.value)).toContain('is created');
    expect(again.json).toEqual(first.json);
    expect(await meetingsOn('2021-05-20')).toBe(1);
  });

  it('counts two copies arriving together once', async () => {
    const data = await meetingCard();
    const answers = await Promise.all([submitCard(data, meetingOn('2021-06-10')), submitCard(data, meetingOn('2021-06-10'))]);
    expect(await meetingsOn('2021-06-10')).toBe(1);
    const texts = answers.map((a) => JSON.stringify(a.json.value));
    expect(texts.filter((text) => text.includes('is created')).length).toBeGreaterThanOrEqual(1);
    // The copy that lost the race has the same answer, or (when the first is still running) is told so.
    for (const text of texts) expect(text.includes('is created') || text.includes('already been sent and is being handled')).toBe(true);
  });

  it('lets a form refused for its values be fixed and sent again with the same token', async () => {
    const data = await meetingCard();
    const bad = await submitCard(data, { ...meetingOn('2021-08-26'), end: '09:00' });
    expect(JSON.stringify(bad.json.value)).toContain('The meeting must end after it starts.');
    const fixed = await submitCard(data, meetingOn('2021-08-26'));
    expect(JSON.stringify(fixed.json.value)).toContain('is created');
    expect(await meetingsOn('2021-08-26')).toBe(1);
  });
});

describe('a Slack modal submitted twice', () => {
  it('with the same view id and hash makes one meeting, and both submissions are confirmed alike', async () => {
    const payload = viewSubmissionPayload('UKARI', {
      callback_id: MeetingFormIds.meeting,
      private_metadata: JSON.stringify({ committeeId: people.committee.id }),
      values: {
        date: { date: { type: 'datepicker', selected_date: '2021-09-16' } },
        start: { start: { type: 'timepicker', selected_time: '10:00' } },
        end: { end: { type: 'timepicker', selected_time: '13:30' } },
        place: { place: { type: 'plain_text_input', value: '' } },
        videoLink: { videoLink: { type: 'plain_text_input', value: 'https://teams.example.no/nuit' } },
      },
    });
    Object.assign(payload.view, { id: 'VMEETING1', hash: '1700000000.abcd' });
    const body = interactionBody(payload);
    const confirmations = () => t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'UKARI' && String(c.args.text).includes('er opprettet') && String(c.args.text).includes('16. september 2021'));
    const first = await postSlack(t.url, SLACK_SECRET, body, 'application/x-www-form-urlencoded');
    expect(first.status).toBe(200);
    await waitFor(() => confirmations().length === 1, 15_000, 'first confirmation');
    const again = await postSlack(t.url, SLACK_SECRET, body, 'application/x-www-form-urlencoded');
    expect(again.status).toBe(200);
    expect(again.json?.response_action).toBeUndefined();
    await waitFor(() => confirmations().length === 2, 15_000, 'second confirmation');
    const [one, two] = confirmations();
    expect(two!.args.text).toBe(one!.args.text);
    expect(await meetingsOn('2021-09-16')).toBe(1);
  });
});
