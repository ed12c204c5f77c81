import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliverHandler } from '../../../src/outbox/jobs/deliver-handler.js';
import { deliverJob } from '../../../src/outbox/jobs/deliver-job.js';
import { updateDelivery } from '../../../src/outbox/enqueue-delivery.js';
import { postToCommittee } from '../../../src/outbox/post-to-committee.js';
import { sendToPerson } from '../../../src/outbox/send-to-person.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

let t: TestApp;
let kari: { id: string };
let ola: { id: string };
let committee: { id: string };
const message = (text: string) => ({ text, blocks: [{ type: 'text' as const, text }] });

beforeAll(async () => {
  t = await startTestApp();
  const db = t.db.prisma;
  kari = await db.person.create({ data: { key: 'kari', name: 'Kari Nordmann', email: 'kari@example.no', slackUserId: 'UKARI' } });
  ola = await db.person.create({
    data: {
      key: 'ola',
      name: 'Ola Teams',
      email: 'ola@example.no',
      locale: 'en',
      teamsUserId: '29:ola',
      teamsConversationRef: { channelId: 'msteams', serviceUrl: t.connector.url, conversation: { id: 'a:dm-ola' }, bot: { id: '28:bot' }, user: { id: '29:ola' } },
    },
  });
  committee = await db.committee.create({ data: { key: 'NUIT', name: 'NUIT', slackChannelId: 'C0NUIT' } });
  await db.membership.create({ data: { committeeId: committee.id, personId: kari.id, role: 'secretariat' } });
});
afterAll(async () => t?.close());
beforeEach(() => {
  t.slack.reset();
  t.connector.reset();
});

const delivery = (id: string) => t.db.prisma.delivery.findUniqueOrThrow({ where: { id } });

describe('the outbox', () => {
  it('posts a Slack direct message once, even when the same key is sent again and the job runs twice', async () => {
    const request = { personId: kari.id, kind: 'test', idempotencyKey: 'once-1', message: message('Hei Kari') };
    const id = (await sendToPerson(t.app.services, request))!;
    await waitFor(async () => (await delivery(id)).state === 'sent', 10_000, 'delivery sent');
    await sendToPerson(t.app.services, request);
    await t.app.services.jobs.reschedule(deliverJob, { deliveryId: id }, new Date());
    await waitFor(async () => (await t.db.prisma.scheduledJob.findUnique({ where: { jobId: `deliver.${id}` } }))?.state === 'done');
    const posts = t.slack.callsTo('chat.postMessage');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.args.channel).toBe('UKARI');
    expect(posts[0]!.args.text).toBe('Hei Kari');
    expect(await t.db.prisma.delivery.count({ where: { idempotencyKey: 'once-1' } })).toBe(1);
  });

  it('waits as long as Slack asks after a 429 and then posts', async () => {
    t.slack.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const id = (await postToCommittee(t.app.services, { committeeId: committee.id, kind: 'test', idempotencyKey: 'rate-1', message: message('Saksliste') }))!;
    const sent = await waitFor(async () => ((await delivery(id)).state === 'sent' ? delivery(id) : null), 15_000, 'delivery after 429');
    const posts = t.slack.callsTo('chat.postMessage');
    expect(posts.map((c) => c.args.channel)).toEqual(['C0NUIT', 'C0NUIT']);
    // The second post came only after the Retry-After (1 s) the 429 asked for; the first attempt is on record.
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(sent.attempts).toBe(2);
    expect(sent.lastError).toBeNull();
    expect(sent.platformConversationId).toBe('C0NUIT');
  });

  it('retries after a 500 from Slack', async () => {
    t.slack.failNext('chat.postMessage', { status: 500, body: { ok: false } });
    const id = (await sendToPerson(t.app.services, { personId: kari.id, kind: 'test', idempotencyKey: 'five-hundred', message: message('Igjen') }))!;
    const sent = await waitFor(async () => ((await delivery(id)).state === 'sent' ? delivery(id) : null), 15_000, 'delivery after 500');
    expect(sent.attempts).toBe(2);
    expect(t.slack.callsTo('chat.postMessage')).toHaveLength(2);
  });

  it('tells the secretariat when the channel is archived, instead of failing in silence', async () => {
    t.slack.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'is_archived' } });
    const id = (await postToCommittee(t.app.services, { committeeId: committee.id, kind: 'agenda', idempotencyKey: 'archived-1', message: message('Saksliste') }))!;
    const failed = await waitFor(async () => ((await delivery(id)).state === 'failed' ? delivery(id) : null), 10_000, 'failed delivery');
    expect(failed.lastError).toContain('is_archived');
    const notice = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UKARI'), 10_000, 'notice to secretariat');
    expect(notice.args.text).toContain('fikk ikke levert');
    expect(notice.args.text).toContain('sakslisten');
    expect(notice.args.text).toContain('kanalen er arkivert (slack: is_archived)');
  });

  it('updates a posted message in place when its content is corrected', async () => {
    const id = (await postToCommittee(t.app.services, { committeeId: committee.id, kind: 'test', idempotencyKey: 'correct-1', message: message('Vedtak v1') }))!;
    const sent = await waitFor(async () => ((await delivery(id)).state === 'sent' ? delivery(id) : null));
    await updateDelivery(t.app.services, 'correct-1', message('Vedtak v2 (rettet)'));
    const update = await waitFor(() => t.slack.callsTo('chat.update')[0], 10_000, 'chat.update');
    expect(update.args).toMatchObject({ channel: 'C0NUIT', ts: sent.platformMessageId, text: 'Vedtak v2 (rettet)' });
    expect(t.slack.callsTo('chat.postMessage')).toHaveLength(1);
  });

  it('sends a Teams direct message on the stored conversation, retrying after a 429', async () => {
    t.connector.failNext({ status: 429, headers: { 'retry-after': '1' }, body: { error: { code: 'Throttled' } } });
    const id = (await sendToPerson(t.app.services, { personId: ola.id, kind: 'test', idempotencyKey: 'teams-1', message: message('Hello Ola') }))!;
    const sent = await waitFor(async () => ((await delivery(id)).state === 'sent' ? delivery(id) : null), 15_000, 'teams delivery');
    const activities = t.connector.sent();
    expect(activities).toHaveLength(1);
    expect(activities[0]!.conversationId).toBe('a:dm-ola');
    expect(activities[0]!.body.attachments[0].content.body[0].text).toBe('Hello Ola');
    expect(sent.platform).toBe('teams');
  });

  it('marks a Teams delivery to a user who removed the bot as failed and tells the secretariat', async () => {
    t.connector.failNext({ status: 403, body: { error: { code: 'BotDisabledByAdmin' } } });
    await t.db.prisma.membership.create({ data: { committeeId: committee.id, personId: ola.id, role: 'member' } });
    const id = (await sendToPerson(t.app.services, { personId: ola.id, kind: 'reminder', idempotencyKey: 'teams-403', message: message('Reminder') }))!;
    await waitFor(async () => (await delivery(id)).state === 'failed', 10_000, 'failed teams delivery');
    await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UKARI' && String(c.args.text).includes('Ola Teams')), 10_000, 'notice');
  });
});

