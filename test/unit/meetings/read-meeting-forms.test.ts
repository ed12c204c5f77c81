import { describe, expect, it } from 'vitest';
import { instantAt } from '../../../src/calendar/working-days.js';
import { readItemForm, readMeetingForm, readPaperForm } from '../../../src/meetings/read-meeting-forms.js';

const now = new Date('2026-03-01T08:00:00Z');
const zone = 'Europe/Oslo';

describe('readMeetingForm', () => {
  it('reads a video meeting in Oslo time', () => {
    const read = readMeetingForm({ date: '2026-05-20', start: '10:00', end: '13:30:00', videoLink: 'https://video.example.no/x' }, 'nb', now, zone);
    expect(read).toEqual({ ok: true, value: { startsAt: instantAt('2026-05-20', '10:00'), endsAt: instantAt('2026-05-20', '13:30'), place: '', videoLink: 'https://video.example.no/x' } });
  });

  it('reads an empty place without a link as a video meeting whose link comes later, as the hint says', () => {
    const read = readMeetingForm({ date: '2026-05-20', start: '10:00', end: '12:00', place: '  ', videoLink: '' }, 'nb', now, zone);
    expect(read).toEqual({ ok: true, value: { startsAt: instantAt('2026-05-20', '10:00'), endsAt: instantAt('2026-05-20', '12:00'), place: '', videoLink: null } });
  });

  it('names every bad field in the person’s language', () => {
    expect(readMeetingForm({ date: '2026-02-01', start: '25:00', end: '' }, 'en', now, zone)).toEqual({
      ok: false,
      errors: { date: 'That date has passed.', start: 'Write the time as 10.00, kl. 10 or 10:00.', end: 'Please fill in this field.' },
    });
    expect(readMeetingForm({ date: '31.02.2026', start: '10:00', end: '12:00', place: 'Oslo' }, 'nb', now, zone)).toEqual({ ok: false, errors: { date: 'Skriv datoen som 31.12.2026, 31.12 eller 2026-12-31.' } });
    // Written the Norwegian way, it is read.
    expect(readMeetingForm({ date: '20.05.2026', start: '10.00', end: 'kl. 12', place: 'Oslo' }, 'nb', now, zone)).toMatchObject({ ok: true });
  });
});

describe('readItemForm', () => {
  const meeting = { startsAt: instantAt('2026-05-20', '10:00'), endsAt: instantAt('2026-05-20', '13:30') };
  it('accepts a presenter from the list and a start within the meeting', () => {
    const read = readItemForm({ type: 'decision', title: ' Tittel ', presenter: 'p1', plannedStart: '11:15' }, 'nb', { personIds: ['p1'], meeting, timeZone: zone });
    expect(read).toEqual({ ok: true, value: { type: 'decision', title: 'Tittel', presenterId: 'p1', proposedDecision: null, plannedStart: instantAt('2026-05-20', '11:15') } });
  });
  it('refuses an unknown type, presenter and a start outside the meeting', () => {
    const read = readItemForm({ type: 'vote', title: '', presenter: 'px', plannedStart: '14:00' }, 'en', { personIds: ['p1'], meeting, timeZone: zone });
    expect(read.ok ? {} : Object.keys(read.errors).sort()).toEqual(['plannedStart', 'presenter', 'title', 'type']);
  });
});

describe('readPaperForm', () => {
  it('reads one link per line', () => {
    expect(readPaperForm({ title: 'Toppnotat', links: 'https://a.example.no/1\r\n\r\nhttps://a.example.no/2 ' }, 'nb')).toEqual({
      ok: true,
      value: { title: 'Toppnotat', links: ['https://a.example.no/1', 'https://a.example.no/2'], proposedDecision: null },
    });
  });
  it('names the line that is not a link', () => {
    const read = readPaperForm({ title: 'x', links: 'https://a.example.no/1\nftp://files/2' }, 'en');
    expect(read).toEqual({ ok: false, errors: { links: '"ftp://files/2" is not a link. Write full links starting with https://, one per line.' } });
  });
});
