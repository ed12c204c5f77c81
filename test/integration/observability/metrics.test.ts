import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { postToCommittee } from '../../../src/outbox/post-to-committee.js';
import { sendToPerson } from '../../../src/outbox/send-to-person.js';
import { settleOutbox } from '../../helpers/fixtures/settle-outbox.js';
import { sampleValue, scrapeMetrics } from '../../helpers/scrape-metrics.js';
import { postSlack, slashCommandBody } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { messageActivity, postActivity } from '../../helpers/teams-activities.js';

const TOKEN = 'metrics-token-0123456789abcdef';
const auth = { authorization: `Bearer ${TOKEN}` };
let t: TestApp;
let kari: { id: string };
let committee: { id: string };
const message = (text: string) => ({ text, blocks: [{ type: 'text' as const, text }] });
const scrape = async () => {
  const res = await scrapeMetrics(t.url, auth);
  expect(res.status).toBe(200);
  return res.text;
};
const delivery = (id: string) => t.db.prisma.delivery.findUniqueOrThrow({ where: { id } });

beforeAll(async () => {
  t = await startTestApp({ env: { METRICS_TOKEN: TOKEN } });
  kari = await t.db.prisma.person.create({ data: { key: 'kari', name: 'Kari Nordmann', email: 'kari@example.no', locale: 'nb', slackUserId: 'UKARI', teamsUserId: '29:kari', aadObjectId: 'aad-kari' } });
  committee = await t.db.prisma.committee.create({ data: { key: 'NUIT', name: 'NUIT', slackChannelId: 'C0NUIT' } });
  await t.db.prisma.membership.create({ data: { committeeId: committee.id, personId: kari.id, role: 'secretariat' } });
});
afterAll(async () => t?.close());
beforeEach(() => {
  t.slack.reset();
  t.connector.reset();
});
// The counters are read as the change over a test; a test leaves no delivery under way (the archived post's notice
// to the secretariat) that would count in the next one's change.
afterEach(async () => settleOutbox(t));

