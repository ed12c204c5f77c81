import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MeetingActionIds, MeetingFormIds } from '../../../src/meetings/ids.js';
import { postSlack, slashCommandBody } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';

const NOW = new Date('2021-04-01T08:00:00Z');
const FORM = 'application/x-www-form-urlencoded';
const emma = { id: '29:emma', aadObjectId: 'aad-emma' };
let t: TestApp;
let people: Awaited<ReturnType<typeof seedCommittee>>;
let meetingId: string;
const slash = (user: string, text: string) => postSlack(t.url, SLACK_SECRET, slashCommandBody(user, text), FORM);
const slackButtons = (blocks: any[]) => blocks.flatMap((b: any) => b.elements ?? []).filter((e: any) => e.type === 'button');
const cardActions = (card: any): any[] => (card.body as any[]).filter((b) => b.type === 'ActionSet').flatMap((b) => b.actions);
const meeting = () => t.db.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } });

// Each test: its own app and database, with NUIT 1/2021 planned for 20 May 2021 (no item needs a paper).
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  people = await seedCommittee(t);
  meetingId = (await planMeeting(t, people.committee.id, { day: '2021-05-20' })).id;
  await warmUpSlack(t, 'UKARI');
});
afterEach(async () => t?.close());

describe('distributing and cancelling a meeting ask first', () => {
  it('Slack, bokmål: the status card\'s Distribuer nå carries a confirm dialog; the command asks with a confirmation step', async () => {
    const status = await slash('UKARI', 'møte status NUIT');
    const distribute = slackButtons(status.json.blocks).find((e: any) => e.action_id.startsWith(MeetingActionIds.distributeNow));
    expect(distribute.confirm.title.text).toBe('Distribuere sakslisten?');
    expect(distribute.confirm.text.text).toContain('En utsendelse kan ikke trekkes tilbake.');
    expect(JSON.parse(distribute.value)).toEqual({ meetingId, confirmed: true });
    const asked = await slash('UKARI', 'møte distribuer NUIT 1/2021');
    expect(asked.json.text).toContain('Sakslisten og sakspapirene for NUIT 1/2021 blir postet i utvalgets kanal');
    expect(slackButtons(asked.json.blocks).map((b: any) => b.text.text)).toEqual(['Distribuer', 'Avbryt']);
    expect((await meeting()).distributedAt).toBeNull();
  });

  it('Teams, English: the command asks; "Distribute" distributes; cancelling the meeting goes through its form', async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, emma, 'meeting distribute NUIT 1/2021', 'en-GB'));
    const question = (await waitFor(() => t.connector.sent()[before], 10_000, 'question')).body.attachments[0].content;
    expect(JSON.stringify(question)).toContain('A distribution cannot be taken back.');
    expect((await meeting()).distributedAt).toBeNull();
    const yes = cardActions(question).find((a) => a.title === 'Distribute');
    const after = t.connector.sent().length;
    await postActivity(t.url, cardActionActivity(t.connector.url, emma, yes.verb, yes.data, 'en-GB'));
    // The answer in Emma's chat (the distribution's own messages to participants may come in between).
    await waitFor(() => t.connector.sent().slice(after).find((c) => c.conversationId === 'a:dm-29:emma' && JSON.stringify(c.body).includes('The agenda of NUIT 1/2021 has been distributed.')), 10_000, 'answer');
    expect((await meeting()).distributedAt).not.toBeNull();
    // Cancelling asks for a reason in a form first; only its submit cancels.
    const sent = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, emma, 'meeting cancel NUIT 1/2021', 'en-GB'));
    await waitFor(() => t.connector.sent().slice(sent).find((c) => c.conversationId === 'a:dm-29:emma' && JSON.stringify(c.body).includes(MeetingFormIds.cancel)), 10_000, 'cancel form');
    expect((await meeting()).state).not.toBe('cancelled');
  });
});
