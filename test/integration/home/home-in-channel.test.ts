import { Prisma } from '../../../src/generated/prisma/client.js';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { eventBody, postSlack } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { messageActivity, postActivity } from '../../helpers/teams-activities.js';

/**
 * The home is personal (papers owed, reports due, follow-ups, the calendar feed's secret address). On Teams an
 * @mention in a channel is answered in the channel, where others read it: the bot points to the person's own chat
 * instead. On Slack the answer to an @mention is ephemeral (only the asker sees it), so the home is given there.
 */

let t: TestApp;
let people: Awaited<ReturnType<typeof seedCommittee>>;
const now = new Date('2021-03-01T08:00:00Z');
const CHANNEL = '19:nuit@thread.tacv2';

beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now } });
  people = await seedCommittee(t);
  await planMeeting(t, people.committee.id, { day: '2021-05-20' });
});
afterEach(async () => t?.close());

const inChannel = (user: { id: string; aadObjectId?: string }, text: string, locale = 'en-GB') => ({
  ...messageActivity(t.connector.url, user, `<at>Saksgang</at> ${text}`, locale),
  conversation: { id: `${CHANNEL};messageid=1614585600000`, conversationType: 'channel', isGroup: true, tenantId: 'tenant-1' },
  channelData: { tenant: { id: 'tenant-1' }, channel: { id: CHANNEL }, team: { id: '19:team@thread.tacv2' } },
});
const postedIn = (from: number) => t.connector.sent().slice(from).filter((c) => c.conversationId.startsWith(CHANNEL));

describe('the home asked for in a channel', () => {
  it('Teams (English): `home` in a channel answers with a pointer to the personal chat, never the personal home', async () => {
    const before = t.connector.sent().length;
    expect((await postActivity(t.url, inChannel({ id: '29:emma', aadObjectId: 'aad-emma' }, 'home'))).status).toBe(200);
    const answer = await waitFor(() => postedIn(before)[0], 10_000, 'answer in the channel');
    const shown = JSON.stringify(answer.body);
    expect(shown).toContain('Your home is personal, so it is not shown here.');
    expect(shown).not.toContain('Home – Emma Hansen');
    expect(shown).not.toContain('/calendar/');
    // The same person in their own chat gets the home.
    const own = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, { id: '29:emma', aadObjectId: 'aad-emma' }, 'home', 'en-GB'));
    const home = await waitFor(() => t.connector.sent().slice(own).find((c) => !c.conversationId.startsWith(CHANNEL)), 10_000, 'home in the 1:1 chat');
    expect(JSON.stringify(home.body)).toContain('Home – Emma Hansen');
  });

  it('Teams: a first "hei" in a channel from someone the bot has never talked to gets no personal home there', async () => {
    await t.db.prisma.person.update({ where: { id: people.ola.id }, data: { teamsConversationRef: Prisma.DbNull } });
    const before = t.connector.sent().length;
    await postActivity(t.url, inChannel({ id: '29:ola', aadObjectId: 'aad-ola' }, 'hei'));
    const answer = await waitFor(() => postedIn(before)[0], 10_000, 'answer in the channel');
    expect(JSON.stringify(answer.body)).not.toContain('Home – Ola Teams');
  });

  it('Slack (bokmål): `@Saksgang hjem` in a channel is answered privately (ephemeral, to the asker only) with the home', async () => {
    const res = await postSlack(
      t.url,
      SLACK_SECRET,
      eventBody({ type: 'app_mention', user: 'UKARI', text: '<@UBOT> hjem', channel: 'CNUIT', ts: '1614585600.000200', event_ts: '1614585600.000200' }),
      'application/json',
    );
    expect(res.status).toBe(200);
    const answer = await waitFor(() => t.slack.callsTo('chat.postEphemeral').find((c) => c.args.channel === 'CNUIT'), 20_000, 'answer in the channel');
    expect(answer.args.user).toBe('UKARI');
    expect(JSON.stringify(answer.args)).toContain('Hjem – Kari Nordmann');
    expect(t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'CNUIT')).toEqual([]);
  });
});
