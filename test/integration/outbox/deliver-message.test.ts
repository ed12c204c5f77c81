import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { deliverHandler } from '../../../src/outbox/jobs/deliver-handler.js';
import { deliverJob } from '../../../src/outbox/jobs/deliver-job.js';
import { updateDelivery } from '../../../src/outbox/enqueue-delivery.js';
import { postToCommittee } from '../../../src/outbox/post-to-committee.js';
import { sendToPerson } from '../../../src/outbox/send-to-person.js';
import { settleOutbox } from '../../helpers/fixtures/settle-outbox.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

// One app for the file; each test gets its own committee, secretary (Slack) and Teams member, with their own
// Slack channel, DM and Teams conversation, and reads only the calls to those. Each test ends with the outbox
// settled, so no retry or notice of one test is still under way when the next scripts a failure.
let t: TestApp;
let kari: { id: string; slackUserId: string };
let ola: { id: string; conversationId: string };
let committee: { id: string; slackChannelId: string };
let cast = 0;
const message = (text: string) => ({ text, blocks: [{ type: 'text' as const, text }] });

beforeAll(async () => {
  t = await startTestApp();
});
afterAll(async () => t?.close());

/** NUIT-n with its channel C0NUITn, its secretary Kari (Slack, UKARIn) and Ola (Teams, English, not yet a member). */
beforeEach(async () => {
  const db = t.db.prisma;
  const n = ++cast;
  const slackUserId = `UKARI${n}`;
  const conversationId = `a:dm-ola${n}`;
  kari = { id: (await db.person.create({ data: { key: `kari${n}`, name: 'Kari Nordmann', email: `kari${n}@example.no`, slackUserId } })).id, slackUserId };
  const olaRow = await db.person.create({
    data: {
      key: `ola${n}`,
      name: 'Ola Teams',
      email: `ola${n}@example.no`,
      locale: 'en',
      teamsUserId: `29:ola${n}`,
      teamsConversationRef: { channelId: 'msteams', serviceUrl: t.connector.url, conversation: { id: conversationId }, bot: { id: '28:bot' }, user: { id: `29:ola${n}` } },
    },
  });
  ola = { id: olaRow.id, conversationId };
  const slackChannelId = `C0NUIT${n}`;
  committee = { id: (await db.committee.create({ data: { key: `NUIT${n}`, name: 'NUIT', slackChannelId } })).id, slackChannelId };
  await db.membership.create({ data: { committeeId: committee.id, personId: kari.id, role: 'secretariat' } });
});
afterEach(async () => settleOutbox(t));

/** Slack posts to one channel or DM. */
const postsTo = (channel: string) => t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel);
const delivery = (id: string) => t.db.prisma.delivery.findUniqueOrThrow({ where: { id } });

