import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { MeetingFormIds } from '../../../src/meetings/ids.js';
import { waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { runScheduledJob, testClock } from '../dependencies/dependency-fixtures.js';
import { meetingEdges, startCommitteeApp } from './edge-helpers.js';

/**
 * A meeting planned at short notice runs its past `agenda_set` / `distribute_agenda` after a grace of two hours,
 * capped an hour before the start (docs/meetings.md, "Short notice"). Moving it during the grace re-computes the
 * late jobs from the new start (the grace it got is kept), in place: one mirror row and one queued copy each.
 */
let t: TestApp;
let e: ReturnType<typeof meetingEdges>;
let people: Awaited<ReturnType<typeof seedCommittee>>;
const emma = { id: '29:emma', aadObjectId: 'aad-emma' };
// Monday 8 February 2027, 09:00 in Oslo.
const clock = testClock('2027-02-08T08:00:00Z');
const at = (iso: string) => new Date(iso).getTime();

beforeEach(async () => {
  ({ t, e, people } = await startCommitteeApp(clock, '2027-02-08T08:00:00Z'));
}, 90_000);
afterEach(async () => t?.close());

const slackSaid = (res: { json?: unknown }) => [JSON.stringify(res.json ?? {}), ...t.slack.calls.map((c) => JSON.stringify(c.args))];
const slackForm = (day: string, start: string, end: string) => ({ ...e.date(day), ...e.time('start', start), ...e.time('end', end), ...e.text('place', 'Oslo'), ...e.text('videoLink', '') });
const mirror = (meetingId: string, milestone: string) => t.db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: `milestone.${meetingId}.${milestone}` } });
/** Every copy of the job BullMQ holds, by id: a move must leave exactly one. */
const copies = async (jobId: string) => (await t.app.queue.getJobs(['delayed', 'wait', 'prioritized', 'active'])).filter((j) => j.id === jobId).length;
const deadlines = async (meetingId: string) =>
  Object.fromEntries((await t.db.prisma.deadline.findMany({ where: { meetingId } })).map((d) => [d.milestone, d.state]));

async function planOnSlack(day: string, start: string, end: string) {
  const res = await e.submit('UKARI', MeetingFormIds.meeting, { committeeId: people.committee.id }, slackForm(day, start, end));
  await waitFor(() => slackSaid(res).find((s) => s.includes('Møte NUIT 1/2027 er opprettet')), 15_000, 'planned');
  return t.db.prisma.meeting.findFirstOrThrow();
}

