import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { cancelMeeting } from '../../../src/meetings/cancel-meeting.js';
import { createMeeting } from '../../../src/meetings/create-meeting.js';
import { escalationJob, milestoneJob, reminderJob } from '../../../src/meetings/jobs/meeting-jobs.js';
import { rescheduleMeeting } from '../../../src/meetings/reschedule-meeting.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { handInPaper } from '../../helpers/fixtures/hand-in-paper.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { settleOutbox } from '../../helpers/fixtures/settle-outbox.js';

let t: TestApp;
let people: Awaited<ReturnType<typeof seedCommittee>>;
const now = new Date('2021-03-01T08:00:00Z');
const oslo = (day: string, time: string) => instantAt(day, time).toISOString();

// Each test gets its own app and database, and builds the meeting it needs itself.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now } });
  people = await seedCommittee(t);
});
afterEach(async () => t?.close());

const services = () => t.app.services;
const mirror = (jobId: string) => t.db.prisma.scheduledJob.findUnique({ where: { jobId } });
/** Runs a scheduled job now (as if its time had come) and waits until the worker has done it. */
async function runNow(definition: typeof milestoneJob | typeof reminderJob | typeof escalationJob, payload: any) {
  const jobId = await services().jobs.reschedule(definition as any, payload, now);
  await waitFor(async () => (await mirror(jobId))?.state === 'done', 10_000, `job ${jobId}`);
}
const deliveries = (prefix: string) => t.db.prisma.delivery.findMany({ where: { idempotencyKey: { startsWith: prefix } } });
const delayedOf = async (meetingId: string) => (await t.app.queue.getDelayed(0, 1000)).filter((j) => j.data?.meetingId === meetingId);

/** NUIT 2/2021 on 20 May 2021 (NUIT 1/2021 was on 18 February), as the first test creates it. */
async function planNuit2() {
  await planMeeting(t, people.committee.id, { day: '2021-02-18' });
  return (await planMeeting(t, people.committee.id, { day: '2021-05-20', videoLink: 'https://video.example.no/nuit' })).id;
}
/** Two items: Per's paper is in, Siri's is missing. */
async function addItems(meetingId: string) {
  const withPaper = (await addItem(t, meetingId, { title: 'Strategi', presenterId: people.per.id })).id;
  const withoutPaper = (await addItem(t, meetingId, { title: 'Porteføljen', presenterId: people.siri.id })).id;
  await handInPaper(t, { itemId: withPaper, personId: people.per.id, title: 'Toppnotat', links: ['https://docs.example.no/1'] });
  return { withPaper, withoutPaper };
}

