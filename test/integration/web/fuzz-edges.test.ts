import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { blockActionPayload, eventBody, interactionBody, signSlackBody, slashCommandBody, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, messageActivity } from '../../helpers/teams-activities.js';

const SEED = 20261130;
const RUNS = 1_000;
const CONCURRENCY = 12;
const FORM = 'application/x-www-form-urlencoded';

interface Sent {
  body: string;
  contentType: string;
  /** The parsed body, when it is JSON, for judging an answer. */
  value?: unknown;
}

/** Replaces the value at one path of a JSON-like object (for mutations of valid payloads). */
function replaceAt(value: unknown, path: string[], replacement: unknown): unknown {
  if (path.length === 0) return replacement;
  if (value === null || typeof value !== 'object') return replacement;
  const copy: Record<string, unknown> = Array.isArray(value) ? ([...value] as never) : { ...(value as Record<string, unknown>) };
  const [head, ...rest] = path as [string, ...string[]];
  copy[head] = replaceAt(copy[head], rest, replacement);
  return copy;
}

/** All key paths of a JSON-like object, so a mutation can hit any of them. */
function pathsOf(value: unknown, prefix: string[] = []): string[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  return [prefix, ...Object.entries(value).flatMap(([k, v]) => pathsOf(v, [...prefix, k]))];
}

const hostileValue = fc.oneof(
  fc.jsonValue({ maxDepth: 4 }),
  fc.constantFrom(null, 7, '', 'saksgang.no.such.id', '<!channel>', [], {}, 'x'.repeat(50_000)),
  fc.integer({ min: 1, max: 200 }).map((depth) => JSON.parse('['.repeat(depth) + ']'.repeat(depth)) as unknown),
);

/** A valid payload with one value anywhere in it replaced by something hostile. */
function mutated(valid: unknown) {
  const paths = pathsOf(valid);
  return fc.tuple(fc.integer({ min: 0, max: paths.length - 1 }), hostileValue).map(([i, v]) => replaceAt(valid, paths[i]!, v));
}

const stranger = 'UFUZZ';
const slackValids = [
  JSON.parse(eventBody({ type: 'message', channel_type: 'im', channel: 'D0FUZZ', user: stranger, text: 'help', ts: '1700000001.000200' })) as unknown,
  JSON.parse(eventBody({ type: 'app_mention', channel: 'C0FUZZ', user: stranger, text: '<@UBOT> help', ts: '1700000001.000300' })) as unknown,
  blockActionPayload(stranger, 'saksgang.help.show', '{}'),
  viewSubmissionPayload(stranger, { callback_id: 'saksgang.form.unknown', values: { a: { a: { type: 'plain_text_input', value: 'x' } } } }),
];

const slackBodies: fc.Arbitrary<Sent> = fc.oneof(
  fc.jsonValue({ maxDepth: 5 }).map((v) => ({ body: JSON.stringify(v), contentType: 'application/json', value: v })),
  fc.jsonValue({ maxDepth: 5 }).map((v) => ({ body: `payload=${encodeURIComponent(JSON.stringify(v))}`, contentType: FORM })),
  fc.oneof(...slackValids.slice(0, 2).map(mutated)).map((v) => ({ body: JSON.stringify(v), contentType: 'application/json', value: v })),
  fc.oneof(...slackValids.slice(2).map(mutated)).map((v) => ({ body: interactionBody(v as Record<string, unknown>), contentType: FORM })),
  fc.dictionary(fc.constantFrom('command', 'text', 'user_id', 'channel_id', 'trigger_id', 'payload', 'ssl_check'), fc.string({ maxLength: 40 })).map((fields) => ({
    body: new URLSearchParams({ ...Object.fromEntries(new URLSearchParams(slashCommandBody(stranger, 'help'))), ...fields }).toString(),
    contentType: FORM,
  })),
  fc.tuple(fc.string({ maxLength: 200 }), fc.constantFrom('application/json', FORM, 'text/plain')).map(([body, contentType]) => ({ body, contentType })),
);

function teamsBodies(serviceUrl: string): fc.Arbitrary<Sent> {
  const user = { id: '29:fuzz' };
  const valids = [
    messageActivity(serviceUrl, user, 'help'),
    cardActionActivity(serviceUrl, user, 'saksgang.help.show', {}),
    cardActionActivity(serviceUrl, user, 'saksgang.form.unknown', { _formId: 'saksgang.form.unknown', note: 'x' }),
    { ...messageActivity(serviceUrl, user, ''), type: 'invoke', name: 'composeExtension/query', value: {} },
  ];
  return fc.oneof(
    fc.jsonValue({ maxDepth: 5 }).map((v) => ({ body: JSON.stringify(v), contentType: 'application/json', value: v })),
    fc.oneof(...valids.map(mutated)).map((v) => ({ body: JSON.stringify(v), contentType: 'application/json', value: v })),
    fc.record({ type: fc.oneof(fc.string(), fc.integer(), fc.constant(null)), name: fc.option(fc.string()) }).map((r) => {
      const v = { ...valids[0]!, ...r };
      return { body: JSON.stringify(v), contentType: 'application/json', value: v };
    }),
    fc.string({ maxLength: 200 }).map((body) => ({ body, contentType: 'application/json' })),
  );
}

