import { isCalendarDay, type CalendarDay } from './working-days.js';

const pad = (n: string) => n.padStart(2, '0');

/**
 * A day as Norwegians write it: `31.12.2026`, `31.12.26`, `31.12` / `31.12.` (the next 31 December on or after
 * `today`), or ISO `2026-12-31`. Null when it is no valid day.
 */
export function parseDay(text: string | undefined, today: CalendarDay): CalendarDay | null {
  if (!text) return null;
  const value = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(value)) return isCalendarDay(value) ? value : null;
  const match = /^(\d{1,2})\.(\d{1,2})(?:\.(\d{2}|\d{4})?)?$/.exec(value);
  if (!match) return null;
  const [, day, month, year] = match;
  const dayMonth = `${pad(month!)}-${pad(day!)}`;
  if (year) {
    const full = year.length === 2 ? `20${year}` : year;
    const candidate = `${full}-${dayMonth}`;
    return isCalendarDay(candidate) ? candidate : null;
  }
  const thisYear = Number(today.slice(0, 4));
  for (const y of [thisYear, thisYear + 1]) {
    const candidate = `${y}-${dayMonth}`;
    if (isCalendarDay(candidate) && candidate >= today) return candidate;
  }
  return null;
}
