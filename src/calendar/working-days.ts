import { tzOffset } from '@date-fns/tz';
import { OSLO } from '../i18n/format-date.js';
import { norwegianHolidays } from './norwegian-holidays.js';

/**
 * The Oslo working-day calendar. All functions here are pure and work on ISO calendar days
 * ("2021-05-20"), never on instants, so the host's time zone plays no part. Instants come in and go
 * out only through `calendarDayOf` and `instantAt`.
 *
 * A working day is a Monday-Friday that is not a Norwegian public holiday (`norwegian-holidays.ts`)
 * and not one of the `extraClosedDays` of the calendar. See docs/calendar.md.
 */

/** An ISO calendar day, "YYYY-MM-DD". */
export type CalendarDay = string;

export interface CalendarOptions {
  /**
   * Days on which offices are closed although they are not public holidays. "MM-DD" repeats every year
   * ("12-24"), "YYYY-MM-DD" is one day ("2021-12-27"). Default: `DEFAULT_EXTRA_CLOSED_DAYS`.
   */
  extraClosedDays?: readonly string[];
}

/** Christmas Eve and New Year's Eve: not public holidays, but the offices close. */
export const DEFAULT_EXTRA_CLOSED_DAYS: readonly string[] = Object.freeze(['12-24', '12-31']);

const DAY_MS = 86_400_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const TIME_PATTERN = /^([01]\d|2[0-3]):([0-5]\d)$/;
/** A closed-day entry: "MM-DD" or "YYYY-MM-DD". */
export const CLOSED_DAY_PATTERN = /^(\d{4}-)?(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

const holidayCache = new Map<number, ReadonlySet<string>>();

function holidaysOf(year: number): ReadonlySet<string> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(norwegianHolidays(year).map((h) => h.day));
    holidayCache.set(year, set);
  }
  return set;
}

/** Milliseconds at UTC midnight of a calendar day; throws on anything but a real "YYYY-MM-DD". */
function toUtcMs(day: CalendarDay): number {
  const match = DAY_PATTERN.exec(day);
  if (match) {
    const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
    const ms = Date.UTC(y, m - 1, d);
    const back = new Date(ms);
    if (back.getUTCFullYear() === y && back.getUTCMonth() === m - 1 && back.getUTCDate() === d) return ms;
  }
  throw new RangeError(`not a calendar day "YYYY-MM-DD": ${JSON.stringify(day)}`);
}

function fromUtcMs(ms: number): CalendarDay {
  return new Date(ms).toISOString().slice(0, 10);
}

/** True for a real calendar day written "YYYY-MM-DD". */
export function isCalendarDay(value: unknown): value is CalendarDay {
  if (typeof value !== 'string') return false;
  try {
    toUtcMs(value);
    return true;
  } catch {
    return false;
  }
}

/** The day `n` calendar days after `day` (negative: before). */
export function addCalendarDays(day: CalendarDay, n: number): CalendarDay {
  return fromUtcMs(toUtcMs(day) + n * DAY_MS);
}

/** Is `day` Monday-Friday, not a Norwegian public holiday and not an extra closed day? */
export function isWorkingDay(day: CalendarDay, options: CalendarOptions = {}): boolean {
  const ms = toUtcMs(day);
  const weekday = new Date(ms).getUTCDay();
  if (weekday === 0 || weekday === 6) return false;
  if (holidaysOf(Number(day.slice(0, 4))).has(day)) return false;
  const extra = options.extraClosedDays ?? DEFAULT_EXTRA_CLOSED_DAYS;
  const monthDay = day.slice(5);
  return !extra.some((closed) => closed === day || closed === monthDay);
}

/**
 * Moves `n` working days from `day`.
 * - n > 0: the n-th working day after `day` (`day` itself never counts).
 * - n < 0: the |n|-th working day before `day` (`day` itself never counts).
 * - n = 0: `day` if it is a working day, otherwise the last working day before it. This is the deadline
 *   rule: a deadline that would fall on a weekend or holiday moves earlier, never later, so nobody gets
 *   less notice than promised. (So from a Saturday, 0 and -1 both give the Friday.)
 */