describe('/metrics', () => {
  it('refuses a scrape without the token, or with a wrong one, when METRICS_TOKEN is set', async () => {
    const none = await scrapeMetrics(t.url);
    expect(none.status).toBe(401);
    expect(none.text).not.toContain('saksgang_');
    const wrong = await scrapeMetrics(t.url, { authorization: 'Bearer not-the-token-at-all' });
    expect(wrong.status).toBe(401);
    const basic = await scrapeMetrics(t.url, { authorization: `Basic ${Buffer.from(`x:${TOKEN}`).toString('base64')}` });
    expect(basic.status).toBe(401);
    const right = await scrapeMetrics(t.url, auth);
    expect(right.status).toBe(200);
    expect(right.contentType).toContain('text/plain');
    // The default process metrics, under the same prefix.
    expect(right.text).toMatch(/^saksgang_process_cpu_user_seconds_total \d/m);
    expect(right.text).toMatch(/^saksgang_nodejs_eventloop_lag_seconds \d/m);
  });

  it('counts a Slack turn and a Teams turn by platform and kind, with their latency', async () => {
    const before = await scrape();
    const slackBefore = sampleValue(before, 'saksgang_turns_total', { platform: 'slack', kind: 'command' }) ?? 0;
    const teamsBefore = sampleValue(before, 'saksgang_turns_total', { platform: 'teams', kind: 'message' }) ?? 0;
    const slackTimedBefore = sampleValue(before, 'saksgang_turn_duration_seconds_count', { platform: 'slack', kind: 'command' }) ?? 0;

    const slack = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UKARI', 'hjelp'), 'application/x-www-form-urlencoded');
    expect(slack.status).toBe(200);
    const sentBefore = t.connector.sent().length;
    const teams = await postActivity(t.url, messageActivity(t.connector.url, { id: '29:kari', aadObjectId: 'aad-kari' }, 'hjelp'));
    expect(teams.status).toBe(200);
    await waitFor(() => t.connector.sent().length > sentBefore, 10_000, 'Teams reply');

    const after = await scrape();
    expect(sampleValue(after, 'saksgang_turns_total', { platform: 'slack', kind: 'command' })).toBe(slackBefore + 1);
    expect(sampleValue(after, 'saksgang_turns_total', { platform: 'teams', kind: 'message' })).toBe(teamsBefore + 1);
    expect(sampleValue(after, 'saksgang_turn_duration_seconds_count', { platform: 'slack', kind: 'command' })).toBe(slackTimedBefore + 1);
    expect(sampleValue(after, 'saksgang_turn_duration_seconds_count', { platform: 'teams', kind: 'message' })).toBeGreaterThanOrEqual(1);
    expect(sampleValue(after, 'saksgang_turn_duration_seconds_bucket', { platform: 'slack', kind: 'command', le: '+Inf' })).toBe(slackTimedBefore + 1);
    expect(after).toContain('# TYPE saksgang_slack_slow_answers_total counter');
  });

  it('counts deliveries by platform and state, the job’s lateness, and shows the queue per job type', async () => {
    const before = await scrape();
    const sentBefore = sampleValue(before, 'saksgang_deliveries_total', { platform: 'slack', state: 'sent' }) ?? 0;
    const latenessBefore = sampleValue(before, 'saksgang_job_lateness_seconds_count', { job: 'deliver' }) ?? 0;
    // Queue gauges exist for every job type before it ever ran.
    expect(sampleValue(before, 'saksgang_queue_waiting_jobs', { job: 'deliver' })).toBeTypeOf('number');
    expect(sampleValue(before, 'saksgang_queue_scheduled_jobs', { job: 'fan-out' })).toBeTypeOf('number');
    expect(sampleValue(before, 'saksgang_queue_oldest_waiting_seconds', { job: 'deliver' })).toBeTypeOf('number');
    expect(sampleValue(before, 'saksgang_bullmq_jobs', { state: 'waiting' })).toBeTypeOf('number');
    expect(sampleValue(before, 'saksgang_deliveries_pending', { platform: 'teams' })).toBeTypeOf('number');
    // The gauges show the queue as it is at this scrape, not as it was at the one before.
    const waiting = await t.db.prisma.delivery.create({ data: { idempotencyKey: 'metrics-waiting', kind: 'test', platform: 'slack', target: 'UKARI', payload: message('Venter'), state: 'pending' } });
    expect(sampleValue(await scrape(), 'saksgang_deliveries_pending', { platform: 'slack' })).toBe((sampleValue(before, 'saksgang_deliveries_pending', { platform: 'slack' }) ?? 0) + 1);
    await t.db.prisma.delivery.delete({ where: { id: waiting.id } });

    const id = (await sendToPerson(t.app.services, { personId: kari.id, kind: 'test', idempotencyKey: 'metrics-sent', message: message('Hei') }))!;
    await waitFor(async () => (await delivery(id)).state === 'sent', 10_000, 'delivery sent');
    const after = await scrape();
    expect(sampleValue(after, 'saksgang_deliveries_total', { platform: 'slack', state: 'sent' })).toBe(sentBefore + 1);
    expect(sampleValue(after, 'saksgang_job_lateness_seconds_count', { job: 'deliver' })).toBe(latenessBefore + 1);
  });

  it('counts a 429 received, a failed delivery attempt, and a delivery and job that failed for good', async () => {
    const before = await scrape();
    const value = (text: string, name: string, labels: Record<string, string>) => sampleValue(text, name, labels) ?? 0;
    t.slack.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const limited = (await postToCommittee(t.app.services, { committeeId: committee.id, kind: 'test', idempotencyKey: 'metrics-429', message: message('Saksliste') }))!;
    await waitFor(async () => (await delivery(limited)).state === 'sent', 15_000, 'delivery after 429');
    t.slack.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'is_archived' } });
    const archived = (await postToCommittee(t.app.services, { committeeId: committee.id, kind: 'test', idempotencyKey: 'metrics-archived', message: message('Arkivert') }))!;
    await waitFor(async () => (await delivery(archived)).state === 'failed', 10_000, 'failed delivery');

    const after = await waitFor(async () => {
      const text = await scrape();
      return value(text, 'saksgang_job_failures_total', { job: 'deliver', final: 'true' }) > value(before, 'saksgang_job_failures_total', { job: 'deliver', final: 'true' }) ? text : null;
    }, 10_000, 'the final failure counted');
    expect(value(after, 'saksgang_platform_rate_limited_total', { platform: 'slack' })).toBe(value(before, 'saksgang_platform_rate_limited_total', { platform: 'slack' }) + 1);
    expect(value(after, 'saksgang_deliveries_total', { platform: 'slack', state: 'error' })).toBe(value(before, 'saksgang_deliveries_total', { platform: 'slack', state: 'error' }) + 2);
    expect(value(after, 'saksgang_deliveries_total', { platform: 'slack', state: 'failed' })).toBe(value(before, 'saksgang_deliveries_total', { platform: 'slack', state: 'failed' }) + 1);
    expect(value(after, 'saksgang_job_failures_total', { job: 'deliver', final: 'true' })).toBe(value(before, 'saksgang_job_failures_total', { job: 'deliver', final: 'true' }) + 1);
  });
});
