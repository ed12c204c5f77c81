import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createLogger } from '../../../src/log/logger.js';
import { postToCommittee } from '../../../src/outbox/post-to-committee.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

const METRICS_TOKEN = 'metrics-token-for-log-test-0123';
const ADMIN_PASSWORD = 'admin-password-for-log-test';
const lines: string[] = [];
let t: TestApp;

beforeAll(async () => {
  t = await startTestApp({
    env: { METRICS_TOKEN, ADMIN_PASSWORD },
    app: { log: createLogger({ level: 'debug', secrets: ['xoxb-test-token', SLACK_SECRET, METRICS_TOKEN, ADMIN_PASSWORD], write: (line) => lines.push(line) }) },
  });
});
afterAll(async () => t?.close());

describe('the log of a job', () => {
  it('names the job id and job on the lines a run writes, and never writes a secret', async () => {
    const committee = await t.db.prisma.committee.create({ data: { key: 'NUIT', name: 'NUIT', slackChannelId: 'C0NUIT' } });
    t.slack.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const id = (await postToCommittee(t.app.services, { committeeId: committee.id, kind: 'test', idempotencyKey: 'log-429', message: { text: 'Saksliste', blocks: [] } }))!;
    await waitFor(async () => (await t.db.prisma.delivery.findUniqueOrThrow({ where: { id } })).state === 'sent', 15_000, 'delivery after 429');

    const entries = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    const wait = entries.find((entry) => entry.msg === 'platform asked us to wait');
    expect(wait).toMatchObject({ level: 'warn', jobId: `deliver.${id}`, job: 'deliver', retryAfterMs: 1000 });
    // The start-up lines are there too (the edges), in the same JSON shape.
    expect(entries.some((entry) => entry.msg === 'edge /metrics: open: bearer token required (METRICS_TOKEN)')).toBe(true);
    const out = lines.join('\n');
    for (const secret of ['xoxb-test-token', SLACK_SECRET, METRICS_TOKEN, ADMIN_PASSWORD]) expect(out).not.toContain(secret);
  });
});
