import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockActionPayload, interactionBody, postSlack, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, postActivity } from '../../helpers/teams-activities.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { allDelivered, seedCast, slackPostsTo, teamsSentTo, testClock, turnRed } from '../dependencies/dependency-fixtures.js';
import { expectSlackEscaped, expectTeamsLiteral, HOSTILE } from './hostile-text.js';

// Four red dependencies of Helseplattformen (owner Kari, Slack) on E-resept (owner Emma, Teams), described with
// mentions and links. Kari answers in Slack (A: still red with a hostile note; C: now yellow), Emma in Teams
// (B: still red with a hostile note; D: now green). Each side sees the other's words, escaped for its platform.
// The scenario is built once for the file (beforeAll, through the fixtures); each test only looks at what it left
// or asks to see it again, and changes nothing another test reads, so the tests run alone and in any order.
const T0 = '2023-06-05T08:00:00Z';
const FORM = 'application/x-www-form-urlencoded';
const clock = testClock(T0);
let t: TestApp;
let c: Awaited<ReturnType<typeof seedCast>>;
const ids = { a: '', b: '', c: '', d: '' };
const notices = { kariA: '', emmaA: '', kariB: '' };
let emmaAnswer: { status: number; json: any };

const teamsUser = () => ({ id: c.emma.teamsUserId!, aadObjectId: c.emma.aadObjectId! });
const delivery = (personId: string, dependencyId: string) =>
  t.db.prisma.delivery.findFirstOrThrow({ where: { personId, kind: 'dependency_red', idempotencyKey: { contains: dependencyId } } });

beforeAll(async () => {
  t = await startTestApp({ app: { clock: clock.clock } });
  c = await seedCast(t);
  await warmUpSlack(t, c.sara.slackUserId!);
  for (const key of ['a', 'b', 'c', 'd'] as const) {
    const dep = await turnRed(t, new Date(T0), { initiativeId: c.helseplattformen.id, description: `${key.toUpperCase()}: ${HOSTILE}`, providerInitiativeId: c.eresept.id, dueDate: '2023-08-31' });
    ids[key] = dep.id;
  }
  await allDelivered(t);
  clock.set('2023-06-12T08:00:00Z');
  const kariA = await delivery(c.kari.id, ids.a);
  const kariC = await delivery(c.kari.id, ids.c);
  Object.assign(notices, { kariA: kariA.platformMessageId, emmaA: (await delivery(c.emma.id, ids.a)).platformMessageId, kariB: (await delivery(c.kari.id, ids.b)).platformMessageId });

  // Kari in Slack: "still red" on A with a note, "now yellow" on C.
  await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(c.kari.slackUserId!, 'saksgang.dependencies.still-red#0', JSON.stringify({ d: ids.a, k: kariA.idempotencyKey }), kariA.platformConversationId!, kariA.platformMessageId!)), FORM);
  const opened = await waitFor(() => t.slack.callsTo('views.open')[0], 10_000, 'views.open');
  await postSlack(
    t.url,
    SLACK_SECRET,
    interactionBody(viewSubmissionPayload(c.kari.slackUserId!, { callback_id: 'saksgang.form.dependencies.still-red', private_metadata: opened.args.view.private_metadata, values: { note: { note: { type: 'plain_text_input', value: HOSTILE } } } })),
    FORM,
  );
  await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(c.kari.slackUserId!, 'saksgang.dependencies.now-yellow#1', JSON.stringify({ d: ids.c, k: kariC.idempotencyKey }), kariC.platformConversationId!, kariC.platformMessageId!)), FORM);

  // Emma in Teams: "still red" on B with a note, "now green" on D.
  const contextB = { d: ids.b, k: (await delivery(c.emma.id, ids.b)).idempotencyKey };
  await postActivity(t.url, cardActionActivity(t.connector.url, teamsUser(), 'saksgang.dependencies.still-red', { _payload: contextB }, 'en-US'));
  emmaAnswer = await postActivity(t.url, cardActionActivity(t.connector.url, teamsUser(), 'saksgang.form.dependencies.still-red', { _formId: 'saksgang.form.dependencies.still-red', _context: contextB, note: HOSTILE }, 'en-US'));
  const contextD = { d: ids.d, k: (await delivery(c.emma.id, ids.d)).idempotencyKey };
  await postActivity(t.url, cardActionActivity(t.connector.url, teamsUser(), 'saksgang.dependencies.now-green', { _payload: contextD }, 'en-US'));

  const db = t.db.prisma;
  await waitFor(async () => (await db.dependencyChange.count({ where: { note: HOSTILE } })) === 2, 10_000, 'both notes');
  await waitFor(async () => (await db.dependency.count({ where: { id: { in: [ids.c, ids.d] }, status: { not: 'red' } } })) === 2, 10_000, 'C yellow, D green');
});
afterAll(async () => t?.close());

