import { describe, expect, it } from 'vitest';
import { followUpReminderAt } from '../../../src/decisions/schedule-follow-up-reminders.js';

describe('followUpReminderAt', () => {
  it('is 09:00 Oslo two working days before the due date', () => {
    // Wednesday 10 June 2026 -> Monday 8 June, 09:00 summer time.
    expect(followUpReminderAt('2026-06-10', new Date('2026-05-21T08:00:00Z')).toISOString()).toBe('2026-06-08T07:00:00.000Z');
  });

  it('skips weekends and public holidays (17 May and Ascension Day 2026)', () => {
    // Due Tuesday 19 May 2026; Monday 18 May is a working day, Sunday 17 May and Thursday 14 May (Ascension) are not.
    expect(followUpReminderAt('2026-05-19', new Date('2026-05-01T08:00:00Z')).toISOString()).toBe('2026-05-15T07:00:00.000Z');
  });

  it('is now when that time has already passed', () => {
    const now = new Date('2026-06-09T12:00:00Z');
    expect(followUpReminderAt('2026-06-10', now)).toBe(now);
  });
});
