import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eventBody, postSlack, signSlackBody, slashCommandBody } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, type TestApp } from '../../helpers/start-test-app.js';
import { dmOf, messageActivity, postActivity } from '../../helpers/teams-activities.js';

// One app for the file: every test only asks for help (or is refused), except the one that remembers a Teams
// conversation, which does so for a person of its own.
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp();
  await t.db.prisma.person.create({ data: { key: 'kari', name: 'Kari Nordmann', email: 'kari@example.no', locale: 'nb', slackUserId: 'UKARI', teamsUserId: '29:kari', aadObjectId: 'aad-kari' } });
  await t.db.prisma.person.create({ data: { key: 'emma', name: 'Emma Hansen', email: 'emma@example.no', locale: 'en', slackUserId: 'UEMMA', teamsUserId: '29:emma', aadObjectId: 'aad-emma' } });
});
afterAll(async () => t?.close());

describe('help through the Slack HTTP edge', () => {
  it('answers /saksgang help in bokmål for a bokmål user, with the command list', async () => {
    const body = slashCommandBody('UKARI', 'help');
    const res = await postSlack(t.url, SLACK_SECRET, body, 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(res.json.response_type).toBe('ephemeral');
    const text = JSON.stringify(res.json.blocks);
    expect(text).toContain('Saksgang – hjelp');
    expect(text).toContain('språk');
  });

  it('answers in English for an English user, also for the bokmål command word', async () => {
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UEMMA', 'hjelp'), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
    expect(JSON.stringify(res.json.blocks)).toContain('Saksgang – help');
  });

  it('answers a direct message with the same grammar through the Web API', async () => {
    const before = t.slack.callsTo('chat.postMessage').length;
    const body = eventBody({ type: 'message', channel_type: 'im', channel: 'D0KARI', user: 'UKARI', text: 'help', ts: '1700000001.000200' });
    const res = await postSlack(t.url, SLACK_SECRET, body, 'application/json');
    expect(res.status).toBe(200);
    const posted = t.slack.callsTo('chat.postMessage').slice(before);
    expect(posted).toHaveLength(1);
    expect(posted[0]!.args.channel).toBe('D0KARI');
    expect(JSON.stringify(posted[0]!.args.blocks)).toContain('Saksgang – hjelp');
  });

  it('answers what is no command with the home’s buttons instead of a syntax error, in their language', async () => {
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UEMMA', 'fly-to-the-moon'), 'application/x-www-form-urlencoded');
    expect(res.json.text).toContain('I did not quite understand "fly-to-the-moon"');
    expect(JSON.stringify(res.json.blocks)).toContain('saksgang.home.show');
    expect(res.json.text).not.toContain('I do not know the command');
  });

  it('refuses a forged signature with 401 and has no side effect', async () => {
    const before = t.slack.calls.length;
    const auditBefore = await t.db.prisma.auditLog.count();
    const body = eventBody({ type: 'message', channel_type: 'im', channel: 'D0KARI', user: 'UKARI', text: 'help', ts: '1700000002.000300' });
    const forged = signSlackBody('not-the-secret', body);
    const res = await postSlack(t.url, SLACK_SECRET, body, 'application/json', forged);
    expect(res.status).toBe(401);
    expect(t.slack.calls.length).toBe(before);
    expect(await t.db.prisma.auditLog.count()).toBe(auditBefore);
  });

  it('refuses a stale timestamp with 401', async () => {
    const body = slashCommandBody('UKARI', 'help');
    const stale = signSlackBody(SLACK_SECRET, body, Math.floor(Date.now() / 1000) - 60 * 10);
    const res = await postSlack(t.url, SLACK_SECRET, body, 'application/x-www-form-urlencoded', stale);
    expect(res.status).toBe(401);
  });
});

describe('help through the Teams HTTP edge', () => {
  it('answers "help" with an Adaptive Card in bokmål sent to the connector', async () => {
    const before = t.connector.sent().length;
    const res = await postActivity(t.url, messageActivity(t.connector.url, { id: '29:kari', aadObjectId: 'aad-kari' }, 'help'));
    expect(res.status).toBe(200);
    const sent = t.connector.sent().slice(before);
    expect(sent).toHaveLength(1);
    const card = sent[0]!.body.attachments[0];
    expect(card.contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(card.content.version).toBe('1.5');
    expect(JSON.stringify(card.content)).toContain('Saksgang – hjelp');
  });

  it('answers an English user in English and strips the @mention', async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, { id: '29:emma', aadObjectId: 'aad-emma' }, '<at>Saksgang</at> help'));
    const sent = t.connector.sent().slice(before);
    expect(JSON.stringify(sent[0]!.body.attachments[0].content)).toContain('Saksgang – help');
  });

  it('remembers the 1:1 conversation so reminders can reach the person later', async () => {
    // Nora is this test's own: remembering her conversation changes no one the other tests talk to.
    const nora = await t.db.prisma.person.create({ data: { key: 'nora', name: 'Nora Nyansatt', email: 'nora@example.no', locale: 'nb', teamsUserId: '29:nora', aadObjectId: 'aad-nora' } });
    expect(nora.teamsConversationRef).toBeNull();
    await postActivity(t.url, messageActivity(t.connector.url, { id: '29:nora', aadObjectId: 'aad-nora' }, 'hjelp'));
    const remembered = await t.db.prisma.person.findUniqueOrThrow({ where: { id: nora.id } });
    expect((remembered.teamsConversationRef as { conversation: { id: string } }).conversation.id).toBe('a:dm-29:nora');
  });

  it('uses the Teams locale for someone who is not in the roster', async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, { id: '29:stranger' }, 'help', 'en-US'));
    expect(JSON.stringify(t.connector.repliesIn(dmOf({ id: '29:stranger' }), before)[0]!.body)).toContain('Saksgang – help');
  });
});

describe('health', () => {
  it('reports the database and Redis as ok', async () => {
    const res = await fetch(`${t.url}/healthz`);
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ status: 'ok', db: 'ok', redis: 'ok' });
  });
});