describe('the outbox', () => {
  it('posts a Slack direct message once, even when the same key is sent again and the job runs twice', async () => {
    const request = { personId: kari.id, kind: 'test', idempotencyKey: 'once-1', message: message('Hei Kari') };
    const id = (await sendToPerson(t.app.services, request))!;
    await waitFor(async () => (await delivery(id)).state === 'sent', 10_000, 'delivery sent');
    await sendToPerson(t.app.services, request);
    await t.app.services.jobs.reschedule(deliverJob, { deliveryId: id }, new Date());
    await waitFor(async () => (await t.db.prisma.scheduledJob.findUnique({ where: { jobId: `deliver.${id}` } }))?.state === 'done');
    const posts = postsTo(kari.slackUserId);
    expect(posts).toHaveLength(1);
    expect(posts[0]!.args.text).toBe('Hei Kari');
    expect(await t.db.prisma.delivery.count({ where: { idempotencyKey: 'once-1' } })).toBe(1);
  });

  it('waits as long as Slack asks after a 429 and then posts', async () => {
    t.slack.failNext('chat.postMessage', { status: 429, headers: { 'retry-after': '1' }, body: { ok: false, error: 'ratelimited' } });
    const id = (await postToCommittee(t.app.services, { committeeId: committee.id, kind: 'test', idempotencyKey: 'rate-1', message: message('Saksliste') }))!;
    const sent = await waitFor(async () => ((await delivery(id)).state === 'sent' ? delivery(id) : null), 15_000, 'delivery after 429');
    const posts = postsTo(committee.slackChannelId);
    expect(posts).toHaveLength(2);
    // The second post came only after the Retry-After (1 s) the 429 asked for; the first attempt is on record.
    expect(posts[1]!.at - posts[0]!.at).toBeGreaterThanOrEqual(1000);
    expect(sent.attempts).toBe(2);
    expect(sent.lastError).toBeNull();
    expect(sent.platformConversationId).toBe(committee.slackChannelId);
  });

  it('retries after a 500 from Slack', async () => {
    t.slack.failNext('chat.postMessage', { status: 500, body: { ok: false } });
    const id = (await sendToPerson(t.app.services, { personId: kari.id, kind: 'test', idempotencyKey: 'five-hundred', message: message('Igjen') }))!;
    const sent = await waitFor(async () => ((await delivery(id)).state === 'sent' ? delivery(id) : null), 15_000, 'delivery after 500');
    expect(sent.attempts).toBe(2);
    expect(postsTo(kari.slackUserId)).toHaveLength(2);
  });

  it('tells the secretariat when the channel is archived, instead of failing in silence', async () => {
    t.slack.failNext('chat.postMessage', { status: 200, body: { ok: false, error: 'is_archived' } });
    const id = (await postToCommittee(t.app.services, { committeeId: committee.id, kind: 'agenda', idempotencyKey: 'archived-1', message: message('Saksliste') }))!;
    const failed = await waitFor(async () => ((await delivery(id)).state === 'failed' ? delivery(id) : null), 10_000, 'failed delivery');
    expect(failed.lastError).toContain('is_archived');
    const notice = await waitFor(() => postsTo(kari.slackUserId)[0], 10_000, 'notice to secretariat');
    expect(notice.args.text).toContain('fikk ikke levert');
    expect(notice.args.text).toContain('sakslisten');
    expect(notice.args.text).toContain('kanalen er arkivert (slack: is_archived)');
  });

  it('updates a posted message in place when its content is corrected', async () => {
    const id = (await postToCommittee(t.app.services, { committeeId: committee.id, kind: 'test', idempotencyKey: 'correct-1', message: message('Vedtak v1') }))!;
    const sent = await waitFor(async () => ((await delivery(id)).state === 'sent' ? delivery(id) : null));
    await updateDelivery(t.app.services, 'correct-1', message('Vedtak v2 (rettet)'));
    const update = await waitFor(() => t.slack.callsTo('chat.update').find((c) => c.args.channel === committee.slackChannelId), 10_000, 'chat.update');
    expect(update.args).toMatchObject({ ts: sent.platformMessageId, text: 'Vedtak v2 (rettet)' });
    expect(postsTo(committee.slackChannelId)).toHaveLength(1);
  });

  it('sends a Teams direct message on the stored conversation, retrying after a 429', async () => {
    t.connector.failNext({ status: 429, headers: { 'retry-after': '1' }, body: { error: { code: 'Throttled' } } });
    const id = (await sendToPerson(t.app.services, { personId: ola.id, kind: 'test', idempotencyKey: 'teams-1', message: message('Hello Ola') }))!;
    const sent = await waitFor(async () => ((await delivery(id)).state === 'sent' ? delivery(id) : null), 15_000, 'teams delivery');
    const activities = t.connector.sent().filter((c) => c.conversationId === ola.conversationId);
    expect(activities).toHaveLength(1);
    expect(activities[0]!.body.attachments[0].content.body[0].text).toBe('Hello Ola');
    expect(sent.platform).toBe('teams');
  });

  it('marks a Teams delivery to a user who removed the bot as failed and tells the secretariat', async () => {
    t.connector.failNext({ status: 403, body: { error: { code: 'BotDisabledByAdmin' } } });
    await t.db.prisma.membership.create({ data: { committeeId: committee.id, personId: ola.id, role: 'member' } });
    const id = (await sendToPerson(t.app.services, { personId: ola.id, kind: 'reminder', idempotencyKey: 'teams-403', message: message('Reminder') }))!;
    await waitFor(async () => (await delivery(id)).state === 'failed', 10_000, 'failed teams delivery');
    await waitFor(() => postsTo(kari.slackUserId).find((c) => String(c.args.text).includes('Ola Teams')), 10_000, 'notice');
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
    const notice = await waitFor(() => postsTo(kari.slackUserId).find((c) => String(c.args.text).includes('Nils Uten Konto')), 10_000, 'notice');
    expect(notice.args.text).toContain('en påminnelse om saksunderlag');
    expect(notice.args.text).toContain('verken Slack- eller Teams-id');
    expect(notice.args.text).not.toContain('paper-reminder');
    // A message of no committee is reported to every secretary; this test's Kari is told once.
    await settleOutbox(t);
    expect(postsTo(kari.slackUserId).filter((c) => String(c.args.text).includes('Nils Uten Konto'))).toHaveLength(1);
    expect(await t.db.prisma.delivery.count({ where: { kind: 'delivery_failure', personId: kari.id, idempotencyKey: { startsWith: `delivery-failure.${row.id}` } } })).toBe(1);
  });
});

describe('two workers with the same delivery job (a lost lock)', () => {
  it('posts once: the second finds the row claimed and backs off', async () => {
    const row = await t.db.prisma.delivery.create({
      data: { idempotencyKey: 'claimed-1', kind: 'test', platform: 'slack', target: kari.slackUserId, personId: kari.id, payload: message('Bare én gang'), state: 'pending' },
    });
    const results = await Promise.allSettled([deliverHandler.handle({ deliveryId: row.id }, t.app.services), deliverHandler.handle({ deliveryId: row.id }, t.app.services)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
    const refused = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
    expect(String(refused.reason)).toContain('another worker is posting');
    expect(postsTo(kari.slackUserId).filter((c) => c.args.text === 'Bare én gang')).toHaveLength(1);
    const after = await t.db.prisma.delivery.findUniqueOrThrow({ where: { id: row.id } });
    expect(after).toMatchObject({ state: 'sent', claimedAt: null, attempts: 1 });
  });
});
