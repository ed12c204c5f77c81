import { addWorkingDays, calendarDayOf, instantAt, type CalendarOptions } from '../calendar/working-days.js';
import type {
  Cycle,
  EscalationAudience,
  Labels,
  MilestoneAction,
  ReminderAudience,
} from './cycle-schema.js';

export interface ScheduledReminder {
  to: ReminderAudience;
  at: Date;
}

export interface ScheduledEscalation {
  to: readonly EscalationAudience[];
  at: Date;
}

export interface ScheduledMilestone {
  /** The milestone's name in the cycle file, e.g. "paper_deadline". */
  milestone: string;
  action: MilestoneAction;
  labels: Labels;
  /** Working days from the meeting day, as configured. */
  offset: number;
  due: Date;
  /** Sorted by time. */
  reminders: ScheduledReminder[];
  escalation?: ScheduledEscalation;
}

/**
 * The dates of every milestone of `cycle` for a meeting starting at `meetingStart`, sorted by due
 * time (ties: by offset, then name). Pure and deterministic.
 *
 * - The meeting day is the calendar day of `meetingStart` in the cycle's time zone.
 * - A milestone is due `offset` working days from the meeting day (`addWorkingDays`; offset 0 on a
 *   non-working day moves back to the last working day), at its `at` time or the cycle's `defaultTime`.
 * - A reminder is sent `before` working days before the due day (0: on the due day), an escalation
 *   `after` working days after it, both at their own `at` or the cycle's `defaultTime`.
 */
export function computeSchedule(cycle: Cycle, meetingStart: Date): ScheduledMilestone[] {
  if (Number.isNaN(meetingStart.getTime())) throw new RangeError('computeSchedule: invalid meeting start');
  const zone = cycle.timeZone;
  const calendar: CalendarOptions = { extraClosedDays: cycle.extraClosedDays };
  const meetingDay = calendarDayOf(meetingStart, zone);

  const schedule = Object.entries(cycle.milestones).map(([name, m]): ScheduledMilestone => {
    const dueDay = addWorkingDays(meetingDay, m.offset, calendar);
    const reminders = m.reminders
      .map((r) => ({
        to: r.to,
        at: instantAt(addWorkingDays(dueDay, -r.before, calendar), r.at ?? cycle.defaultTime, zone),
      }))
      .sort((a, b) => a.at.getTime() - b.at.getTime());
    const scheduled: ScheduledMilestone = {
      milestone: name,
      action: m.action,
      labels: m.labels,
      offset: m.offset,
      due: instantAt(dueDay, m.at ?? cycle.defaultTime, zone),
      reminders,
    };
    if (m.escalation) {
      const e = m.escalation;
      scheduled.escalation = {
        to: e.to,
        at: instantAt(addWorkingDays(dueDay, e.after, calendar), e.at ?? cycle.defaultTime, zone),
      };
    }
    return scheduled;
  });

  return schedule.sort(
    (a, b) =>
      a.due.getTime() - b.due.getTime() ||
      a.offset - b.offset ||
      (a.milestone < b.milestone ? -1 : a.milestone > b.milestone ? 1 : 0),
  );
}
