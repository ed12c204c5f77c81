import { describe, expect, it } from 'vitest';
import { easterSunday, norwegianHolidays } from '../../../src/calendar/norwegian-holidays.js';
import { t } from '../../../src/i18n/text.js';

const dayOf = (year: number, id: string) => norwegianHolidays(year).find((h) => h.id === id)?.day;

describe('easterSunday', () => {
  it.each([
    [2021, 4, 4],
    [2024, 3, 31],
    [2025, 4, 20],
    [2026, 4, 5],
    [2019, 4, 21],
    [2000, 4, 23],
    [2038, 4, 25], // the latest possible date
    [2285, 3, 22], // the earliest possible date
  ])('Easter %i is %i/%i', (year, month, day) => {
    expect(easterSunday(year)).toEqual({ month, day });
  });
});

describe('norwegianHolidays', () => {
  it('lists the twelve public holidays of 2021 in date order', () => {
    expect(norwegianHolidays(2021).map((h) => h.day)).toEqual([
      '2021-01-01',
      '2021-04-01',
      '2021-04-02',
      '2021-04-04',
      '2021-04-05',
      '2021-05-01',
      '2021-05-13',
      '2021-05-17',
      '2021-05-23',
      '2021-05-24',
      '2021-12-25',
      '2021-12-26',
    ]);
  });

  it('places Ascension 39 days and Whit Monday 50 days after Easter', () => {
    expect(dayOf(2024, 'ascension_day')).toBe('2024-05-09');
    expect(dayOf(2024, 'whit_monday')).toBe('2024-05-20');
    expect(dayOf(2025, 'ascension_day')).toBe('2025-05-29');
    expect(dayOf(2025, 'whit_sunday')).toBe('2025-06-08');
    expect(dayOf(2025, 'whit_monday')).toBe('2025-06-09');
    expect(dayOf(2026, 'maundy_thursday')).toBe('2026-04-02');
    expect(dayOf(2026, 'ascension_day')).toBe('2026-05-14');
    expect(dayOf(2026, 'whit_monday')).toBe('2026-05-25');
  });

  it('keeps both entries when Ascension falls on 17 May', () => {
    const days = norwegianHolidays(2012).filter((h) => h.day === '2012-05-17').map((h) => h.id);
    expect(days.sort()).toEqual(['ascension_day', 'constitution_day']);
  });

  it('names every holiday in both languages', () => {
    const easterMonday = norwegianHolidays(2021).find((h) => h.id === 'easter_monday')!;
    expect(t('nb', easterMonday.name)).toBe('Andre påskedag');
    expect(t('en', easterMonday.name)).toBe('Easter Monday');
  });

  it('does not count Christmas Eve or New Year’s Eve as public holidays', () => {
    const days = norwegianHolidays(2021).map((h) => h.day);
    expect(days).not.toContain('2021-12-24');
    expect(days).not.toContain('2021-12-31');
  });
});
