import type { PortfolioPolicy } from '../cycles/cycle-schema.js';
import { addCalendarDays, addWorkingDays, calendarDayOf, instantAt, isWorkingDay, workingDaysBetween, type CalendarDay } from '../calendar/working-days.js';

/** What the reminder days of a red dependency depend on. */
export interface ReminderBasis {
  redSince: Date;
  /** The due date (`@db.Date`, UTC midnight) or null. */
  dueDate: Date | null;
  snoozedUntil: Date | null;
}

/** The policy's calendar: time zone, time of day of reminders, closed days. */
export function reminderCalendar(policy: PortfolioPolicy) {
  return {
    timeZone: policy.timeZone,
    at: policy.redDependencies.at ?? policy.defaultTime,
    options: { extraClosedDays: policy.extraClosedDays },
  };
}

/** The instant reminders of `day` go out. */
export function reminderInstant(policy: PortfolioPolicy, day: CalendarDay): Date {
  const cal = reminderCalendar(policy);
  return instantAt(day, cal.at, cal.timeZone);
}

/**
 * Is `day` a reminder day of the dependency? Every `every` working days after the day it turned red, and
 * `beforeDue` working days before its due date; while snoozed, none before the snooze ends, and the day the
 * snooze ends is one.
 */
export function isReminderDay(policy: PortfolioPolicy, basis: ReminderBasis, day: CalendarDay): boolean {
  const cal = reminderCalendar(policy);
  const redDay = calendarDayOf(basis.redSince, cal.timeZone);
  if (day <= redDay) return false;
  const snoozeDay = basis.snoozedUntil ? calendarDayOf(basis.snoozedUntil, cal.timeZone) : null;
  if (snoozeDay && day < snoozeDay) return false;
  if (snoozeDay && day === snoozeDay) return true;
  if (!isWorkingDay(day, cal.options)) return false;
  const elapsed = workingDaysBetween(redDay, day, cal.options);
  if (elapsed > 0 && elapsed % policy.redDependencies.every === 0) return true;
  if (basis.dueDate) {
    const dueDay = basis.dueDate.toISOString().slice(0, 10);
    return policy.redDependencies.beforeDue.some((before) => addWorkingDays(dueDay, -before, cal.options) === day);
  }
  return false;
}

/** The first reminder day strictly after `after`. */
export function nextReminderDay(policy: PortfolioPolicy, basis: ReminderBasis, after: CalendarDay): CalendarDay {
  const cal = reminderCalendar(policy);
  const redDay = calendarDayOf(basis.redSince, cal.timeZone);
  const every = policy.redDependencies.every;
  const candidates: CalendarDay[] = [];
  const from = after > redDay ? after : redDay;
  const k = Math.floor(Math.max(0, workingDaysBetween(redDay, from, cal.options)) / every) + 1;
  candidates.push(addWorkingDays(redDay, k * every, cal.options));
  if (basis.dueDate) {
    const dueDay = basis.dueDate.toISOString().slice(0, 10);
    for (const before of policy.redDependencies.beforeDue) candidates.push(addWorkingDays(dueDay, -before, cal.options));
  }
  if (basis.snoozedUntil) candidates.push(calendarDayOf(basis.snoozedUntil, cal.timeZone));
  const valid = candidates.filter((day) => day > after && isReminderDay(policy, basis, day)).sort();
  // The interval slot after the snooze (or after `after`) always exists, so there is always a next day.
  return valid[0] ?? addWorkingDays(from, every, cal.options);
}

/** The day after which a dependency past its due date is escalated: the first working day after the due date. */
export function escalationDay(policy: PortfolioPolicy, dueDate: Date): CalendarDay {
  return addWorkingDays(dueDate.toISOString().slice(0, 10), 1, reminderCalendar(policy).options);
}

/** The end of a snooze of `n` working days from `now`. */
export function snoozeEnd(policy: PortfolioPolicy, now: Date, n: number): Date {
  const cal = reminderCalendar(policy);
  return instantAt(addWorkingDays(calendarDayOf(now, cal.timeZone), n, cal.options), cal.at, cal.timeZone);
}

/** The last calendar day (Sunday) of the week (Monday to Sunday) `day` falls in. */
export function weekEndOf(day: CalendarDay): CalendarDay {
  const weekday = new Date(`${day}T12:00:00Z`).getUTCDay(); // 0 = Sunday
  return addCalendarDays(day, weekday === 0 ? 0 : 7 - weekday);
}

/** The first reminder day of the dependency on or after `from`. */
export function firstReminderDayFrom(policy: PortfolioPolicy, basis: ReminderBasis, from: CalendarDay): CalendarDay {
  return isReminderDay(policy, basis, from) ? from : nextReminderDay(policy, basis, from);
}
