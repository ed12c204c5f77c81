import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { createMeeting } from '../../../src/meetings/create-meeting.js';
import { resyncMeetings } from '../../../src/meetings/resync-meetings.js';
import { publishDecisionsJob } from '../../../src/decisions/jobs/publish-decisions-job.js';
import { startTestApp, type TestApp } from '../../helpers/start-test-app.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';

let t: TestApp;
let clock: Date;

beforeEach(async () => {
  clock = new Date('2021-03-01T08:00:00Z');
  // No worker: the test looks at what a restart leaves queued, not at what runs.
  t = await startTestApp({ app: { clock: () => clock, worker: false } });
});
afterEach(async () => t?.close());

describe('a restart after the bot was down', () => {
  it('keeps jobs that fell due meanwhile, and leaves other capabilities’ jobs about the meeting alone', async () => {
    const people = await seedCommittee(t);
    const meeting = await createMeeting(t.app.services, { committeeId: people.committee.id, startsAt: instantAt('2021-05-20', '10:00'), endsAt: instantAt('2021-05-20', '13:00'), place: 'Oslo', videoLink: null });
    await t.app.services.jobs.enqueue(publishDecisionsJob, { meetingId: meeting.id }, { runAt: instantAt('2021-05-21', '15:00') });
    // The bot was down from before the paper deadline (4 May 12:00) until 6 May.
    clock = new Date('2021-05-06T08:00:00Z');
    await resyncMeetings(t.app.services);
    const paperDeadline = await t.db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: `milestone.${meeting.id}.paper_deadline` } });
    expect(paperDeadline.state).toBe('pending');
    expect(await t.app.queue.getJob(paperDeadline.jobId)).toBeDefined();
    const publish = await t.db.prisma.scheduledJob.findUniqueOrThrow({ where: { jobId: `decisions.${meeting.id}` } });
    expect(publish.state).toBe('pending');
  });
});
