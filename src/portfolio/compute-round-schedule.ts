import { addWorkingDays, instantAt, type CalendarDay } from '../calendar/working-days.js';
import type { PortfolioAudience, PortfolioPolicy } from '../cycles/cycle-schema.js';

export interface RoundSchedule {
  reminders: { index: number; to: PortfolioAudience; at: Date }[];
  escalation: { to: readonly PortfolioAudience[]; at: Date } | null;
}

/**
 * When a round's reminders and escalation fall, from the portfolio policy: `before` working days before the
 * due day and `after` working days after it, at their `at` or the policy's `defaultTime`, in its time zone.
 */
export function computeRoundSchedule(policy: PortfolioPolicy, dueDay: CalendarDay): RoundSchedule {
  const calendar = { extraClosedDays: policy.extraClosedDays };
  const rr = policy.reportingRound;
  const reminders = rr.reminders.map((r, index) => ({
    index,
    to: r.to,
    at: instantAt(addWorkingDays(dueDay, -r.before, calendar), r.at ?? policy.defaultTime, policy.timeZone),
  }));
  const e = rr.escalation;
  const escalation = e ? { to: e.to, at: instantAt(addWorkingDays(dueDay, e.after, calendar), e.at ?? policy.defaultTime, policy.timeZone) } : null;
  return { reminders, escalation };
}
