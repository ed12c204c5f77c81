import { afterEach, describe, expect, it } from 'vitest';
import { createMeeting } from '../../../src/meetings/create-meeting.js';
import { sampleValue, scrapeMetrics } from '../../helpers/scrape-metrics.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

const TOKEN = 'metrics-token-0123456789abcdef';
const MEMBERS = 8;
let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

describe('job lateness of a paced fan-out', () => {
  it('counts each invitation late from its paced slot, not from when the fan-out queued it', async () => {
    // 2/s: the eight invitations have slots up to three seconds after the fan-out queued them.
    t = await startTestApp({ env: { METRICS_TOKEN: TOKEN, PACE_SLACK_PER_SECOND: '2', PACE_SLACK_CHANNEL_PER_SECOND: '1' } });
    const db = t.db.prisma;
    const committee = await db.committee.create({ data: { key: 'NUIT', name: 'NUIT', cycle: 'default' } });
    await db.person.createMany({ data: Array.from({ length: MEMBERS }, (_, i) => ({ key: `m${i}`, name: `Medlem ${i}`, email: `m${i}@example.no`, slackUserId: `UM${i}` })) });
    const members = await db.person.findMany({ where: { key: { startsWith: 'm' } } });
    await db.membership.createMany({ data: members.map((m) => ({ committeeId: committee.id, personId: m.id, role: 'member' as const })) });
    const scrape = async () => (await scrapeMetrics(t!.url, { authorization: `Bearer ${TOKEN}` })).text;
    const before = await scrape();
    const countBefore = sampleValue(before, 'saksgang_job_lateness_seconds_count', { job: 'deliver' }) ?? 0;
    const within2sBefore = sampleValue(before, 'saksgang_job_lateness_seconds_bucket', { job: 'deliver', le: '2' }) ?? 0;

    const startsAt = new Date(Date.now() + 60 * 86_400_000);
    const meeting = await createMeeting(t.app.services, { committeeId: committee.id, startsAt, endsAt: new Date(startsAt.getTime() + 3 * 3_600_000), place: 'Oslo', videoLink: null });
    expect(meeting.invited).toBe(MEMBERS);
    const invites = () => db.delivery.findMany({ where: { idempotencyKey: { startsWith: `invite.${meeting.id}.` } } });
    await waitFor(async () => (await invites()).filter((d) => d.state === 'sent').length === MEMBERS, 30_000, 'every invitation sent');
    const sent = (await invites()).map((d) => d.sentAt!.getTime()).sort((a, b) => a - b);
    // They were paced: the last went out more than two seconds after the first.
    expect(sent.at(-1)! - sent[0]!).toBeGreaterThan(2_000);

    const after = await scrape();
    const counted = (sampleValue(after, 'saksgang_job_lateness_seconds_count', { job: 'deliver' }) ?? 0) - countBefore;
    const within2s = (sampleValue(after, 'saksgang_job_lateness_seconds_bucket', { job: 'deliver', le: '2' }) ?? 0) - within2sBefore;
    expect(counted).toBeGreaterThanOrEqual(MEMBERS);
    // Each started at its slot: none counts the pacing wait as lateness.
    expect(within2s).toBe(counted);
  }, 60_000);
});
