import { request } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockActionPayload, eventBody, interactionBody, postSlack, signSlackBody, slashCommandBody } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import type { TestDatabase } from '../../helpers/test-database.js';

const KARI = { key: 'kari', name: 'Kari Nordmann', email: 'kari@example.no', locale: 'nb' as const, slackUserId: 'UKARI', teamsUserId: '29:kari' };

/** What a refused request must leave untouched. */
async function snapshot(db: TestDatabase) {
  const p = db.prisma;
  return { people: await p.person.findMany({ orderBy: { key: 'asc' } }), audit: await p.auditLog.count(), committees: await p.committee.findMany({ orderBy: { key: 'asc' } }) };
}

// Each describe shares one app: its tests only send requests that are refused (or a help that changes nothing), and
// each compares with what it saw before it, so they run alone and in any order.
describe('Slack and the console-mode Teams edge', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp();
    await t.db.prisma.person.create({ data: KARI });
  });
  afterAll(async () => t?.close());

  it('refuses a Slack request signed six minutes in the future with 401, changing nothing', async () => {
    const before = await snapshot(t.db);
    const slackCallsBefore = t.slack.calls.length;
    const body = slashCommandBody('UKARI', 'language en');
    const future = signSlackBody(SLACK_SECRET, body, Math.floor(Date.now() / 1000) + 6 * 60);
    const res = await postSlack(t.url, SLACK_SECRET, body, 'application/x-www-form-urlencoded', future);
    expect(res.status).toBe(401);
    expect(res.text).not.toMatch(/at |Error/);
    expect(await snapshot(t.db)).toEqual(before);
    expect(t.slack.calls).toHaveLength(slackCallsBefore);
  });

  it('refuses one signed six minutes in the past too, and accepts four minutes ahead', async () => {
    const body = slashCommandBody('UKARI', 'help');
    const past = signSlackBody(SLACK_SECRET, body, Math.floor(Date.now() / 1000) - 6 * 60);
    expect((await postSlack(t.url, SLACK_SECRET, body, 'application/x-www-form-urlencoded', past)).status).toBe(401);
    const ahead = signSlackBody(SLACK_SECRET, body, Math.floor(Date.now() / 1000) + 4 * 60);
    const ok = await postSlack(t.url, SLACK_SECRET, body, 'application/x-www-form-urlencoded', ahead);
    expect(ok.status).toBe(200);
    expect(JSON.stringify(ok.json.blocks)).toContain('Saksgang – hjelp');
  });

  it('answers validly signed hostile bodies with a short JSON 400, and a bad signature still with 401', async () => {
    const form = 'application/x-www-form-urlencoded';
    const slackCallsBefore = t.slack.calls.length;
    const bodies: [string, string][] = [
      ['payload=null', form],
      ['payload=7', form],
      ['{not json', 'application/json'],
      [eventBody({ type: 'message' }).replace('"event":{"type":"message"}', '"event":null'), 'application/json'],
      [interactionBody({ ...blockActionPayload('UKARI', 'saksgang.help.show', '{}'), actions: null }), form],
      [interactionBody(blockActionPayload('UKARI', 'saksgang.no.such.button', '{}')), form],
      [interactionBody(blockActionPayload('UKARI', 'someone.elses.button', '{}')), form],
      [slashCommandBody('UKARI', 'help', { command: '/other' }), form],
      [JSON.stringify({ type: 'event_callback', event: JSON.parse('['.repeat(60) + ']'.repeat(60)) }), 'application/json'],
    ];
    for (const [body, type] of bodies) {
      const res = await postSlack(t.url, SLACK_SECRET, body, type);
      expect(res.status, body.slice(0, 80)).toBe(400);
      expect(res.json).toEqual({ error: 'bad_request' });
    }
    const forged = await postSlack(t.url, SLACK_SECRET, 'payload=null', form, signSlackBody('not-the-secret', 'payload=null'));
    expect(forged.status).toBe(401);
    expect(t.slack.calls).toHaveLength(slackCallsBefore);
  });

  it('answers hostile Teams activities with a short JSON 400 and runs no handler', async () => {
    const before = await snapshot(t.db);
    const connectorCallsBefore = t.connector.calls.length;
    const kari = { id: '29:kari' };
    const valid = messageActivity(t.connector.url, kari, 'language en');
    const hostile: unknown[] = [
      { ...valid, type: 7 },
      { ...valid, from: null },
      { ...valid, conversation: undefined },
      { ...valid, serviceUrl: 'not a url' },
      { ...valid, entities: [{ type: 'mention' }] },
      cardActionActivity(t.connector.url, kari, 'saksgang.no.such.verb', {}),
      { ...cardActionActivity(t.connector.url, kari, 'saksgang.help.show', {}), value: null },
      7,
      null,
    ];
    for (const activity of hostile) {
      const res = await postActivity(t.url, activity);
      expect(res.status, JSON.stringify(activity)?.slice(0, 80)).toBe(400);
      expect(res.json).toEqual({ error: 'bad_request' });
    }
    const res = await fetch(`${t.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"type":' });
    expect(res.status).toBe(400);
    expect(await res.json()).toEqual({ error: 'bad_request' });
    expect(await snapshot(t.db)).toEqual(before);
    expect(t.connector.calls).toHaveLength(connectorCallsBefore);
  });

  it('in console mode, refuses a Teams activity sent under a foreign host name (DNS rebinding) with 403, changing nothing', async () => {
    const before = await snapshot(t.db);
    const connectorCallsBefore = t.connector.calls.length;
    const body = JSON.stringify(messageActivity(t.connector.url, { id: '29:kari' }, 'language en'));
    const { port } = new URL(t.url);
    const status = await new Promise<number>((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, path: '/api/messages', method: 'POST', headers: { host: `evil.example:${port}`, 'content-type': 'application/json' } }, (res) => {
        res.resume();
        resolve(res.statusCode ?? 0);
      });
      req.on('error', reject);
      req.end(body);
    });
    expect(status).toBe(403);
    expect(await snapshot(t.db)).toEqual(before);
    expect((await t.db.prisma.person.findUniqueOrThrow({ where: { key: 'kari' } })).locale).toBe('nb');
    expect(t.connector.calls).toHaveLength(connectorCallsBefore);
  });

  it('answers an invoke it does not handle with 501 Not Implemented, as Bot Framework channels expect', async () => {
    const connectorCallsBefore = t.connector.calls.length;
    const res = await postActivity(t.url, { ...messageActivity(t.connector.url, { id: '29:kari' }, ''), type: 'invoke', name: 'composeExtension/query', value: {} });
    expect(res.status).toBe(501);
    expect(t.connector.calls).toHaveLength(connectorCallsBefore);
  });

  it('sends the security headers on every route, with a policy that forbids framing', async () => {
    for (const [path, init] of [
      ['/healthz', {}],
      ['/files/nothing-here.csv', {}],
      ['/nowhere', {}],
      ['/api/messages', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' }],
      ['/slack/events', { method: 'POST', body: '{}' }],
    ] as const) {
      const res = await fetch(`${t.url}${path}`, init);
      expect(res.headers.get('x-content-type-options'), path).toBe('nosniff');
      expect(res.headers.get('x-frame-options'), path).toBe('DENY');
      const csp = res.headers.get('content-security-policy') ?? '';
      expect(csp, path).toContain("frame-ancestors 'none'");
      expect(csp, path).toContain("script-src 'self'");
      expect(csp, path).not.toContain('unsafe-eval');
      expect(res.headers.get('x-powered-by'), path).toBeNull();
    }
  });
});

describe('with neither Teams nor the console configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { CONSOLE: 'off' } });
    await t.db.prisma.person.create({ data: KARI });
  });
  afterAll(async () => t?.close());

  it('has no /api/messages at all', async () => {
    const before = await snapshot(t.db);
    const res = await postActivity(t.url, messageActivity(t.connector.url, { id: '29:kari' }, 'language en'));
    expect(res.status).toBe(404);
    expect(res.text).not.toMatch(/<html|at /i);
    expect(await snapshot(t.db)).toEqual(before);
    expect(t.connector.calls).toHaveLength(0);
  });

  it('still serves Slack', async () => {
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UKARI', 'help'), 'application/x-www-form-urlencoded');
    expect(res.status).toBe(200);
  });
});

describe('with Teams configured', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp({ env: { CONSOLE: 'off', MICROSOFT_APP_ID: '00000000-0000-0000-0000-000000000001', MICROSOFT_APP_PASSWORD: 'not-a-real-secret' } });
    await t.db.prisma.person.create({ data: KARI });
  });
  afterAll(async () => t?.close());

  it('ignores a forged activity without a token: no language changed, nothing sent to its serviceUrl', async () => {
    const before = await snapshot(t.db);
    const res = await postActivity(t.url, messageActivity(t.connector.url, { id: '29:kari' }, 'language en'));
    expect(res.status).toBe(401);
    expect(await snapshot(t.db)).toEqual(before);
    expect((await t.db.prisma.person.findUniqueOrThrow({ where: { key: 'kari' } })).locale).toBe('nb');
    expect(t.connector.calls).toHaveLength(0);
  });
});
