import type { AppServices } from '../app/services.js';
import type { JobSpec } from '../jobs/job-spec.js';
import { meetingSchedule } from './meeting-cycle.js';
import { MEETING_SUBJECT } from './ids.js';
import { escalationJob, milestoneJob, reminderJob } from './jobs/meeting-jobs.js';
import { planMeetingJobs, type PlannedJob } from './plan-meeting-jobs.js';
import { RUN_WHEN_LATE } from './stage-meeting-jobs.js';

const MEETING_JOB_NAMES = new Set([milestoneJob.name, reminderJob.name, escalationJob.name]);

const definitionOf: Record<PlannedJob['kind'], JobSpec> = {
  milestone: milestoneJob as unknown as JobSpec,
  reminder: reminderJob as unknown as JobSpec,
  escalation: escalationJob as unknown as JobSpec,
};

/**
 * Makes a meeting's `Deadline` rows and scheduled jobs match its cycle and start time; used when a meeting
 * is created and when it moves. Per deterministic job id:
 * - a job that already ran (mirror `done`) is left alone: nothing already sent is sent again;
 * - a pending job whose time has not changed is left alone, even when that time has passed: it is due (or
 *   retrying) and will run, so a restart never drops a reminder that fell due while the bot was down;
 * - a pending late milestone of a short-notice meeting (`RUN_WHEN_LATE`, staged to run after the
 *   short-notice grace) is left alone;
 * - a job the plan moves into the past is not queued (and a pending copy is cancelled);
 * - otherwise the job is queued, or moved with `reschedule` (the old copy in Redis is replaced, never doubled);
 * - pending meeting jobs that the plan no longer has are cancelled (other capabilities' jobs about the same
 *   meeting, such as publishing decisions, are theirs to manage).
 */
export async function syncMeetingJobs(services: AppServices, meeting: { id: string; startsAt: Date; committee: { cycle: string } }): Promise<void> {
  const { db, jobs } = services;
  const schedule = meetingSchedule(services, meeting);
  const planned = planMeetingJobs(meeting.id, schedule);
  const now = services.clock().getTime();

  await Promise.all(
    schedule.map((m) => {
      const jobId = planned.find((p) => p.kind === 'milestone' && p.payload.milestone === m.milestone)!.jobId;
      return db.deadline.upsert({
        where: { meetingId_milestone: { meetingId: meeting.id, milestone: m.milestone } },
        create: { meetingId: meeting.id, milestone: m.milestone, dueAt: m.due, jobId },
        update: { dueAt: m.due, jobId },
      });
    }),
  );
  await db.deadline.updateMany({
    where: { meetingId: meeting.id, state: 'pending', milestone: { notIn: schedule.map((m) => m.milestone) } },
    data: { state: 'cancelled' },
  });

  const mirrors = await db.scheduledJob.findMany({ where: { subjectType: MEETING_SUBJECT, subjectId: meeting.id } });
  const mirrorOf = new Map(mirrors.map((m) => [m.jobId, m]));
  // Each job id is independent of the others, so they are written side by side.
  const plannedIds = new Set(planned.map((p) => p.jobId));
  await Promise.all([
    ...planned.map(async (job) => {
      const mirror = mirrorOf.get(job.jobId);
      if (mirror?.state === 'done') return;
      if (mirror?.state === 'pending' && mirror.runAt.getTime() === job.runAt.getTime()) return;
      // A short-notice meeting's late milestone, staged to run after the grace, still runs after a restart.
      if (mirror?.state === 'pending' && job.kind === 'milestone' && RUN_WHEN_LATE.has(job.payload.action) && job.runAt.getTime() <= now) return;
      if (job.runAt.getTime() <= now) {
        if (mirror?.state === 'pending') await jobs.cancel(job.jobId);
        return;
      }
      const definition = definitionOf[job.kind];
      if (mirror) await jobs.reschedule(definition, job.payload, job.runAt);
      else await jobs.enqueue(definition, job.payload, { runAt: job.runAt });
    }),
    ...mirrors.filter((m) => m.state === 'pending' && MEETING_JOB_NAMES.has(m.name) && !plannedIds.has(m.jobId)).map((m) => jobs.cancel(m.jobId)),
  ]);
}
