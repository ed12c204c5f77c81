import { z } from 'zod';
import { ESCALATION_AUDIENCES, MILESTONE_ACTIONS, REMINDER_AUDIENCES } from '../../cycles/cycle-schema.js';
import { defineJobSpec } from '../../jobs/job-spec.js';
import { MEETING_SUBJECT, meetingJobIds } from '../ids.js';

/** The specs of a meeting's cycle jobs, planned by `plan-meeting-jobs.ts`; they run as `meeting-job-handlers.ts`. */
const base = { meetingId: z.string().min(1), milestone: z.string().min(1), action: z.enum(MILESTONE_ACTIONS) };
const subject = (p: { meetingId: string }) => ({ type: MEETING_SUBJECT, id: p.meetingId });

/**
 * A milestone of a meeting falls due (`milestone.<meetingId>.<milestone>`). Version 2 added `graceEndsAt`: set on
 * a past milestone of a short-notice meeting that runs late (`lateRunAt`), the end of its grace, so a move
 * re-computes the run time from the same grace and the new start. A version 1 payload is a version 2 one without it.
 */
export const milestoneJob = defineJobSpec({
  name: 'meetings.milestone',
  version: 2,
  schema: z.object({ ...base, graceEndsAt: z.string().datetime().optional() }),
  upgrade: (payload) => payload,
  jobId: (p) => meetingJobIds.milestone(p.meetingId, p.milestone),
  attempts: 5,
  backoffMs: 10_000,
  subject,
});

/** A reminder before a milestone (`reminder.<meetingId>.<milestone>.<index>`). */
export const reminderJob = defineJobSpec({
  name: 'meetings.reminder',
  version: 1,
  schema: z.object({ ...base, index: z.number().int().min(0), to: z.enum(REMINDER_AUDIENCES) }),
  jobId: (p) => meetingJobIds.reminder(p.meetingId, p.milestone, p.index),
  attempts: 5,
  backoffMs: 10_000,
  subject,
});

/** What happens the working day after a missed milestone (`escalation.<meetingId>.<milestone>`). */
export const escalationJob = defineJobSpec({
  name: 'meetings.escalation',
  version: 1,
  schema: z.object({ ...base, to: z.array(z.enum(ESCALATION_AUDIENCES)).min(1) }),
  jobId: (p) => meetingJobIds.escalation(p.meetingId, p.milestone),
  attempts: 5,
  backoffMs: 10_000,
  subject,
});
