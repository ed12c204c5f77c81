import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { createMeeting } from '../../../src/meetings/create-meeting.js';
import { MeetingActionIds, MeetingFormIds } from '../../../src/meetings/ids.js';
import { milestoneJob } from '../../../src/meetings/jobs/meeting-jobs.js';
import { saveAgendaItem } from '../../../src/meetings/save-agenda-item.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { meetingEdges } from './edge-helpers.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';

let t: TestApp;
let e: ReturnType<typeof meetingEdges>;
let people: Awaited<ReturnType<typeof seedCommittee>>;
const now = new Date('2021-03-01T08:00:00Z');
const emma = { id: '29:emma', aadObjectId: 'aad-emma' };
const oslo = (day: string, time: string) => instantAt(day, time).toISOString();

// Each test gets its own app and database, and creates the meetings it needs itself.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now } });
  e = meetingEdges(t);
  people = await seedCommittee(t);
});
afterEach(async () => t?.close());

const create = (day: string, videoLink: string | null = null) =>
  createMeeting(t.app.services, { committeeId: people.committee.id, startsAt: instantAt(day, '10:00'), endsAt: instantAt(day, '13:30'), place: videoLink ? '' : 'Oslo', videoLink });
const paperDeadline = async (meetingId: string) =>
  (await t.db.prisma.deadline.findUniqueOrThrow({ where: { meetingId_milestone: { meetingId, milestone: 'paper_deadline' } } })).dueAt.toISOString();
const delayOf = async (jobId: string) => (await t.app.queue.getJob(jobId))!.opts.delay;
/**
 * The meetings of 2021 the tests below assume came first (numbers and case numbers run per committee and year):
 * NUIT 1/2021 on 20 May and 2/2021 on 16 September, then 3/2021 on 16 December with item 9/21 "Årsplan" (case numbers follow the agenda order, "eventuelt" last).
 */
async function earlierMeetings(count: 1 | 3) {
  await create('2021-05-20');
  if (count === 1) return;
  await create('2021-09-16');
  const december = await create('2021-12-16');
  await addItem(t, december.id, { type: 'information', title: 'Årsplan' });
}
const slackMoveValues = (day: string) => ({ ...e.date(day), ...e.time('start', '10:00'), ...e.time('end', '13:30'), ...e.text('place', 'Oslo'), ...e.text('videoLink', '') });

describe('moving a meeting through the Slack move form', () => {
  let meetingId: string;

  beforeEach(async () => {
    meetingId = (await create('2021-05-20')).id;
  });

  it('opens the form pre-filled from the status button', async () => {
    await e.click('UKARI', MeetingActionIds.moveMeeting, { meetingId });
    const view = await waitFor(() => t.slack.callsTo('views.open').find((c) => c.args.view.callback_id === MeetingFormIds.move), 10_000, 'move form')!;
    const text = JSON.stringify(view.args.view);
    expect(text).toContain('Flytt møtet');
    expect(text).toContain('2021-05-20');
  });

  it('refuses a date in the past on the date field and moves nothing', async () => {
    const jobId = `milestone.${meetingId}.paper_deadline`;
    const delay = await delayOf(jobId);
    const res = await e.submit('UKARI', MeetingFormIds.move, { meetingId }, slackMoveValues('2021-02-26'));
    // Slack keeps the modal open with the typed values; only the date field gets the message.
    expect(res.json.response_action).toBe('errors');
    expect(res.json.errors).toEqual({ date: 'Datoen har allerede vært.' });
    expect((await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: meetingId } })).startsAt.toISOString()).toBe(oslo('2021-05-20', '10:00'));
    expect(await paperDeadline(meetingId)).toBe(oslo('2021-05-04', '12:00'));
    expect(await delayOf(jobId)).toBe(delay);
  });

  it('moves the meeting, its deadlines and its queued jobs on a valid date', async () => {
    const res = await e.submit('UKARI', MeetingFormIds.move, { meetingId }, slackMoveValues('2021-06-10'));
    expect(res.json?.response_action).toBeUndefined();
    expect(await paperDeadline(meetingId)).toBe(oslo('2021-05-27', '12:00'));
    expect(await delayOf(`milestone.${meetingId}.paper_deadline`)).toBe(new Date(oslo('2021-05-27', '12:00')).getTime() - now.getTime());
    expect((await t.db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: `reminder.${meetingId}.paper_deadline.1` } })).runAt.toISOString()).toBe(oslo('2021-05-26', '09:00'));
    const confirmation = await waitFor(() => e.postsTo('UKARI').find((c) => String(c.args.text).includes('er flyttet til torsdag 10. juni 2021')), 10_000, 'confirmation');
    expect(confirmation.args.text).toContain('Alle frister og påminnelser er flyttet med');
  });
});

