import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  calendarDayOf,
  instantAt,
  isCalendarDay,
  isWorkingDay,
  workingDaysBetween,
} from '../../../src/calendar/working-days.js';

describe('isWorkingDay', () => {
  it('closes weekends and public holidays', () => {
    expect(isWorkingDay('2021-05-20')).toBe(true); // Thursday, NUIT 2/2021
    expect(isWorkingDay('2021-05-22')).toBe(false); // Saturday
    expect(isWorkingDay('2021-05-13')).toBe(false); // Ascension
    expect(isWorkingDay('2021-05-14')).toBe(true); // the Friday after Ascension is an ordinary day
    expect(isWorkingDay('2021-04-01')).toBe(false); // Maundy Thursday
    expect(isWorkingDay('2021-04-05')).toBe(false); // Easter Monday
    expect(isWorkingDay('2021-05-24')).toBe(false); // Whit Monday
  });

  it('closes 17 May on a weekday; on a weekend it gives no day off in lieu', () => {
    expect(isWorkingDay('2021-05-17')).toBe(false); // Monday
    expect(isWorkingDay('2024-05-17')).toBe(false); // Friday
    expect(isWorkingDay('2025-05-17')).toBe(false); // Saturday
    expect(isWorkingDay('2025-05-16')).toBe(true);
    expect(isWorkingDay('2025-05-19')).toBe(true);
    expect(isWorkingDay('2020-05-18')).toBe(true); // the Monday after a Sunday 17 May
  });

  it('closes Christmas, and by default Christmas Eve and New Year’s Eve; 27-30 December stay open', () => {
    expect(isWorkingDay('2023-12-25')).toBe(false);
    expect(isWorkingDay('2023-12-26')).toBe(false);
    expect(isWorkingDay('2021-12-24')).toBe(false);
    expect(isWorkingDay('2024-12-31')).toBe(false);
    expect(isWorkingDay('2024-12-27')).toBe(true);
    expect(isWorkingDay('2024-12-30')).toBe(true);
  });

  it('honours extraClosedDays, yearly "MM-DD" and one-off "YYYY-MM-DD"', () => {
    expect(isWorkingDay('2021-12-24', { extraClosedDays: [] })).toBe(true);
    expect(isWorkingDay('2024-12-27', { extraClosedDays: ['12-27'] })).toBe(false);
    expect(isWorkingDay('2025-12-29', { extraClosedDays: ['2024-12-27'] })).toBe(true);
    expect(isWorkingDay('2024-12-27', { extraClosedDays: ['2024-12-27'] })).toBe(false);
  });

  it('rejects what is not a calendar day', () => {
    expect(() => isWorkingDay('2021-02-30')).toThrow(RangeError);
    expect(() => isWorkingDay('20.05.2021')).toThrow(/YYYY-MM-DD/);
    expect(isCalendarDay('2024-02-29')).toBe(true);
    expect(isCalendarDay('2023-02-29')).toBe(false);
  });
});

describe('addWorkingDays', () => {
  it('skips Ascension and 17 May going back from NUIT 2/2021', () => {
    expect(addWorkingDays('2021-05-20', -1)).toBe('2021-05-19');
    expect(addWorkingDays('2021-05-20', -3)).toBe('2021-05-14');
    expect(addWorkingDays('2021-05-20', -4)).toBe('2021-05-12');
    expect(addWorkingDays('2021-05-20', -10)).toBe('2021-05-04');
  });

  it('skips Easter', () => {
    expect(addWorkingDays('2021-03-31', 1)).toBe('2021-04-06');
    expect(addWorkingDays('2021-04-06', -1)).toBe('2021-03-31');
  });

  it('crosses the year end, skipping 31 December (closed by default) and 1 January', () => {
    expect(addWorkingDays('2024-12-30', 1)).toBe('2025-01-02');
    expect(addWorkingDays('2025-01-02', -1)).toBe('2024-12-30');
    expect(addWorkingDays('2024-12-30', 1, { extraClosedDays: [] })).toBe('2024-12-31');
    expect(addWorkingDays('2024-12-31', 1, { extraClosedDays: [] })).toBe('2025-01-02');
    expect(addWorkingDays('2021-12-30', 1)).toBe('2022-01-03');
    expect(addWorkingDays('2021-12-23', 1)).toBe('2021-12-27'); // 24 closed, 25-26 weekend
  });

  it('with n = 0 keeps a working day and moves a closed day back to the last working day', () => {
    expect(addWorkingDays('2021-05-20', 0)).toBe('2021-05-20');
    expect(addWorkingDays('2021-05-22', 0)).toBe('2021-05-21'); // Saturday -> Friday
    expect(addWorkingDays('2021-05-17', 0)).toBe('2021-05-14'); // 17 May (Monday) -> Friday
    expect(addWorkingDays('2021-05-22', -1)).toBe('2021-05-21'); // documented: 0 and -1 agree from a weekend
    expect(addWorkingDays('2021-05-22', 1)).toBe('2021-05-25'); // Whit Monday skipped
  });

  it('refuses fractional n', () => {
    expect(() => addWorkingDays('2021-05-20', 1.5)).toThrow(RangeError);
  });
});

