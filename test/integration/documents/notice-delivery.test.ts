import { afterEach, describe, expect, it } from 'vitest';
import type { AppServices } from '../../../src/app/services.js';
import { documentDeliveryKeys } from '../../../src/documents/ids.js';
import { noticeJob } from '../../../src/documents/jobs/notice-job.js';
import { makeNotice } from '../../../src/documents/make-notice.js';
import { shareNotice } from '../../../src/documents/share-notice.js';
import type { JobSpec } from '../../../src/jobs/job-spec.js';
import { distributeAgenda } from '../../../src/meetings/distribute-agenda.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';

let t: TestApp | undefined;
afterEach(async () => {
  await t?.close();
  t = undefined;
});

const noticeUploads = (t: TestApp, prefix = 'Innkalling') => [...t.slack.uploads.values()].filter((u) => u.channelId === 'C0NUIT' && u.filename.startsWith(prefix));
/** NUIT's people read bokmål and English: one notice in each language, each marked posted once shared. */
const postedNotices = (t: TestApp, meetingId: string) => t.db.prisma.generatedDocument.count({ where: { meetingId, kind: 'notice', postedAt: { not: null } } });

describe('the notice is staged with the distribution', { timeout: 60_000 }, () => {
  it('a crash after the distribution commits, before the notice job is queued, still gives the notice (the sweep queues it)', async () => {
    t = await startTestApp({ app: { clock: () => new Date('2027-05-01T08:00:00Z'), jobSweepMs: 200 } });
    const people = await seedCommittee(t);
    const meeting = await planMeeting(t, people.committee.id, { day: '2027-05-20', place: 'Oslo' });
    await addItem(t, meeting.id, { title: 'Strategi for digital sikkerhet', presenterId: people.per.id });

    // The process "dies" when it queues the notice job: the distribution has committed, the queue never heard of it.
    const services = t.app.services;
    const jobs = new Proxy(services.jobs, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver);
        if (prop !== 'enqueue') return typeof value === 'function' ? value.bind(target) : value;
        return async (spec: JobSpec, ...rest: unknown[]) => {
          if (spec.name === noticeJob.name) throw new Error('crash before queueing the notice');
          return (value as (...args: unknown[]) => Promise<string>).call(target, spec, ...rest);
        };
      },
    });
    await expect(distributeAgenda({ ...services, jobs } as AppServices, meeting.id)).rejects.toThrow('crash before queueing the notice');
    expect((await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).distributedAt).not.toBeNull();
    expect(await t.db.prisma.scheduledJob.findUnique({ where: { jobId: noticeJob.jobId({ meetingId: meeting.id }) } })).toMatchObject({ state: 'pending' });

    const upload = await waitFor(() => noticeUploads(t!)[0], 30_000, 'the notice uploaded after the sweep');
    expect(upload.filename).toBe('Innkalling – NUIT 1/2027.docx');
    await waitFor(async () => (await postedNotices(t!, meeting.id)) === 2, 10_000, 'both notices marked posted');
    expect(noticeUploads(t)).toHaveLength(1);
    expect(noticeUploads(t, 'Notice')).toHaveLength(1);
  });
});

describe('the notice upload to Slack', { timeout: 60_000 }, () => {
  it('is not uploaded twice when the answer to files.completeUploadExternal is lost and the job runs again', async () => {
    t = await startTestApp({ app: { clock: () => new Date('2027-05-01T08:00:00Z') } });
    const people = await seedCommittee(t);
    const meeting = await planMeeting(t, people.committee.id, { day: '2027-05-20', place: 'Oslo' });
    // Slack shares the file, then the answer is a 500: the job fails and is retried.
    t.slack.failAfter('files.completeUploadExternal', { status: 500, body: { ok: false, error: 'internal_error' } });
    await distributeAgenda(t.app.services, meeting.id);

    // The bokmål notice goes first; the English one after it, in the retry.
    await waitFor(async () => (await postedNotices(t!, meeting.id)) === 2, 30_000, 'both notices marked posted after the retry');
    expect(t.slack.callsTo('files.completeUploadExternal')).toHaveLength(2);
    expect(t.slack.callsTo('files.getUploadURLExternal')).toHaveLength(2);
    expect(noticeUploads(t)).toHaveLength(1);
    expect(noticeUploads(t, 'Notice')).toHaveLength(1);
    // The retry looked for the share in the channel instead.
    expect(t.slack.callsTo('conversations.history').some((c) => c.args.channel === 'C0NUIT')).toBe(true);
    const row = await t.db.prisma.delivery.findUniqueOrThrow({ where: { idempotencyKey: documentDeliveryKeys.notice(meeting.id, 'nb', 1) } });
    const nbFileId = [...t.slack.uploads.keys()].find((id) => t!.slack.uploads.get(id)!.filename.startsWith('Innkalling'));
    expect(row).toMatchObject({ kind: 'notice-document', state: 'sent', platform: 'slack', target: 'C0NUIT', platformMessageId: nbFileId });
  });
});

describe('a notice share begun before notices were made per language', { timeout: 60_000 }, () => {
  it('finishes under its old key: neither uploaded nor posted again; the other language is shared under its own', async () => {
    t = await startTestApp({ app: { clock: () => new Date('2027-05-01T08:00:00Z') } });
    const people = await seedCommittee(t);
    const db = t.db.prisma;
    await db.committee.update({ where: { id: people.committee.id }, data: { teamsConversationId: '19:nuit@thread.tacv2' } });
    const meeting = await planMeeting(t, people.committee.id, { day: '2027-05-20', place: 'Oslo' });
    await db.meeting.update({ where: { id: meeting.id }, data: { distributedAt: new Date('2027-05-01T08:00:00Z'), state: 'distributed' } });
    // The old code made the bokmål notice, uploaded it and posted its Teams card under `notice-doc.<meeting>.v1`,
    // then stopped before marking it posted.
    const { document } = await makeNotice(t.app.services, meeting.id, 'nb');
    const legacy = documentDeliveryKeys.legacyNotice(meeting.id, 1);
    const row = { kind: 'notice-document', committeeId: people.committee.id, payload: {}, state: 'sent' as const, sentAt: new Date() };
    await db.delivery.create({ data: { ...row, idempotencyKey: legacy, platform: 'slack', target: 'C0NUIT', platformMessageId: 'FOLD', platformConversationId: 'C0NUIT' } });
    await db.delivery.create({ data: { ...row, idempotencyKey: `${legacy}.teams`, platform: 'teams', target: '19:nuit@thread.tacv2' } });

    expect(await shareNotice(t.app.services, meeting.id)).toEqual([{ locale: 'nb', version: 1 }, { locale: 'en', version: 1 }]);
    expect((await db.generatedDocument.findUniqueOrThrow({ where: { id: document.id } })).postedAt).not.toBeNull();
    expect(noticeUploads(t)).toHaveLength(0);
    expect(noticeUploads(t, 'Notice')).toHaveLength(1);
    expect(await db.delivery.count({ where: { idempotencyKey: { startsWith: documentDeliveryKeys.notice(meeting.id, 'nb', 1) } } })).toBe(0);
    expect(await db.delivery.count({ where: { idempotencyKey: { startsWith: documentDeliveryKeys.notice(meeting.id, 'en', 1) } } })).toBe(2);
  });
});