describe('the jobs of NUIT 2/2021 (20 May 2021) against real PostgreSQL and Redis', () => {
  it('numbers meetings per year, queues only what is still ahead, and persists the NUIT 2/2021 schedule', async () => {
    const first = await createMeeting(services(), { committeeId: people.committee.id, startsAt: new Date(oslo('2021-02-18', '10:00')), endsAt: new Date(oslo('2021-02-18', '13:30')), place: '', videoLink: null });
    // 18 February has passed: only its draft minutes (4 March) are still ahead of the clock.
    expect((await delayedOf(first.id)).map((j) => j.id)).toEqual([`milestone.${first.id}.draft_minutes`]);
    const meeting = await createMeeting(services(), { committeeId: people.committee.id, startsAt: new Date(oslo('2021-05-20', '10:00')), endsAt: new Date(oslo('2021-05-20', '13:30')), place: '', videoLink: 'https://video.example.no/nuit' });
    const meetingId = meeting.id;
    expect([meeting.number, meeting.year, meeting.previousMeetingId]).toEqual([2, 2021, first.id]);
    expect(meeting.agendaItems.map((i) => i.caseNumber)).toEqual([4, 5, 6]);

    const deadlines = await t.db.prisma.deadline.findMany({ where: { meetingId }, orderBy: { dueAt: 'asc' } });
    expect(deadlines.map((d) => [d.milestone, d.dueAt.toISOString()])).toEqual([
      ['call_for_items', oslo('2021-04-06', '09:00')],
      ['agenda_set', oslo('2021-04-20', '09:00')],
      ['paper_deadline', oslo('2021-05-04', '12:00')],
      ['distribute_agenda', oslo('2021-05-11', '09:00')],
      ['member_reminder', oslo('2021-05-19', '09:00')],
      ['decision_summary', oslo('2021-05-21', '15:00')],
      ['draft_minutes', oslo('2021-06-04', '09:00')],
    ]);
    for (const deadline of deadlines) {
      expect(deadline.jobId).toBe(`milestone.${meetingId}.${deadline.milestone}`);
      const job = await t.app.queue.getJob(deadline.jobId!);
      expect(await job!.getState()).toBe('delayed');
      expect(job!.opts.delay).toBe(deadline.dueAt.getTime() - now.getTime());
      expect((await mirror(deadline.jobId!))!.runAt.toISOString()).toBe(deadline.dueAt.toISOString());
    }
    // Reminders 27 April and 3 May at 09:00, the notice and digest on 5 May.
    expect((await mirror(`reminder.${meetingId}.paper_deadline.0`))!.runAt.toISOString()).toBe(oslo('2021-04-27', '09:00'));
    expect((await mirror(`reminder.${meetingId}.paper_deadline.1`))!.runAt.toISOString()).toBe(oslo('2021-05-03', '09:00'));
    expect((await mirror(`escalation.${meetingId}.paper_deadline`))!.runAt.toISOString()).toBe(oslo('2021-05-05', '09:00'));
    const pending = await t.db.prisma.scheduledJob.count({ where: { subjectType: 'meeting', subjectId: meetingId, state: 'pending' } });
    expect(await delayedOf(meetingId)).toHaveLength(pending);
  });

  it('stops the reminders of an item once its paper is in; the others are reminded once, however often the job runs', async () => {
    const meetingId = await planNuit2();
    const { withPaper, withoutPaper } = await addItems(meetingId);
    const payload = { meetingId, milestone: 'paper_deadline', action: 'paper_deadline', index: 0, to: 'presenters' };
    await runNow(reminderJob, payload);
    await runNow(reminderJob, payload);
    expect(await deliveries(`reminder.${meetingId}.paper_deadline.0.${withPaper}`)).toHaveLength(0);
    expect(await deliveries(`reminder.${meetingId}.paper_deadline.0.${withoutPaper}`)).toHaveLength(1);
    // An empty list is truthy to waitFor: wait for the outbox to be done instead.
    await settleOutbox(t);
    const reminder = await waitFor(() => t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'USIRI' && String(c.args.text).startsWith('Påminnelse')));
    expect(reminder).toHaveLength(1);
    expect(t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'UPER' && String(c.args.text).startsWith('Påminnelse'))).toHaveLength(0);
  });

  it('the day after the deadline, tells each late presenter and sends one digest to each of the secretariat', async () => {
    const meetingId = await planNuit2();
    await addItems(meetingId);
    const payload = { meetingId, milestone: 'paper_deadline', action: 'paper_deadline', to: ['presenters', 'secretariat'] };
    await runNow(escalationJob, payload);
    await runNow(escalationJob, payload);
    expect((await deliveries(`late.${meetingId}.`)).map((d) => d.personId)).toEqual([people.siri.id]);
    const digests = await deliveries(`late-digest.${meetingId}.`);
    expect(digests.map((d) => d.personId).sort()).toEqual([people.kari.id, people.emma.id].sort());
    const digest = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UKARI' && String(c.args.text).startsWith('Manglende saksunderlag')));
    expect(digest.args.text).toContain('Porteføljen – Siri Medlem');
    expect(digest.args.text).not.toContain('Strategi');
  });

  it('posts the agenda to the committee channel once, even when the distribution job runs twice', async () => {
    const meetingId = await planNuit2();
    await addItems(meetingId);
    const payload = { meetingId, milestone: 'distribute_agenda', action: 'distribute_agenda' };
    await runNow(milestoneJob, payload);
    await runNow(milestoneJob, payload);
    await waitFor(async () => (await deliveries(`agenda.${meetingId}`))[0]?.state === 'sent');
    const posts = t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0NUIT');
    expect(posts).toHaveLength(1);
    expect(JSON.stringify(posts[0]!.args.blocks)).toContain('⏳ Saksunderlag ettersendes');
    const meeting = await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } });
    expect(meeting.state).toBe('distributed');
    expect((await t.db.prisma.deadline.findUniqueOrThrow({ where: { meetingId_milestone: { meetingId, milestone: 'distribute_agenda' } } })).state).toBe('done');
  });

  it('moves every pending deadline and reminder with the meeting: none lost, none doubled, nothing already run queued again', async () => {
    const meetingId = await planNuit2();
    await addItems(meetingId);
    // The first reminder, the late notices and the distribution have run.
    await runNow(reminderJob, { meetingId, milestone: 'paper_deadline', action: 'paper_deadline', index: 0, to: 'presenters' });
    await runNow(escalationJob, { meetingId, milestone: 'paper_deadline', action: 'paper_deadline', to: ['presenters', 'secretariat'] });
    await runNow(milestoneJob, { meetingId, milestone: 'distribute_agenda', action: 'distribute_agenda' });
    await settleOutbox(t);
    const before = await t.db.prisma.scheduledJob.findMany({ where: { subjectType: 'meeting', subjectId: meetingId } });
    const done = before.filter((j) => j.state === 'done').map((j) => j.jobId).sort();
    expect(done).toEqual([`escalation.${meetingId}.paper_deadline`, `milestone.${meetingId}.distribute_agenda`, `reminder.${meetingId}.paper_deadline.0`].sort());

    await rescheduleMeeting(services(), meetingId, { startsAt: new Date(oslo('2021-06-10', '10:00')), endsAt: new Date(oslo('2021-06-10', '13:30')) });
    const paperDeadline = await t.db.prisma.deadline.findUniqueOrThrow({ where: { meetingId_milestone: { meetingId, milestone: 'paper_deadline' } } });
    expect(paperDeadline.dueAt.toISOString()).toBe(oslo('2021-05-27', '12:00'));

    const after = await t.db.prisma.scheduledJob.findMany({ where: { subjectType: 'meeting', subjectId: meetingId } });
    expect(after).toHaveLength(before.length);
    expect(after.filter((j) => j.state === 'done').map((j) => j.jobId).sort()).toEqual(done);
    const pending = after.filter((j) => j.state === 'pending');
    expect(pending).toHaveLength(before.length - done.length);
    const delayed = await delayedOf(meetingId);
    expect(delayed.map((j) => j.id).sort()).toEqual(pending.map((j) => j.jobId).sort());
    for (const job of delayed) {
      const row = pending.find((p) => p.jobId === job.id)!;
      expect(job.opts.delay).toBe(row.runAt.getTime() - now.getTime());
    }
    expect((await t.app.queue.getJob(`reminder.${meetingId}.paper_deadline.1`))!.opts.delay).toBe(new Date(oslo('2021-05-26', '09:00')).getTime() - now.getTime());
    await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'USIRI' && String(c.args.text).includes('er flyttet til torsdag 10. juni 2021')));
   }, 60_000); // it first runs three jobs to get there

  it('cancels: no job left in Redis, every mirror row and deadline closed, presenters and members told once', async () => {
    const meetingId = await planNuit2();
    await addItems(meetingId);
    await cancelMeeting(services(), meetingId, 'Saken er ikke moden.');
    await cancelMeeting(services(), meetingId, 'Saken er ikke moden.');
    expect(await delayedOf(meetingId)).toHaveLength(0);
    expect(await t.db.prisma.scheduledJob.count({ where: { subjectType: 'meeting', subjectId: meetingId, state: 'pending' } })).toBe(0);
    expect(await t.db.prisma.deadline.count({ where: { meetingId, state: 'pending' } })).toBe(0);
    // The notices are written by the fan-out job, after the turn.
    const notices = await waitFor(async () => { const rows = await deliveries(`cancelled.${meetingId}.`); return rows.length === 3 ? rows : null; }, 10_000, 'three notices');
    expect(notices.map((d) => d.personId).sort()).toEqual([people.per.id, people.ola.id, people.siri.id].sort());
    const toOla = await waitFor(() => t.connector.sent().find((c) => c.conversationId === 'a:dm-29:ola' && JSON.stringify(c.body).includes('is cancelled')));
    expect(JSON.stringify(toOla.body)).toContain('Saken er ikke moden.');
  });
});