const slackUpdatesOf = (ts: string) => t.slack.callsTo('chat.update').filter((u) => u.args.ts === ts);
const teamsUpdatesOf = (activityId: string) => t.connector.calls.filter((call) => call.verb === 'update' && call.activityId === activityId);

describe('a dependency description and note on Slack can neither ping nor hide a link', () => {
  it("in the red notice to the dependent initiative's owner", async () => {
    const notice = await waitFor(() => slackPostsTo(t, c.kari.slackUserId!).find((p) => JSON.stringify(p.args.blocks).includes('A: ')), 10_000, 'red notice');
    expectSlackEscaped(notice.args);
  });

  it('in the owner’s notice after a note typed in Slack: the edited message shows the note escaped', async () => {
    const noted = await waitFor(() => slackUpdatesOf(notices.kariA).find((u) => JSON.stringify(u.args.blocks).includes('Fortsatt rød')), 10_000, 'edit with note');
    expectSlackEscaped(noted.args);
    expect(JSON.stringify(noted.args.blocks)).toContain(`«&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;https://evil|ok&gt; [ok](https://evil)»`);
  });

  it('in the owner’s copy after the provider’s note typed in Teams', async () => {
    const noted = await waitFor(() => slackUpdatesOf(notices.kariB).find((u) => JSON.stringify(u.args.blocks).includes('Fortsatt rød')), 10_000, 'edit with note');
    expectSlackEscaped(noted.args);
  });

  it('in the answer shared to the owner when the provider (Teams) changed the status', async () => {
    const shared = await waitFor(() => slackPostsTo(t, c.kari.slackUserId!).find((p) => String(p.args.text).includes('Emma Hansen')), 10_000, 'shared answer');
    expectSlackEscaped(shared.args);
    expect(String(shared.args.text)).toContain('grønn');
  });
});

describe('a dependency description and note on Teams show as typed and make no link', () => {
  it("in the red notice to the provider's owner", async () => {
    const card = await waitFor(() => teamsSentTo(t, c.emma.teamsUserId!).map((a) => a.body.attachments?.[0]?.content).find((card) => JSON.stringify(card).includes('A: ')), 10_000, 'red notice');
    expectTeamsLiteral(card);
  });

  it('in the provider’s copy after the owner’s note typed in Slack', async () => {
    const noted = await waitFor(() => teamsUpdatesOf(notices.emmaA).find((u) => JSON.stringify(u.body).includes('Still red')), 10_000, 'edit with note');
    expectTeamsLiteral(noted.body.attachments[0].content);
  });

  it('in the card returned to the provider after answering, with the note typed in Teams', () => {
    // The answer to the note form confirms with the description; the note itself is in the edited copies.
    expect(emmaAnswer.status).toBe(200);
    expectTeamsLiteral(emmaAnswer.json.value);
  });

  it('in the answer shared to the provider when the owner (Slack) changed the status', async () => {
    const shared = await waitFor(() => teamsSentTo(t, c.emma.teamsUserId!).find((a) => JSON.stringify(a.body).includes('Kari Nordmann')), 10_000, 'shared answer');
    expectTeamsLiteral(shared.body.attachments[0].content);
    expect(JSON.stringify(shared.body)).toContain('to **yellow**');
  });
});
