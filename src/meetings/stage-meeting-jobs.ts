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

/**
 * Milestones that still make sense after their time, for a meeting planned at short notice: they run after
 * `SHORT_NOTICE_GRACE_MS`, in the cycle's order (`lateRunAt`). Every other past milestone (the call for items,
 * the paper deadline, reminders) is skipped.
 */
export const RUN_WHEN_LATE: ReadonlySet<string> = new Set(['agenda_set', 'distribute_agenda']);

/**
 * How long after planning a short-notice meeting its past `RUN_WHEN_LATE` milestones wait. Run at the instant of
 * planning, the agenda went out with only the standing items, before the secretariat had added a single case,
 * and every case added afterwards got a number after "eventuelt". Two hours is time to build the agenda the same
 * morning; "Distribute now" sends it earlier, and the late job then finds it distributed and sends nothing.
 */
export const SHORT_NOTICE_GRACE_MS = 2 * 60 * 60 * 1000;

/**
 * The late milestones never run closer to the meeting's start than this: the members get the agenda at least an
 * hour before they sit down.
 */
export const SHORT_NOTICE_MARGIN_MS = 60 * 60 * 1000;

/**
 * When a short-notice meeting's past `RUN_WHEN_LATE` milestones run: after the grace, but no later than the
 * start minus the margin; at once when the meeting starts within the grace (or the margin leaves no time).
 * The grace ends `SHORT_NOTICE_GRACE_MS` after planning; a moved meeting keeps the grace it got
 * (`graceEndsAt`, from the job's payload) and only the cap follows the new start (`syncMeetingJobs`).
 */
export function lateRunAt(now: Date, startsAt: Date, graceEndsAt: Date = new Date(now.getTime() + SHORT_NOTICE_GRACE_MS)): Date {
  const afterGrace = graceEndsAt.getTime();
  if (startsAt.getTime() <= afterGrace) return now;
  return new Date(Math.max(now.getTime(), Math.min(afterGrace, startsAt.getTime() - SHORT_NOTICE_MARGIN_MS)));
}

/**
 * A new meeting's past milestones: those that will still run (at `runAt`, from `lateRunAt`) and those skipped,
 * by name, in the cycle's order.
 */
export interface LateMilestones {
  ran: string[];
  skipped: string[];
  runAt?: Date;
}

export interface StagedMeetingJob {
  definition: JobSpec;
  payload: unknown;
  runAt: Date;
}

/**
 * A NEW meeting's deadlines and jobs, written inside the transaction that creates it, so the meeting never
 * exists without its cycle. A meeting planned at short notice has milestones whose time has passed: those in
 * `RUN_WHEN_LATE` are staged to run at `lateRunAt` (only while the meeting itself is still ahead), a millisecond apart in the cycle's order; the others are marked
 * `cancelled` (skipped) with their reminders and escalations, and named in `late` for the secretariat.
 * Returns the staged jobs, to queue after the commit (`queueStagedJobs`); a moved meeting goes through `syncMeetingJobs`.
 */
export async function stageMeetingJobs(
  tx: DbTx,
  services: AppServices,
  meeting: { id: string; startsAt: Date; committee: { cycle: string } },
  late: LateMilestones = { ran: [], skipped: [] },
): Promise<StagedMeetingJob[]> {
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
  // Only a meeting still ahead is "at short notice"; one already held (entered afterwards) runs nothing late.
  const past = meeting.startsAt.getTime() > now ? schedule.filter((m) => m.due.getTime() <= now) : [];
  const runNow = new Set(past.filter((m) => RUN_WHEN_LATE.has(m.action)).map((m) => m.milestone));
  late.ran.push(...past.filter((m) => runNow.has(m.milestone)).map((m) => m.milestone));
  late.skipped.push(...past.filter((m) => !runNow.has(m.milestone)).map((m) => m.milestone));
  const graceEndsAt = new Date(now + SHORT_NOTICE_GRACE_MS);
  const runAt = lateRunAt(new Date(now), meeting.startsAt, graceEndsAt).getTime();
  if (runNow.size > 0) late.runAt = new Date(runAt);
  if (late.skipped.length > 0) await tx.deadline.updateMany({ where: { meetingId: meeting.id, milestone: { in: late.skipped } }, data: { state: 'cancelled' } });
  const staged = planned
    .map((job) => {
      if (job.runAt.getTime() > now) return { definition: definitionOf[job.kind], payload: job.payload as unknown, runAt: job.runAt };
      if (job.kind !== 'milestone' || !runNow.has(job.payload.milestone)) return null;
      const payload = { ...job.payload, graceEndsAt: graceEndsAt.toISOString() };
      return { definition: definitionOf[job.kind], payload: payload as unknown, runAt: new Date(runAt + late.ran.indexOf(job.payload.milestone)) };
    })
    .filter((job): job is StagedMeetingJob => job !== null);
  for (const definition of new Set(staged.map((job) => job.definition))) {
    await services.jobs.stageMany(tx, definition, staged.filter((job) => job.definition === definition));
  }
  return staged;
}

/** Queues jobs staged by a committed transaction (a crash before this leaves them to the sweep). */
export async function queueStagedJobs(services: AppServices, staged: StagedMeetingJob[]): Promise<void> {
  await Promise.all(staged.map((job) => services.jobs.enqueue(job.definition, job.payload, { runAt: job.runAt })));
}