describe('moving a short-notice meeting during its grace', () => {
  it('Slack (bokmål): moved EARLIER, the late jobs move to an hour before the new start, once each, and the answer says when; then they post the agenda once', async () => {
    // Planned for Thursday 11 February 10:00: the late jobs run at 11:00 in Oslo (the grace).
    const meeting = await planOnSlack('2027-02-11', '10:00', '13:30');
    expect((await mirror(meeting.id, 'distribute_agenda')).runAt.getTime()).toBe(at('2027-02-08T10:00:00Z') + 1);

    // Half an hour into the grace, it is moved to today 11:30: an hour before is 10:30 in Oslo, before the grace ends.
    clock.set('2027-02-08T08:30:00Z');
    t.slack.reset();
    const res = await e.submit('UKARI', MeetingFormIds.move, { meetingId: meeting.id }, slackForm('2027-02-08', '11:30', '13:00'));
    const told = await waitFor(() => slackSaid(res).find((s) => s.includes('Møte NUIT 1/2027 er flyttet til')), 15_000, 'move answer');
    // Some milestones passed with the move: the first sentence claims only those still ahead moved.
    expect(told).toMatch(/Møte NUIT 1\/2027 er flyttet til [^"]*?\. Fristene og påminnelsene som ennå ligger foran er flyttet med[,.]/);
    expect(told).not.toContain('Alle frister og påminnelser er flyttet med');
    expect(told).toContain('Dagsorden fastsatt og Innkalling og sakspapirer sendes ut kjøres kl. 10.30');
    expect(told).toContain('Sakslisten sendes ut kl. 10.30');
    expect(told).not.toContain('kl. 11.00');
    // The member reminder (Wednesday) is now past too: skipped, and said so.
    expect(told).toContain('Påminnelse');
    expect(told).toContain('er hoppet over fordi fristen har passert');

    const newRun = at('2027-02-08T09:30:00Z');
    const agendaSet = await mirror(meeting.id, 'agenda_set');
    const distribute = await mirror(meeting.id, 'distribute_agenda');
    expect([agendaSet.runAt.getTime(), distribute.runAt.getTime()]).toEqual([newRun, newRun + 1]);
    expect([agendaSet.state, distribute.state]).toEqual(['pending', 'pending']);
    // The grace it got at planning is kept in the payload (version 2), not restarted by the move.
    expect(distribute.payload).toMatchObject({ graceEndsAt: '2027-02-08T10:00:00.000Z' });
    expect(distribute.payloadVersion).toBe(2);
    expect(await copies(`milestone.${meeting.id}.distribute_agenda`)).toBe(1);
    expect(await copies(`milestone.${meeting.id}.agenda_set`)).toBe(1);
    expect((await t.app.queue.getJob(`milestone.${meeting.id}.distribute_agenda`))!.opts.delay).toBe(newRun + 1 - at('2027-02-08T08:30:00Z'));
    expect(await deadlines(meeting.id)).toMatchObject({ agenda_set: 'pending', distribute_agenda: 'pending', member_reminder: 'cancelled' });

    // At 10.30 they run: the agenda is posted once, with the new time.
    await runScheduledJob(t, clock, `milestone.${meeting.id}.agenda_set`);
    await runScheduledJob(t, clock, `milestone.${meeting.id}.distribute_agenda`);
    expect(clock.clock().getTime()).toBe(newRun + 1);
    const agenda = JSON.stringify((await waitFor(() => e.postsTo('C0NUIT')[0], 15_000, 'agenda posted')).args.blocks);
    expect(agenda).toContain('Saksliste – NUIT 1/2027');
    expect(agenda).toContain('11.30');
    expect(e.postsTo('C0NUIT')).toHaveLength(1);
    expect((await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).state).toBe('distributed');
  }, 90_000);

  it('Teams (English): moved LATER, a job capped by the old start runs at the end of the grace, never later; moved within the grace it runs at once', async () => {
    // Planned for today 11:30 (10:30 UTC): capped an hour before, at 10:30 in Oslo, before the grace ends at 11:00.
    const plan = await e.submitCard(emma, MeetingFormIds.meeting, { committeeId: people.committee.id }, { date: '2027-02-08', start: '11:30', end: '13:00', place: 'Oslo', videoLink: '' });
    expect(JSON.stringify(plan.json)).toContain('run at 10:30');
    const meeting = await t.db.prisma.meeting.findFirstOrThrow();
    expect((await mirror(meeting.id, 'distribute_agenda')).runAt.getTime()).toBe(at('2027-02-08T09:30:00Z') + 1);

    // Moved to 14:00 the same day: the cap is 13:00, so the grace's end (11:00) decides, not a new grace.
    clock.set('2027-02-08T08:30:00Z');
    const later = await e.submitCard(emma, MeetingFormIds.move, { meetingId: meeting.id }, { date: '2027-02-08', start: '14:00', end: '15:00', place: 'Oslo', videoLink: '' });
    const told = JSON.stringify(later.json);
    expect(told).toContain('Meeting NUIT 1/2027 is moved to');
    expect(told).toMatch(/is moved to [^"]*?\. The deadlines and reminders still ahead moved with it[,.]/);
    expect(told).not.toContain('Every deadline and reminder moved with it');
    expect(told).toContain('Agenda set and Agenda and papers distributed run at 11:00');
    expect(told).toContain('The agenda is sent at 11:00');
    expect((await mirror(meeting.id, 'agenda_set')).runAt.getTime()).toBe(at('2027-02-08T10:00:00Z'));
    expect((await mirror(meeting.id, 'distribute_agenda')).runAt.getTime()).toBe(at('2027-02-08T10:00:00Z') + 1);
    expect(await copies(`milestone.${meeting.id}.distribute_agenda`)).toBe(1);

    // Moved back to 10:45, within the grace and the margin: the late jobs run at once (the start is under an hour away).
    clock.set('2027-02-08T09:00:00Z');
    const soon = await e.submitCard(emma, MeetingFormIds.move, { meetingId: meeting.id }, { date: '2027-02-08', start: '10:45', end: '12:00', place: 'Oslo', videoLink: '' });
    expect(JSON.stringify(soon.json)).toContain('Agenda set and Agenda and papers distributed runs now');
    expect((await mirror(meeting.id, 'distribute_agenda')).runAt.getTime()).toBe(at('2027-02-08T09:00:00Z') + 1);
    expect(await copies(`milestone.${meeting.id}.distribute_agenda`)).toBe(1);
    await waitFor(async () => (await mirror(meeting.id, 'distribute_agenda')).state === 'done', 15_000, 'distributed at once');
    await waitFor(() => e.postsTo('C0NUIT')[0], 15_000, 'agenda posted');
    expect(e.postsTo('C0NUIT')).toHaveLength(1);
  }, 90_000);

  it('Slack: moved so far LATER that no milestone has passed, every job returns to its cycle time and the skipped deadlines are pending again', async () => {
    const meeting = await planOnSlack('2027-02-11', '10:00', '13:30');
    expect(await deadlines(meeting.id)).toMatchObject({ call_for_items: 'cancelled', paper_deadline: 'cancelled' });

    clock.set('2027-02-08T08:30:00Z');
    t.slack.reset();
    const res = await e.submit('UKARI', MeetingFormIds.move, { meetingId: meeting.id }, slackForm('2027-04-22', '10:00', '13:30'));
    const told = await waitFor(() => slackSaid(res).find((s) => s.includes('Møte NUIT 1/2027 er flyttet til')), 15_000, 'move answer');
    expect(told).toContain('Alle frister og påminnelser er flyttet med');
    expect(told).not.toContain('som ennå ligger foran');
    expect(told).not.toContain('kort varslet');

    const rows = await t.db.prisma.deadline.findMany({ where: { meetingId: meeting.id } });
    for (const d of rows) {
      expect(d.state, d.milestone).toBe('pending');
      expect(d.dueAt.getTime(), d.milestone).toBeGreaterThan(clock.clock().getTime());
      const job = await mirror(meeting.id, d.milestone);
      expect(job.runAt.getTime(), d.milestone).toBe(d.dueAt.getTime());
      expect(job.state, d.milestone).toBe('pending');
      expect(job.payload, d.milestone).not.toHaveProperty('graceEndsAt');
      expect(await copies(job.jobId), d.milestone).toBe(1);
    }
    // Nothing goes out at the end of the old grace.
    expect(rows.find((r) => r.milestone === 'distribute_agenda')!.dueAt.getTime()).toBeGreaterThan(instantAt('2027-04-01', '00:00').getTime());
    expect(e.postsTo('C0NUIT')).toHaveLength(0);
  }, 90_000);

  it('Slack: a meeting planned weeks ahead and moved INTO short notice gets a grace from the move: the agenda is not lost, the passed deadlines are skipped and named', async () => {
    const meeting = await planOnSlack('2027-04-22', '10:00', '13:30');
    expect((await mirror(meeting.id, 'distribute_agenda')).runAt.getTime()).toBeGreaterThan(at('2027-04-01T00:00:00Z'));

    t.slack.reset();
    const res = await e.submit('UKARI', MeetingFormIds.move, { meetingId: meeting.id }, slackForm('2027-02-11', '10:00', '13:30'));
    const told = await waitFor(() => slackSaid(res).find((s) => s.includes('Møte NUIT 1/2027 er flyttet til')), 15_000, 'move answer');
    expect(told).toContain('Fristene og påminnelsene som ennå ligger foran er flyttet med');
    expect(told).not.toContain('Alle frister og påminnelser er flyttet med');
    expect(told).toContain('Dagsorden fastsatt og Innkalling og sakspapirer sendes ut kjøres kl. 11.00');
    expect(told).toContain('Innmelding av saker og Frist for saksunderlag er hoppet over fordi fristen har passert');
    const grace = at('2027-02-08T10:00:00Z');
    expect((await mirror(meeting.id, 'agenda_set')).runAt.getTime()).toBe(grace);
    expect((await mirror(meeting.id, 'distribute_agenda')).runAt.getTime()).toBe(grace + 1);
    expect((await mirror(meeting.id, 'distribute_agenda')).payload).toMatchObject({ graceEndsAt: '2027-02-08T10:00:00.000Z' });
    expect(await copies(`milestone.${meeting.id}.distribute_agenda`)).toBe(1);
    expect((await mirror(meeting.id, 'paper_deadline')).state).toBe('cancelled');
    expect(await deadlines(meeting.id)).toMatchObject({ call_for_items: 'cancelled', paper_deadline: 'cancelled', agenda_set: 'pending', distribute_agenda: 'pending', member_reminder: 'pending' });
  }, 90_000);
});
