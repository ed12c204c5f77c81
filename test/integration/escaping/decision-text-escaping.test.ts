import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postSlack, slashCommandBody } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { dmOf, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { publishDecisions } from '../../helpers/fixtures/publish-decisions.js';
import { recordDecision } from '../../helpers/fixtures/record-decision.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { NOW, seedCommittee, type Seed } from '../decisions/seed-decisions.js';
import { expectSlackEscaped, expectTeamsLiteral, HOSTILE } from './hostile-text.js';

// A decision text with mentions and links, recorded and published on both platforms: NUIT posts to its Slack
// channel and its presenter is on Slack; NUFA posts to its Teams channel and its presenter is on Teams only.
// The scenario is built once for the file (beforeAll, through the fixtures); each test only looks at what it left
// or asks to see it again, and changes nothing another test reads, so the tests run alone and in any order.
let t: TestApp;
let nuit: Seed;
let nufa: Seed;
const NUFA_CHANNEL = '19:nufa-escape@thread.tacv2';

beforeAll(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  nuit = await seedCommittee(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'E' });
  nufa = await seedCommittee(t, { key: 'NUFA', teamsConversationId: NUFA_CHANNEL, prefix: 'F' });
  await t.db.prisma.person.update({ where: { id: nufa.people.presenter.id }, data: { slackUserId: null } });
  await warmUpSlack(t, 'UESARA');
  for (const s of [nuit, nufa]) {
    await recordDecision(t, { itemId: s.items[1]!.id, recordedById: s.people.secretariat.id, text: HOSTILE });
    await publishDecisions(t, s.meeting.id);
  }
});
afterAll(async () => t?.close());

const slackPosts = (channel: string) => t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
const cardsIn = (conversationId: string) => t.connector.sent().filter((c) => c.conversationId === conversationId).map((c) => c.body.attachments?.[0]?.content);

describe('a decision text on Slack can neither ping nor hide a link', () => {
  it('in the summary published to the committee channel', async () => {
    const summary = await waitFor(() => slackPosts('C0NUIT')[0], 10_000, 'summary');
    expectSlackEscaped(summary.args);
    expect(JSON.stringify(summary.args.blocks)).toContain('Felles kommunal journal');
  });

  it("in the presenter's direct message", async () => {
    const dm = await waitFor(() => slackPosts('UEPER')[0], 10_000, 'presenter DM');
    expectSlackEscaped(dm.args);
  });

  it("in the secretariat's list of the meeting's decisions", async () => {
    const before = t.slack.callsTo('chat.postMessage').length;
    await postSlack(t.url, SLACK_SECRET, slashCommandBody('UESARA', 'vedtak NUIT 2/2026'), 'application/x-www-form-urlencoded');
    // The overview comes as a direct message from the outbox (so it can be edited when a decision is saved).
    const dm = await waitFor(() => t.slack.callsTo('chat.postMessage').slice(before).find((c) => c.args.channel === 'UESARA'), 10_000, 'decision overview');
    expectSlackEscaped(dm.args);
  });
});

describe('a decision text on Teams shows as typed and makes no link', () => {
  it('in the summary published to the committee channel', async () => {
    const card = await waitFor(() => cardsIn(NUFA_CHANNEL)[0], 10_000, 'teams summary');
    expectTeamsLiteral(card);
    // The notification summary is plain text: as typed, nothing escaped.
    const activity = t.connector.sent().find((c) => c.conversationId === NUFA_CHANNEL)!.body;
    expect(activity.summary).toContain(HOSTILE);
  });

  it("in the presenter's direct message", async () => {
    const card = await waitFor(() => cardsIn('a:dm-29:Fper')[0], 10_000, 'teams presenter DM');
    expectTeamsLiteral(card);
  });

  it("in the secretariat's list of the meeting's decisions", async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, { id: '29:Fsara', aadObjectId: 'aad-Fsara' }, 'vedtak NUFA 2/2026'));
    const card = await waitFor(() => t.connector.repliesIn(dmOf({ id: '29:Fsara' }), before)[0]?.body.attachments?.[0]?.content, 10_000, 'decision list card');
    expectTeamsLiteral(card);
  });
});
