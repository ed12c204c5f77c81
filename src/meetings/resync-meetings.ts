import type { AppServices } from '../app/services.js';
import { syncMeetingJobs } from './sync-meeting-jobs.js';

/**
 * After a start with changed cycle files: brings the deadlines and jobs of every meeting that still has a
 * pending deadline in line with its committee's cycle. Jobs already run are not run again; moved ones are
 * replaced by id. Returns how many meetings were looked at. Meant to run once at start, after
 * `restoreScheduledJobs`.
 */
export async function resyncMeetings(services: AppServices): Promise<number> {
  const meetings = await services.db.meeting.findMany({
    where: { state: { not: 'cancelled' }, deadlines: { some: { state: 'pending' } } },
    include: { committee: true },
  });
  for (const meeting of meetings) await syncMeetingJobs(services, meeting);
  return meetings.length;
}
