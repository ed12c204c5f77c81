import { defineTexts, type Text } from '../i18n/text.js';

/**
 * Norwegian public holidays (*helligdager* and the two statutory *høytidsdager* 1 and 17 May).
 *
 * Only days that are public holidays by law are listed here. Christmas Eve (24 Dec) and New Year's Eve
 * (31 Dec) are not public holidays, but government offices close (or close at noon) and no one expects
 * a paper on those days; they are treated as closed by default through the calendar option
 * `extraClosedDays` (see `working-days.ts`, `DEFAULT_EXTRA_CLOSED_DAYS`), which a cycle may override.
 * The days between Christmas and New Year (27-30 Dec) are ordinary working days by default: offices
 * are open, even if many are on leave; a cycle that wants them closed lists them in `extraClosedDays`.
 * Sundays that are holidays (Easter Sunday, Whit Sunday) are listed for completeness; they are
 * weekends anyway. See docs/calendar.md.
 */
export type HolidayId =
  | 'new_years_day'
  | 'maundy_thursday'
  | 'good_friday'
  | 'easter_sunday'
  | 'easter_monday'
  | 'labour_day'
  | 'constitution_day'
  | 'ascension_day'
  | 'whit_sunday'
  | 'whit_monday'
  | 'christmas_day'
  | 'boxing_day';

export interface Holiday {
  /** ISO calendar day, "2021-05-17". */
  day: string;
  id: HolidayId;
  name: Text;
}

export const holidayNames = defineTexts({
  new_years_day: { nb: 'Første nyttårsdag', en: "New Year's Day" },
  maundy_thursday: { nb: 'Skjærtorsdag', en: 'Maundy Thursday' },
  good_friday: { nb: 'Langfredag', en: 'Good Friday' },
  easter_sunday: { nb: 'Første påskedag', en: 'Easter Sunday' },
  easter_monday: { nb: 'Andre påskedag', en: 'Easter Monday' },
  labour_day: { nb: 'Offentlig høytidsdag (1. mai)', en: 'Labour Day (1 May)' },
  constitution_day: { nb: 'Grunnlovsdag (17. mai)', en: 'Constitution Day (17 May)' },
  ascension_day: { nb: 'Kristi himmelfartsdag', en: 'Ascension Day' },
  whit_sunday: { nb: 'Første pinsedag', en: 'Whit Sunday' },
  whit_monday: { nb: 'Andre pinsedag', en: 'Whit Monday' },
  christmas_day: { nb: 'Første juledag', en: 'Christmas Day' },
  boxing_day: { nb: 'Andre juledag', en: 'Boxing Day (St Stephen’s Day)' },
} satisfies Record<HolidayId, Text>);

/** Easter Sunday of a Gregorian year as [month 1-12, day], by the anonymous Gregorian (Meeus/Jones/Butcher) algorithm. */
export function easterSunday(year: number): { month: number; day: number } {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return { month, day };
}

/** "2021-04-04" for a UTC day number (milliseconds at UTC midnight). */
function isoOf(utcMidnight: number): string {
  return new Date(utcMidnight).toISOString().slice(0, 10);
}

const DAY_MS = 86_400_000;

/** The Norwegian public holidays of a year, in date order. */
export function norwegianHolidays(year: number): Holiday[] {
  if (!Number.isInteger(year) || year < 1700 || year > 9999) {
    throw new RangeError(`norwegianHolidays: year must be a whole number from 1700 to 9999, got ${year}`);
  }
  const easter = easterSunday(year);
  const easterMs = Date.UTC(year, easter.month - 1, easter.day);
  const fromEaster = (days: number) => isoOf(easterMs + days * DAY_MS);
  const fixed = (month: number, day: number) => isoOf(Date.UTC(year, month - 1, day));

  const list: Array<[string, HolidayId]> = [
    [fixed(1, 1), 'new_years_day'],
    [fromEaster(-3), 'maundy_thursday'],
    [fromEaster(-2), 'good_friday'],
    [fromEaster(0), 'easter_sunday'],
    [fromEaster(1), 'easter_monday'],
    [fixed(5, 1), 'labour_day'],
    [fixed(5, 17), 'constitution_day'],
    [fromEaster(39), 'ascension_day'],
    [fromEaster(49), 'whit_sunday'],
    [fromEaster(50), 'whit_monday'],
    [fixed(12, 25), 'christmas_day'],
    [fixed(12, 26), 'boxing_day'],
  ];
  return list
    .map(([day, id]) => ({ day, id, name: holidayNames[id] }))
    .sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
}
