import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { computeSchedule } from '../../../src/cycles/compute-schedule.js';
import { cycleSchema, type Cycle } from '../../../src/cycles/cycle-schema.js';
import { toZonedIso } from '../../../src/cycles/format-schedule.js';
import { loadCycles } from '../../../src/cycles/load-cycles.js';

let nuit: Cycle;

beforeAll(async () => {
  nuit = (await loadCycles(path.resolve('workflows'))).get('nuit');
});

/** milestone -> due, in Oslo ISO. */
function dues(cycle: Cycle, day: string, time = '10:00'): Record<string, string> {
  return Object.fromEntries(computeSchedule(cycle, instantAt(day, time)).map((m) => [m.milestone, toZonedIso(m.due)]));
}

describe('computeSchedule for NUIT 2/2021 (Thursday 20 May 2021, 10:00)', () => {
  it('moves the deadlines for Ascension (13 May), 17 May (Monday) and Easter', () => {
    expect(dues(nuit, '2021-05-20')).toEqual({
      call_for_items: '2021-04-06T09:00:00+02:00', // -30: Easter Monday 5 April skipped
      agenda_set: '2021-04-20T09:00:00+02:00', // -20
      paper_deadline: '2021-05-04T12:00:00+02:00', // -10: 6 May without the two holidays
      distribute_agenda: '2021-05-11T09:00:00+02:00', // -5
      member_reminder: '2021-05-19T09:00:00+02:00', // -1
      decision_summary: '2021-05-21T15:00:00+02:00', // +1
      draft_minutes: '2021-06-04T09:00:00+02:00', // +10: Whit Monday 24 May skipped
    });
  });

  it('schedules the paper reminders and the escalation after a miss', () => {
    const paper = computeSchedule(nuit, instantAt('2021-05-20', '10:00')).find((m) => m.milestone === 'paper_deadline')!;
    expect(paper.action).toBe('paper_deadline');
    expect(paper.reminders.map((r) => [r.to, toZonedIso(r.at)])).toEqual([
      ['presenters', '2021-04-27T09:00:00+02:00'], // 5 working days before 4 May
      ['presenters', '2021-05-03T09:00:00+02:00'], // 1 working day before
    ]);
    expect(paper.escalation && { to: paper.escalation.to, at: toZonedIso(paper.escalation.at) }).toEqual({
      to: ['presenters', 'secretariat'],
      at: '2021-05-05T09:00:00+02:00',
    });
  });

  it('is sorted by due time and deterministic', () => {
    const start = instantAt('2021-05-20', '10:00');
    const a = computeSchedule(nuit, start);
    const times = a.map((m) => m.due.getTime());
    expect(times).toEqual([...times].sort((x, y) => x - y));
    expect(computeSchedule(nuit, new Date(start))).toEqual(a);
  });

  it('takes the meeting day in Oslo, whatever the instant’s UTC day', () => {
    // 00:30 Oslo on 20 May is still 19 May in UTC.
    expect(dues(nuit, '2021-05-20', '00:30')).toEqual(dues(nuit, '2021-05-20', '10:00'));
  });
});

describe('computeSchedule across daylight-saving and the year end', () => {
  it('keeps wall-clock times on both sides of the March change (meeting 8 April 2021, after Easter)', () => {
    const d = dues(nuit, '2021-04-08');
    expect(d.paper_deadline).toBe('2021-03-22T12:00:00+01:00');
    expect(d.distribute_agenda).toBe('2021-03-29T09:00:00+02:00');
    expect(d.member_reminder).toBe('2021-04-07T09:00:00+02:00');
  });

  it('keeps wall-clock times on both sides of the October change (meeting 4 November 2021)', () => {
    const d = dues(nuit, '2021-11-04');
    expect(d.distribute_agenda).toBe('2021-10-28T09:00:00+02:00');
    expect(d.member_reminder).toBe('2021-11-03T09:00:00+01:00');
  });

  it('skips 24-26 and 31 December and 1 January (meeting 13 January 2022)', () => {
    const d = dues(nuit, '2022-01-13');
    expect(d.paper_deadline).toBe('2021-12-29T12:00:00+01:00');
    expect(d.distribute_agenda).toBe('2022-01-06T09:00:00+01:00');
  });

  it('uses the cycle’s extraClosedDays', () => {
    const open = cycleSchema.parse({ ...structuredClone(nuit), extraClosedDays: [] });
    expect(dues(open, '2022-01-13').paper_deadline).toBe('2021-12-30T12:00:00+01:00');
  });

  it('uses the cycle’s time zone for days and times', () => {
    const utc = cycleSchema.parse({ ...structuredClone(nuit), timeZone: 'UTC' });
    const m = computeSchedule(utc, new Date('2021-05-20T10:00:00Z')).find((x) => x.milestone === 'paper_deadline')!;
    expect(m.due.toISOString()).toBe('2021-05-04T12:00:00.000Z');
  });
});
