import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { loadCycles } from '../../../src/cycles/load-cycles.js';
import { createMeeting } from '../../../src/meetings/create-meeting.js';
import { resyncMeetings } from '../../../src/meetings/resync-meetings.js';
import { startTestApp, type TestApp } from '../../helpers/start-test-app.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';

let t: TestApp;
let dir: string;
const now = new Date('2021-03-01T08:00:00Z');

beforeAll(async () => {
  t = await startTestApp({ app: { clock: () => now } });
  dir = await mkdtemp(path.join(tmpdir(), 'saksgang-workflows-'));
});
afterAll(async () => {
  await t?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('resyncMeetings after a changed cycle file', () => {
  it('moves the paper deadline and its jobs to the new offset, without duplicates', async () => {
    const { committee } = await seedCommittee(t);
    const meeting = await createMeeting(t.app.services, { committeeId: committee.id, startsAt: instantAt('2021-05-20', '10:00'), endsAt: instantAt('2021-05-20', '13:30'), place: 'Oslo', videoLink: null });
    const before = await t.db.prisma.scheduledJob.count({ where: { subjectId: meeting.id } });

    await cp('workflows', dir, { recursive: true });
    const file = path.join(dir, 'nuit.yaml');
    const yaml = (await readFile(file, 'utf8')).replace('offset: -10\n', 'offset: -12\n');
    await writeFile(file, yaml);
    t.app.services.cycles = await loadCycles(dir);

    expect(await resyncMeetings(t.app.services)).toBe(1);
    const deadline = await t.db.prisma.deadline.findUniqueOrThrow({ where: { meetingId_milestone: { meetingId: meeting.id, milestone: 'paper_deadline' } } });
    // Twelve working days before 20 May 2021 (13 and 17 May are holidays): Friday 30 April.
    expect(deadline.dueAt.toISOString()).toBe(instantAt('2021-04-30', '12:00').toISOString());
    const job = await t.app.queue.getJob(`milestone.${meeting.id}.paper_deadline`);
    expect(job!.opts.delay).toBe(deadline.dueAt.getTime() - now.getTime());
    expect(await t.db.prisma.scheduledJob.count({ where: { subjectId: meeting.id } })).toBe(before);
    const delayed = (await t.app.queue.getDelayed(0, 1000)).filter((j) => j.data?.meetingId === meeting.id);
    expect(delayed).toHaveLength(before);
  });
});
