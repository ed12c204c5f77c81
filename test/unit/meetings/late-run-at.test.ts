import { describe, expect, it } from 'vitest';
import { lateRunAt, SHORT_NOTICE_GRACE_MS, SHORT_NOTICE_MARGIN_MS } from '../../../src/meetings/stage-meeting-jobs.js';

const now = new Date('2027-02-08T08:00:00Z');
const inHours = (h: number) => new Date(now.getTime() + h * 3600 * 1000);

describe('lateRunAt: when a short-notice meeting\'s past milestones run', () => {
  it('after the two-hour grace when the meeting is days ahead', () => {
    expect(SHORT_NOTICE_GRACE_MS).toBe(2 * 3600 * 1000);
    expect(lateRunAt(now, inHours(72)).toISOString()).toBe('2027-02-08T10:00:00.000Z');
  });

  it('no later than the start minus the margin', () => {
    expect(SHORT_NOTICE_MARGIN_MS).toBe(3600 * 1000);
    expect(lateRunAt(now, inHours(2.5)).toISOString()).toBe(inHours(1.5).toISOString());
  });

  it('at once when the meeting starts within the grace', () => {
    expect(lateRunAt(now, inHours(2)).getTime()).toBe(now.getTime());
    expect(lateRunAt(now, inHours(0.5)).getTime()).toBe(now.getTime());
  });

  it('after a move, from the grace the meeting already had: capped by the new start, never a new grace', () => {
    const graceEndsAt = inHours(1.5);
    // Moved later: the old grace still ends the wait.
    expect(lateRunAt(now, inHours(6), graceEndsAt).toISOString()).toBe(graceEndsAt.toISOString());
    // Moved earlier: an hour before the new start, before the grace ends.
    expect(lateRunAt(now, inHours(2), graceEndsAt).toISOString()).toBe(inHours(1).toISOString());
    // Moved to start within the grace: at once.
    expect(lateRunAt(now, inHours(1.5), graceEndsAt).getTime()).toBe(now.getTime());
  });
});