export function addWorkingDays(day: CalendarDay, n: number, options: CalendarOptions = {}): CalendarDay {
  if (!Number.isInteger(n)) throw new RangeError(`addWorkingDays: n must be a whole number, got ${n}`);
  let ms = toUtcMs(day);
  if (n === 0) {
    while (!isWorkingDay(fromUtcMs(ms), options)) ms -= DAY_MS;
    return fromUtcMs(ms);
  }
  const step = n > 0 ? DAY_MS : -DAY_MS;
  let left = Math.abs(n);
  while (left > 0) {
    ms += step;
    if (isWorkingDay(fromUtcMs(ms), options)) left -= 1;
  }
  return fromUtcMs(ms);
}

/**
 * Working days from `a` to `b`: the working days in (a, b] when b is after a, minus the working days
 * in [b, a) when b is before a, 0 when equal. For working days a and b,
 * `addWorkingDays(a, workingDaysBetween(a, b)) === b`.
 */
export function workingDaysBetween(a: CalendarDay, b: CalendarDay, options: CalendarOptions = {}): number {
  const from = toUtcMs(a);
  const to = toUtcMs(b);
  let count = 0;
  if (to > from) {
    for (let ms = from + DAY_MS; ms <= to; ms += DAY_MS) if (isWorkingDay(fromUtcMs(ms), options)) count += 1;
  } else {
    for (let ms = to; ms < from; ms += DAY_MS) if (isWorkingDay(fromUtcMs(ms), options)) count -= 1;
  }
  return count;
}

/** The calendar day an instant falls on in a time zone (default Europe/Oslo). */
export function calendarDayOf(instant: Date, timeZone: string = OSLO): CalendarDay {
  const ms = instant.getTime();
  if (Number.isNaN(ms)) throw new RangeError('calendarDayOf: invalid date');
  return fromUtcMs(ms + offsetMs(timeZone, ms));
}

function offsetMs(timeZone: string, utcMs: number): number {
  const minutes = tzOffset(timeZone, new Date(utcMs));
  if (Number.isNaN(minutes)) throw new RangeError(`unknown time zone: ${JSON.stringify(timeZone)}`);
  return minutes * 60_000;
}

/** True when the runtime knows the IANA time zone ("Europe/Oslo"). */
export function isTimeZone(value: unknown): value is string {
  if (typeof value !== 'string' || value === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

/**
 * The instant of wall-clock time `time` ("HH:mm") on `day` in `timeZone` (default Europe/Oslo),
 * correct across daylight-saving changes. A time that does not exist (the hour skipped when clocks
 * go forward, 02:00-02:59 on the last Sunday of March in Oslo) moves forward by the gap (02:30 ->
 * 03:30 summer time); a time that occurs twice (02:00-02:59 on the last Sunday of October) means the
 * first occurrence (summer time).
 */
export function instantAt(day: CalendarDay, time: string, timeZone: string = OSLO): Date {
  const match = TIME_PATTERN.exec(time);
  if (!match) throw new RangeError(`not a time "HH:mm": ${JSON.stringify(time)}`);
  const wall = toUtcMs(day) + Number(match[1]) * 3_600_000 + Number(match[2]) * 60_000;
  // The offset on either side of any transition near this day; a zone changes at most once a day.
  const before = offsetMs(timeZone, wall - DAY_MS);
  const after = offsetMs(timeZone, wall + DAY_MS);
  const candidates = [...new Set([before, after])]
    .map((offset) => wall - offset)
    .filter((utc) => wall - offsetMs(timeZone, utc) === utc)
    .sort((x, y) => x - y);
  const first = candidates[0];
  // No candidate: the wall time is in a gap; read it with the offset in force before the gap.
  return new Date(first ?? wall - before);
}