/** Sends every request with at most `limit` in flight (fetch keeps the connections alive). */
async function sendAll<T>(items: T[], limit: number, send: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  const lanes = Array.from({ length: limit }, async () => {
    while (next < items.length) await send(items[next++]!);
  });
  await Promise.all(lanes);
}

let t: TestApp;
const rejections: unknown[] = [];
const onRejection = (reason: unknown) => rejections.push(reason);

/**
 * Rows in the tables a turn could write to. A body the fuzzer happened to get right (a stranger's `help`)
 * is a real turn and leaves its audit line; so audit lines count only when they name a roster person or
 * are anything but a turn.
 */
async function countRows(): Promise<Record<string, number>> {
  const p = t.db.prisma;
  return {
    auditOfPeopleOrChanges: await p.auditLog.count({ where: { OR: [{ actorId: { not: null } }, { subjectType: { not: 'turn' } }] } }),
    person: await p.person.count(),
    committee: await p.committee.count(),
    meeting: await p.meeting.count(),
    agendaItem: await p.agendaItem.count(),
    decision: await p.decision.count(),
    dependency: await p.dependency.count(),
    statusReport: await p.statusReport.count(),
    delivery: await p.delivery.count(),
    submission: await p.submission.count(),
    scheduledJob: await p.scheduledJob.count(),
  };
}

/** A normal `help` still answered on Slack, after whatever came before it. */
async function slackStillAnswers(): Promise<void> {
  const body = slashCommandBody('UKARI', 'help');
  const slack = await fetch(`${t.url}/slack/events`, { method: 'POST', headers: { 'content-type': FORM, ...signSlackBody(SLACK_SECRET, body) }, body });
  expect(slack.status).toBe(200);
  expect(JSON.stringify(await slack.json())).toContain('Saksgang – hjelp');
}

/** A normal `help` still answered on Teams, after whatever came before it. */
async function teamsStillAnswers(): Promise<void> {
  const calls = t.connector.calls.length;
  const teams = await fetch(`${t.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(messageActivity(t.connector.url, { id: '29:kari' }, 'help')) });
  expect(teams.status).toBe(200);
  expect(JSON.stringify(t.connector.calls.slice(calls))).toContain('Saksgang – hjelp');
}

beforeAll(async () => {
  process.on('unhandledRejection', onRejection);
  t = await startTestApp({ app: { slackAnswerBudgetMs: 2_000 } });
  await t.db.prisma.person.create({ data: { key: 'kari', name: 'Kari Nordmann', email: 'kari@example.no', locale: 'nb', slackUserId: 'UKARI', teamsUserId: '29:kari' } });
});
afterAll(async () => {
  process.off('unhandledRejection', onRejection);
  await t?.close();
});

describe('fuzzing the edges with hostile bodies', () => {
  it('never answers Slack with a 5xx, writes nothing, stays healthy and still answers a normal help', async () => {
    const before = await countRows();
    const rejectedBefore = rejections.length;
    const bodies = fc.sample(slackBodies, { seed: SEED, numRuns: RUNS });
    const failures: string[] = [];
    await sendAll(bodies, CONCURRENCY, async (sent) => {
      const res = await fetch(`${t.url}/slack/events`, { method: 'POST', headers: { 'content-type': sent.contentType, ...signSlackBody(SLACK_SECRET, sent.body) }, body: sent.body });
      const text = await res.text();
      if (res.status >= 500 || /<html|\bat \w+ \(/i.test(text)) failures.push(`${res.status} ${sent.body.slice(0, 120)} → ${text.slice(0, 120)}`);
    });
    expect(failures).toEqual([]);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    expect(await countRows()).toEqual(before);
    expect(rejections.slice(rejectedBefore)).toEqual([]);
    await slackStillAnswers();
  }, 60_000);

  it('never answers Teams with a 5xx (but 501 to an invoke it does not handle), writes nothing, stays healthy and still answers a normal help', async () => {
    const before = await countRows();
    const rejectedBefore = rejections.length;
    const bodies = fc.sample(teamsBodies(t.connector.url), { seed: SEED, numRuns: RUNS });
    const failures: string[] = [];
    await sendAll(bodies, CONCURRENCY, async (sent) => {
      const res = await fetch(`${t.url}/api/messages`, { method: 'POST', headers: { 'content-type': sent.contentType }, body: sent.body });
      const text = await res.text();
      const v = sent.value as { type?: unknown; name?: unknown } | undefined;
      const unhandledInvoke = res.status === 501 && v?.type === 'invoke' && v.name !== 'adaptiveCard/action';
      if ((res.status >= 500 && !unhandledInvoke) || /<html|\bat \w+ \(/i.test(text)) failures.push(`${res.status} ${sent.body.slice(0, 120)} → ${text.slice(0, 120)}`);
    });
    expect(failures).toEqual([]);
    expect((await fetch(`${t.url}/healthz`)).status).toBe(200);
    expect(await countRows()).toEqual(before);
    expect(rejections.slice(rejectedBefore)).toEqual([]);
    await teamsStillAnswers();
  }, 60_000);
});