describe('a person the bot cannot reach', () => {
  it('records the message as failed and tells the secretariat once, instead of dropping it', async () => {
    const nobody = await t.db.prisma.person.create({ data: { key: 'nobody', name: 'Nils Uten Konto', email: 'nils@example.no' } });
    const request = { personId: nobody.id, kind: 'paper-reminder', idempotencyKey: 'unreachable-1', message: message('Påminnelse') };
    expect(await sendToPerson(t.app.services, request)).toBeNull();
    expect(await sendToPerson(t.app.services, request)).toBeNull();
    const row = await t.db.prisma.delivery.findUniqueOrThrow({ where: { idempotencyKey: 'unreachable-1' } });
    expect(row.state).toBe('failed');
    const notice = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UKARI' && String(c.args.text).includes('Nils Uten Konto')), 10_000, 'notice');
    expect(notice.args.text).toContain('en påminnelse om saksunderlag');
    expect(notice.args.text).toContain('verken Slack- eller Teams-id');
    expect(notice.args.text).not.toContain('paper-reminder');
    expect(await t.db.prisma.delivery.count({ where: { kind: 'delivery_failure', idempotencyKey: { startsWith: `delivery-failure.${row.id}` } } })).toBe(1);
  });
});

describe('two workers with the same delivery job (a lost lock)', () => {
  it('posts once: the second finds the row claimed and backs off', async () => {
    const row = await t.db.prisma.delivery.create({
      data: { idempotencyKey: 'claimed-1', kind: 'test', platform: 'slack', target: 'UKARI', personId: kari.id, payload: message('Bare én gang'), state: 'pending' },
    });
    const results = await Promise.allSettled([deliverHandler.handle({ deliveryId: row.id }, t.app.services), deliverHandler.handle({ deliveryId: row.id }, t.app.services)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason)).toContain('another worker is posting');
    expect(t.slack.callsTo('chat.postMessage').filter((c) => c.args.text === 'Bare én gang')).toHaveLength(1);
    const after = await t.db.prisma.delivery.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ state: 'sent', claimedAt: null, attempts: 1 });
  });
});
