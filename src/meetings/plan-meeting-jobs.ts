import type { MilestoneAction, ReminderAudience, EscalationAudience } from '../cycles/cycle-schema.js';
import type { ScheduledMilestone } from '../cycles/compute-schedule.js';
import { meetingJobIds } from './ids.js';

export type PlannedJob =
  | { kind: 'milestone'; jobId: string; runAt: Date; payload: { meetingId: string; milestone: string; action: MilestoneAction; graceEndsAt?: string } }
  | { kind: 'reminder'; jobId: string; runAt: Date; payload: { meetingId: string; milestone: string; action: MilestoneAction; index: number; to: ReminderAudience } }
  | { kind: 'escalation'; jobId: string; runAt: Date; payload: { meetingId: string; milestone: string; action: MilestoneAction; to: EscalationAudience[] } };

/**
 * Every job a meeting's schedule needs: one per milestone, one per reminder (numbered in time order) and
 * one per escalation, each with its deterministic id. Pure.
 */
export function planMeetingJobs(meetingId: string, schedule: readonly ScheduledMilestone[]): PlannedJob[] {
  const jobs: PlannedJob[] = [];
  for (const m of schedule) {
    const base = { meetingId, milestone: m.milestone, action: m.action };
    jobs.push({ kind: 'milestone', jobId: meetingJobIds.milestone(meetingId, m.milestone), runAt: m.due, payload: base });
    m.reminders.forEach((r, index) => {
      jobs.push({ kind: 'reminder', jobId: meetingJobIds.reminder(meetingId, m.milestone, index), runAt: r.at, payload: { ...base, index, to: r.to } });
    });
    if (m.escalation) {
      jobs.push({ kind: 'escalation', jobId: meetingJobIds.escalation(meetingId, m.milestone), runAt: m.escalation.at, payload: { ...base, to: [...m.escalation.to] } });
    }
  }
  return jobs;
}