describe('moving a meeting through the Teams move card', () => {
  let meetingId: string;

  beforeEach(async () => {
    await earlierMeetings(1);
    meetingId = (await create('2021-09-16')).id;
  });

  it('returns the card with the error under the date and every typed value kept', async () => {
    const typed = { date: '2021-01-14', start: '12:00', end: '15:00', place: 'Thon Hotel Opera', videoLink: '' };
    const res = await e.submitCard(emma, MeetingFormIds.move, { meetingId }, typed);
    const card = res.json.value;
    expect((card.body as any[]).filter((b) => b.color === 'Attention').map((b) => b.text)).toEqual(['That date has passed.']);
    const { videoLink: _empty, ...kept } = typed;
    expect(e.inputsOf(card)).toMatchObject(kept);
    expect(card.actions[0].data._context).toEqual({ meetingId });
    expect(await paperDeadline(meetingId)).toBe(oslo('2021-09-02', '12:00'));
  });

  it('moves the meeting and its jobs on a valid date', async () => {
    const res = await e.submitCard(emma, MeetingFormIds.move, { meetingId }, { date: '2021-09-23', start: '12:00', end: '15:00', place: 'Thon Hotel Opera', videoLink: '' });
    expect(res.json.value.body[0].text).toBe('Meeting NUIT 2/2021 is moved to Thursday 23 September 2021, 12:00–15:00. Every deadline and reminder moved with it, and 2 people are told.');
    expect(await paperDeadline(meetingId)).toBe(oslo('2021-09-09', '12:00'));
    expect(await delayOf(`milestone.${meetingId}.paper_deadline`)).toBe(new Date(oslo('2021-09-09', '12:00')).getTime() - now.getTime());
    const notice = await waitFor(() => e.cardsTo('a:dm-29:ola').find((c) => JSON.stringify(c).includes('is moved to Thursday 23 September 2021')), 10_000, 'notice to Ola');
    expect(notice).toBeTruthy();
  });
});

describe('a meeting moved into another year keeps its number (docs/meetings.md)', () => {
  it('NUIT 3/2021 moved from December to January stays 3/2021; the next meeting created in 2022 is 1/2022', async () => {
    await earlierMeetings(1);
    await create('2021-09-16');
    const december = await create('2021-12-16');
    expect([december.number, december.year]).toEqual([3, 2021]);
    const res = await e.submit('UKARI', MeetingFormIds.move, { meetingId: december.id }, slackMoveValues('2022-01-13'));
    expect(res.json?.response_action).toBeUndefined();
    const moved = await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: december.id } });
    expect([moved.number, moved.year, moved.startsAt.toISOString()]).toEqual([3, 2021, oslo('2022-01-13', '10:00')]);
    // Its cases keep running in the 2021 series, even one added after the move.
    const item = await saveAgendaItem(t.app.services, { meetingId: december.id }, { type: 'information', title: 'Årsplan', presenterId: null, proposedDecision: null, plannedStart: null });
    expect([item.caseNumber, item.caseYear]).toEqual([9, 2021]);
    const february = await create('2022-02-10');
    expect([february.number, february.year, february.previousMeetingId]).toEqual([1, 2022, december.id]);
    const status = await e.slash('UKARI', 'møte status NUIT 3/2021');
    expect(JSON.stringify(status.json.blocks)).toContain('Status for NUIT 3/2021');
  });
});

describe('the member reminder before the meeting', () => {
  it('sends each member the time, the video link and the agenda, in their language, with the attendance buttons', async () => {
    await earlierMeetings(3);
    const meeting = await create('2021-11-18', 'https://video.example.no/nuit');
    await saveAgendaItem(t.app.services, { meetingId: meeting.id }, { type: 'discussion', title: 'Nasjonal e-helseportefølje', presenterId: people.per.id, proposedDecision: 'NUIT tar saken til orientering.', plannedStart: null });
    const payload = { meetingId: meeting.id, milestone: 'member_reminder', action: 'member_reminder' as const };
    const jobId = await t.app.services.jobs.reschedule(milestoneJob, payload, now);
    await waitFor(async () => (await t.db.prisma.scheduledJob.findUnique({ where: { jobId } }))?.state === 'done', 10_000, 'member reminder job');

    const toSiri = await waitFor(() => e.postsTo('USIRI').find((c) => String(c.args.text).startsWith(`Påminnelse: NUIT ${meeting.number}/2021`)), 10_000, 'Slack reminder');
    const nb = JSON.stringify(toSiri.args.blocks);
    for (const part of ['torsdag 18. november 2021 kl. 10.00–13.30', 'Videomøte', 'https://video.example.no/nuit', 'Sak 9/21 Nasjonal e-helseportefølje', 'Forslag til vedtak: NUIT tar saken til orientering.', 'Eventuelt', MeetingActionIds.attending]) {
      expect(nb).toContain(part);
    }
    const toOla = await waitFor(() => e.cardsTo('a:dm-29:ola').find((c) => JSON.stringify(c).includes(`Reminder: NUIT ${meeting.number}/2021`)), 10_000, 'Teams reminder');
    const en = JSON.stringify(toOla);
    for (const part of ['Thursday 18 November 2021, 10:00–13:30', 'Video meeting', 'https://video.example.no/nuit', 'Item 9/21 Nasjonal e-helseportefølje', 'Any other business', MeetingActionIds.deputy]) {
      expect(en).toContain(part);
    }
    expect(e.postsTo('UKARI').filter((c) => String(c.args.text).startsWith('Påminnelse: NUIT'))).toHaveLength(0);
  });
});