describe('workingDaysBetween', () => {
  it('counts working days in (a, b], negative backwards, and inverts addWorkingDays', () => {
    expect(workingDaysBetween('2021-05-04', '2021-05-20')).toBe(10);
    expect(workingDaysBetween('2021-05-20', '2021-05-04')).toBe(-10);
    expect(workingDaysBetween('2021-05-20', '2021-05-20')).toBe(0);
    expect(workingDaysBetween('2024-12-30', '2025-01-02')).toBe(1);
    for (const n of [-30, -20, -10, -5, -1, 1, 10]) {
      expect(workingDaysBetween('2021-05-20', addWorkingDays('2021-05-20', n))).toBe(n);
    }
  });
});

describe('calendarDayOf and instantAt', () => {
  it('gives the Oslo calendar day of an instant', () => {
    expect(calendarDayOf(new Date('2021-05-19T22:30:00Z'))).toBe('2021-05-20');
    expect(calendarDayOf(new Date('2021-05-19T21:59:00Z'))).toBe('2021-05-19');
    expect(calendarDayOf(new Date('2021-12-31T23:30:00Z'))).toBe('2022-01-01');
    expect(calendarDayOf(new Date('2021-05-19T22:30:00Z'), 'UTC')).toBe('2021-05-19');
  });

  it('turns an Oslo wall time into the right instant on both sides of the March change', () => {
    expect(instantAt('2021-03-27', '09:00').toISOString()).toBe('2021-03-27T08:00:00.000Z');
    expect(instantAt('2021-03-28', '09:00').toISOString()).toBe('2021-03-28T07:00:00.000Z');
    expect(instantAt('2021-03-28', '01:30').toISOString()).toBe('2021-03-28T00:30:00.000Z');
    // 02:30 does not exist that night: it moves forward to 03:30 summer time.
    expect(instantAt('2021-03-28', '02:30').toISOString()).toBe('2021-03-28T01:30:00.000Z');
    expect(instantAt('2021-03-28', '03:00').toISOString()).toBe('2021-03-28T01:00:00.000Z');
  });

  it('turns an Oslo wall time into the right instant on both sides of the October change', () => {
    expect(instantAt('2021-10-30', '09:00').toISOString()).toBe('2021-10-30T07:00:00.000Z');
    expect(instantAt('2021-10-31', '09:00').toISOString()).toBe('2021-10-31T08:00:00.000Z');
    // 02:30 happens twice that night: the first (summer time) is meant.
    expect(instantAt('2021-10-31', '02:30').toISOString()).toBe('2021-10-31T00:30:00.000Z');
    expect(instantAt('2021-10-31', '03:00').toISOString()).toBe('2021-10-31T02:00:00.000Z');
  });

  it('works in other zones and rejects bad input', () => {
    expect(instantAt('2021-05-20', '10:00', 'UTC').toISOString()).toBe('2021-05-20T10:00:00.000Z');
    expect(instantAt('2021-05-20', '10:00', 'America/New_York').toISOString()).toBe('2021-05-20T14:00:00.000Z');
    expect(() => instantAt('2021-05-20', '24:00')).toThrow(/HH:mm/);
    expect(() => instantAt('2021-05-20', '10:00', 'Mars/Olympus')).toThrow(/time zone/);
  });

  it('round-trips every day of a year through the Oslo day', () => {
    for (let day = '2021-01-01'; day < '2022-01-01'; day = addWorkingDays(day, 1, { extraClosedDays: [] })) {
      expect(calendarDayOf(instantAt(day, '00:00'))).toBe(day);
      expect(calendarDayOf(instantAt(day, '23:59'))).toBe(day);
    }
  });
});
