import type { AppServices } from '../app/services.js';
import type { DbTx } from '../db/prisma.js';
import type { JobSpec } from '../jobs/job-spec.js';
import { escalationJob, milestoneJob, reminderJob } from './jobs/meeting-jobs.js';
import { meetingSchedule } from './meeting-cycle.js';
import { planMeetingJobs, type PlannedJob } from './plan-meeting-jobs.js';

const definitionOf: Record<PlannedJob['kind'], JobSpec> = {
  milestone: milestoneJob,
  reminder: reminderJob,
  escalation: escalationJob,
};

export interface StagedMeetingJob {
  definition: JobSpec;
  payload: unknown;
  runAt: Date;
}

/**
 * A NEW meeting's deadlines and jobs, written inside the transaction that creates it, so the meeting never
 * exists without its cycle. Jobs whose time has passed are left out (as `syncMeetingJobs` does). Returns the
 * staged jobs, to queue after the commit (`queueStagedJobs`); a moved meeting goes through `syncMeetingJobs`.
 */
export async function stageMeetingJobs(tx: DbTx, services: AppServices, meeting: { id: string; startsAt: Date; committee: { cycle: string } }): Promise<StagedMeetingJob[]> {
  const schedule = meetingSchedule(services, meeting);
  const planned = planMeetingJobs(meeting.id, schedule);
  const now = services.clock().getTime();
  await tx.deadline.createMany({
    data: schedule.map((m) => ({
      meetingId: meeting.id,
      milestone: m.milestone,
      dueAt: m.due,
      jobId: planned.find((p) => p.kind === 'milestone' && p.payload.milestone === m.milestone)!.jobId,
    })),
  });
  const staged = planned.filter((job) => job.runAt.getTime() > now).map((job) => ({ definition: definitionOf[job.kind], payload: job.payload as unknown, runAt: job.runAt }));
  for (const definition of new Set(staged.map((job) => job.definition))) {
    await services.jobs.stageMany(tx, definition, staged.filter((job) => job.definition === definition));
  }
  return staged;
}

/** Queues jobs staged by a committed transaction (a crash before this leaves them to the sweep). */
export async function queueStagedJobs(services: AppServices, staged: StagedMeetingJob[]): Promise<void> {
  await Promise.all(staged.map((job) => services.jobs.enqueue(job.definition, job.payload, { runAt: job.runAt })));
}
