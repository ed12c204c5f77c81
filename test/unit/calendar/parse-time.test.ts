import { describe, expect, it } from 'vitest';
import { parseTime } from '../../../src/calendar/parse-time.js';
import { readItemForm, readMeetingForm } from '../../../src/meetings/read-meeting-forms.js';

describe('times as Norwegians write them', () => {
  it.each([
    ['10.00', '10:00'],
    ['10:00', '10:00'],
    ['kl. 10', '10:00'],
    ['kl 10.30', '10:30'],
    ['kl.10', '10:00'],
    ['Kl. 9.05', '09:05'],
    ['klokka 14', '14:00'],
    ['9', '09:00'],
    ['23:59', '23:59'],
    ['10:00:00', '10:00'],
    ['  13.30 ', '13:30'],
  ])('%s is %s', (text, time) => {
    expect(parseTime(text)).toBe(time);
  });

  it.each(['24.00', '10.60', '10.5', 'ti', 'kl.', '31.12.2026', '10:00:61', '', '1000'])('%s is no time', (text) => {
    expect(parseTime(text)).toBeNull();
  });
});

describe('the meeting forms read Norwegian times and dates', () => {
  const now = new Date('2026-11-30T09:00:00Z');

  it('reads «kl. 10», «13.30» and 31.12.2026 as a meeting from 10:00 to 13:30 Oslo time', () => {
    const read = readMeetingForm({ date: '31.12.2026', start: 'kl. 10', end: '13.30', place: 'Oslo' }, 'nb', now, 'Europe/Oslo');
    expect(read).toEqual({ ok: true, value: { startsAt: new Date('2026-12-31T09:00:00Z'), endsAt: new Date('2026-12-31T12:30:00Z'), place: 'Oslo', videoLink: null } });
  });

  it('says how to write a time it cannot read, in the person’s language', () => {
    const nb = readMeetingForm({ date: '2026-12-31', start: 'ti', end: '13:30', place: 'Oslo' }, 'nb', now, 'Europe/Oslo');
    expect(nb).toEqual({ ok: false, errors: { start: 'Skriv klokkeslettet som 10.00, kl. 10 eller 10:00.' } });
    const en = readMeetingForm({ date: '31.02.2026', start: '10:00', end: '9.00', place: 'Oslo' }, 'en', now, 'Europe/Oslo');
    expect(en).toEqual({ ok: false, errors: { date: 'Write the date as 31.12.2026, 31.12 or 2026-12-31.', end: 'The meeting must end after it starts.' } });
  });

  it('reads an item’s planned start written «kl 11.15»', () => {
    const meeting = { startsAt: new Date('2026-12-31T09:00:00Z'), endsAt: new Date('2026-12-31T12:30:00Z') };
    const read = readItemForm({ type: 'discussion', title: 'Sak', plannedStart: 'kl 11.15' }, 'nb', { personIds: [], meeting, timeZone: 'Europe/Oslo' });
    expect(read.ok && read.value.plannedStart).toEqual(new Date('2026-12-31T10:15:00Z'));
  });
});
