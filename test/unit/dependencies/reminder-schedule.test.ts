import { describe, expect, it } from 'vitest';
import { portfolioPolicySchema } from '../../../src/cycles/cycle-schema.js';
import { escalationDay, isReminderDay, nextReminderDay, snoozeEnd } from '../../../src/dependencies/reminder-schedule.js';
import { parseRedFilter } from '../../../src/dependencies/parse-red-filter.js';

const policy = portfolioPolicySchema.parse({ reportingRound: {}, redDependencies: { every: 10, beforeDue: [5] } });
// Red since Monday 5 June 2023, 10:00 in Oslo.
const basis = { redSince: new Date('2023-06-05T08:00:00Z'), dueDate: new Date('2023-06-23T00:00:00Z'), snoozedUntil: null };

describe('red-dependency reminder days', () => {
  it('come every ten working days after the day it turned red, and five working days before the due date', () => {
    expect(nextReminderDay(policy, basis, '2023-06-05')).toBe('2023-06-16');
    expect(nextReminderDay(policy, basis, '2023-06-16')).toBe('2023-06-19');
    expect(nextReminderDay(policy, basis, '2023-06-19')).toBe('2023-07-03');
    expect(isReminderDay(policy, basis, '2023-06-19')).toBe(true);
    expect(isReminderDay(policy, basis, '2023-06-20')).toBe(false);
    expect(isReminderDay(policy, basis, '2023-06-05')).toBe(false);
  });

  it('skip Norwegian holidays: ten working days after 10 May 2023 pass Ascension Day and 17 May', () => {
    const may = { redSince: new Date('2023-05-10T08:00:00Z'), dueDate: null, snoozedUntil: null };
    // 11, 12, 15, 16, 19, 22, 23, 24, 25, 26 May (17 and 18 May are holidays; Whit Monday is 29 May).
    expect(nextReminderDay(policy, may, '2023-05-10')).toBe('2023-05-26');
  });

  it('pause while snoozed and resume on the day the snooze ends', () => {
    const snoozed = { ...basis, dueDate: null, snoozedUntil: snoozeEnd(policy, new Date('2023-06-15T10:00:00Z'), 5) };
    expect(snoozed.snoozedUntil.toISOString()).toBe('2023-06-22T07:00:00.000Z');
    expect(isReminderDay(policy, snoozed, '2023-06-19')).toBe(false);
    expect(nextReminderDay(policy, snoozed, '2023-06-15')).toBe('2023-06-22');
    expect(nextReminderDay(policy, snoozed, '2023-06-22')).toBe('2023-07-03');
  });

  it('escalate on the first working day after the due date', () => {
    expect(escalationDay(policy, new Date('2023-06-09T00:00:00Z'))).toBe('2023-06-12');
  });
});

describe('the red-list filter', () => {
  it('reads criticality and category in either language and keeps the rest as provider', () => {
    expect(parseRedFilter(['høy', 'finansiering', 'Helse', 'Vest'])).toEqual({ criticality: 'high', category: 'funding', provider: 'Helse Vest' });
    expect(parseRedFilter(['regulation'])).toEqual({ category: 'regulation' });
    expect(parseRedFilter([])).toEqual({});
  });
});

describe('weekEndOf', () => {
  it('gives the Sunday of the Monday-to-Sunday week', async () => {
    const { weekEndOf } = await import('../../../src/dependencies/reminder-schedule.js');
    expect(weekEndOf('2023-06-19')).toBe('2023-06-25');
    expect(weekEndOf('2023-06-23')).toBe('2023-06-25');
    expect(weekEndOf('2023-06-25')).toBe('2023-06-25');
  });
});
