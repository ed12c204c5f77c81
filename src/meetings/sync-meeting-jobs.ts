import type { AppServices } from '../app/services.js';
import type { JobSpec } from '../jobs/job-spec.js';
import { meetingSchedule } from './meeting-cycle.js';
import { MEETING_SUBJECT } from './ids.js';
import { escalationJob, milestoneJob, reminderJob } from './jobs/meeting-jobs.js';
import { planMeetingJobs, type PlannedJob } from './plan-meeting-jobs.js';
import { lateRunAt, RUN_WHEN_LATE, SHORT_NOTICE_GRACE_MS, type LateMilestones } from './stage-meeting-jobs.js';

const MEETING_JOB_NAMES = new Set([milestoneJob.name, reminderJob.name, escalationJob.name]);

const definitionOf: Record<PlannedJob['kind'], JobSpec> = {
  milestone: milestoneJob as unknown as JobSpec,
  reminder: reminderJob as unknown as JobSpec,
  escalation: escalationJob as unknown as JobSpec,
};

/**
 * Makes a meeting's `Deadline` rows and scheduled jobs match its cycle and start time; used when a meeting
 * moves and at start (`resyncMeetings`). Per deterministic job id:
 * - a job that already ran (mirror `done`) is left alone: nothing already sent is sent again;
 * - a pending job whose time has not changed is left alone, even when that time has passed: it is due (or
 *   retrying) and will run, so a restart never drops a reminder that fell due while the bot was down;
 * - a pending `RUN_WHEN_LATE` milestone whose time has passed while the meeting is still ahead (a short-notice
 *   meeting's late job, or one the move put in the past) runs late: at `lateRunAt` from the grace it already
 *   had (`graceEndsAt` in its payload; a grace from now when it had none), capped one hour before the NEW start,
 *   a millisecond apart in the cycle's order. It is moved with `reschedule` when that time differs (one row, one
 *   copy in Redis), left alone when it is already due;
 * - any other job the plan moves into the past is not queued (and a pending copy is cancelled; a milestone so
 *   skipped gets its `Deadline` cancelled);
 * - otherwise the job is queued, or moved with `reschedule` (the old copy in Redis is replaced, never doubled),
 *   and a milestone skipped before (`Deadline` cancelled) that is ahead again is pending again;
 * - pending meeting jobs that the plan no longer has are cancelled (other capabilities' jobs about the same
 *   meeting, such as publishing decisions, are theirs to manage).
 * Returns what runs late and when, and which milestones this call skipped, for the secretariat's answer.
 */
export async function syncMeetingJobs(services: AppServices, meeting: { id: string; startsAt: Date; committee: { cycle: string } }): Promise<LateMilestones> {
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

  // The late milestones: past, `RUN_WHEN_LATE`, of a meeting still ahead, in the cycle's order (as when planned).
  const ahead = meeting.startsAt.getTime() > now;
  const lateOrder = planned
    .filter((job): job is Extract<PlannedJob, { kind: 'milestone' }> => job.kind === 'milestone' && RUN_WHEN_LATE.has(job.payload.action) && job.runAt.getTime() <= now)
    .map((job) => job.payload.milestone);
  const runsLate = (job: PlannedJob) =>
    ahead && job.kind === 'milestone' && lateOrder.includes(job.payload.milestone) && mirrorOf.get(job.jobId)?.state === 'pending';
  const lateJobs = planned.filter(runsLate);
  // One grace per meeting: the one its late jobs were given when it was planned (or first made late). A job
  // without one (moved into the past just now, or staged before `graceEndsAt` existed) gets the grace from now,
  // but never later than it was going to run anyway.
  const storedGrace = lateJobs.map((job) => (mirrorOf.get(job.jobId)!.payload as { graceEndsAt?: string }).graceEndsAt).find((g) => g !== undefined);
  const wasDue = Math.min(...lateJobs.map((job) => mirrorOf.get(job.jobId)!.runAt.getTime()));
  const graceEndsAt = new Date(storedGrace ? Date.parse(storedGrace) : Math.min(Math.max(wasDue, now), now + SHORT_NOTICE_GRACE_MS));
  const lateBase = lateRunAt(new Date(now), meeting.startsAt, graceEndsAt).getTime();
  const late: LateMilestones = { ran: lateJobs.map((job) => (job.payload as { milestone: string }).milestone), skipped: [] };
  if (late.ran.length > 0) late.runAt = new Date(lateBase);

  const revived: string[] = [];
  // Each job id is independent of the others, so they are written side by side.
  const plannedIds = new Set(planned.map((p) => p.jobId));
  await Promise.all([
    ...planned.map(async (job) => {
      const mirror = mirrorOf.get(job.jobId);
      if (mirror?.state === 'done') return;
      if (mirror?.state === 'pending' && mirror.runAt.getTime() === job.runAt.getTime()) return;
      if (runsLate(job) && job.kind === 'milestone') {
        const runAt = lateBase + lateOrder.indexOf(job.payload.milestone);
        const payload = { ...job.payload, graceEndsAt: graceEndsAt.toISOString() };
        // Already due (and not moved later than now): it runs, or is running; leave it be.
        if (mirror!.runAt.getTime() <= now && lateBase === now) return;
        if (mirror!.runAt.getTime() === runAt && (mirror!.payload as { graceEndsAt?: string }).graceEndsAt === payload.graceEndsAt) return;
        await jobs.reschedule(milestoneJob, payload, new Date(runAt));
        return;
      }
      if (job.runAt.getTime() <= now) {
        if (mirror?.state === 'pending') {
          await jobs.cancel(job.jobId);
          if (job.kind === 'milestone') late.skipped.push(job.payload.milestone);
        }
        return;
      }
      const definition = definitionOf[job.kind];
      if (job.kind === 'milestone') revived.push(job.payload.milestone);
      if (mirror) await jobs.reschedule(definition, job.payload, job.runAt);
      else await jobs.enqueue(definition, job.payload, { runAt: job.runAt });
    }),
    ...mirrors.filter((m) => m.state === 'pending' && MEETING_JOB_NAMES.has(m.name) && !plannedIds.has(m.jobId)).map((m) => jobs.cancel(m.jobId)),
  ]);
  if (late.skipped.length > 0) {
    await db.deadline.updateMany({ where: { meetingId: meeting.id, state: 'pending', milestone: { in: late.skipped } }, data: { state: 'cancelled' } });
    // In the cycle's order, as the answer names them.
    late.skipped.sort((a, b) => schedule.findIndex((m) => m.milestone === a) - schedule.findIndex((m) => m.milestone === b));
  }
  if (revived.length > 0) await db.deadline.updateMany({ where: { meetingId: meeting.id, state: 'cancelled', milestone: { in: revived } }, data: { state: 'pending' } });
  return late;
}
