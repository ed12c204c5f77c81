import { TZDate } from '@date-fns/tz';
import ical, { ICalCalendarMethod, ICalEventStatus, type ICalEventData } from 'ical-generator';
import { formatCaseNumber, formatMeetingNumber, formatMeetingRef } from '../../i18n/format-numbers.js';
import type { Locale } from '../../i18n/locale.js';
import { plain } from '../plain-text.js';
import { documentTexts as T } from '../texts.js';

/*
 * Calendar entries with ical-generator. Every meeting has one stable UID, so a move (a higher SEQUENCE) or a
 * cancellation (METHOD:CANCEL, STATUS:CANCELLED) updates the entry people already have. Times are written in the
 * committee's zone (Europe/Oslo) with its VTIMEZONE, so calendars show 10.00 all year, summer time or not.
 */

/** Europe/Oslo's rules since 1996 (last Sunday of March and October), as calendar programs expect them. */
const OSLO_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  'TZID:Europe/Oslo',
  'X-LIC-LOCATION:Europe/Oslo',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0200',
  'TZNAME:CEST',
  'DTSTART:19700329T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0200',
  'TZOFFSETTO:+0100',
  'TZNAME:CET',
  'DTSTART:19701025T030000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
].join('\r\n');

/** Zones that keep Oslo's rules (the committees are Norwegian); other zones are written in UTC. */
const OSLO_RULES = new Set(['Europe/Oslo', 'Europe/Stockholm', 'Europe/Copenhagen', 'Europe/Berlin', 'Europe/Paris', 'CET']);

/** What a meeting's entry needs. */
export interface CalendarMeeting {
  id: string;
  number: number;
  year: number;
  startsAt: Date;
  endsAt: Date;
  place: string;
  videoLink: string | null;
  state: string;
  calendarSequence: number;
  updatedAt: Date;
  committee: { key: string; name: string; timeZone: string };
}

/** A paper deadline as its own entry, for the item's presenter. */
export interface CalendarPaperDeadline {
  itemId: string;
  caseNumber: number;
  caseYear: number;
  title: string;
  dueAt: Date;
  updatedAt: Date;
  /** Taken off the agenda: the entry is cancelled (one SEQUENCE above the meeting's). */
  removed?: boolean;
  meeting: CalendarMeeting;
}

/** A deadline is cancelled with its item (removed) or its meeting (cancelled). */
const deadlineCancelled = (deadline: CalendarPaperDeadline) => deadline.removed === true || deadline.meeting.state === 'cancelled';

export const meetingUid = (meetingId: string) => `meeting-${meetingId}@saksgang`;
export const paperDeadlineUid = (itemId: string) => `paper-deadline-${itemId}@saksgang`;

const zoned = (date: Date, timeZone: string) => new TZDate(date, OSLO_RULES.has(timeZone) ? timeZone : 'UTC');

export function meetingEvent(meeting: CalendarMeeting, locale: Locale): ICalEventData {
  const tz = meeting.committee.timeZone;
  const ref = formatMeetingRef(meeting.committee.key, meeting);
  const description = [meeting.committee.name, meeting.videoLink ? plain(locale, T.eventVideo, { url: meeting.videoLink }) : null].filter(Boolean).join('\n');
  return {
    id: meetingUid(meeting.id),
    sequence: meeting.calendarSequence,
    stamp: new TZDate(meeting.updatedAt, 'UTC'),
    start: zoned(meeting.startsAt, tz),
    end: zoned(meeting.endsAt, tz),
    timezone: OSLO_RULES.has(tz) ? tz : null,
    summary: plain(locale, T.eventMeeting, { committee: meeting.committee.key, number: formatMeetingNumber(meeting) }),
    location: meeting.place.trim() || plain(locale, T.videoMeeting),
    description,
    ...(meeting.videoLink ? { url: meeting.videoLink } : {}),
    status: meeting.state === 'cancelled' ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

export function paperDeadlineEvent(deadline: CalendarPaperDeadline, locale: Locale): ICalEventData {
  const tz = deadline.meeting.committee.timeZone;
  const ref = formatMeetingRef(deadline.meeting.committee.key, deadline.meeting);
  return {
    id: paperDeadlineUid(deadline.itemId),
    // The meeting's SEQUENCE: a move of the meeting moves the deadline and raises both; a removal raises it once more.
    sequence: deadline.meeting.calendarSequence + (deadline.removed ? 1 : 0),
    stamp: new TZDate(deadline.updatedAt, 'UTC'),
    start: zoned(deadline.dueAt, tz),
    end: zoned(new Date(deadline.dueAt.getTime() + 30 * 60_000), tz),
    timezone: OSLO_RULES.has(tz) ? tz : null,
    summary: plain(locale, T.eventPaperDeadline, { meeting: ref, case: formatCaseNumber(deadline), title: deadline.title }),
    description: plain(locale, T.eventPaperDeadlineDescription, { meeting: ref }),
    status: deadlineCancelled(deadline) ? ICalEventStatus.CANCELLED : ICalEventStatus.CONFIRMED,
  };
}

function calendar(options: { name?: string; method: ICalCalendarMethod; events: ICalEventData[] }): string {
  const cal = ical({
    prodId: { company: 'Saksgang', product: 'Saksgang', language: 'NB' },
    method: options.method,
    ...(options.name ? { name: options.name } : {}),
    timezone: { name: 'Europe/Oslo', generator: (tz) => (tz === 'Europe/Oslo' ? OSLO_VTIMEZONE : null) },
  });
  for (const event of options.events) cal.createEvent(event);
  return cal.toString();
}

/** The .ics that goes with an invitation, a move or a cancellation of a meeting (METHOD:CANCEL once cancelled). */
export function meetingIcs(meeting: CalendarMeeting, locale: Locale): string {
  const method = meeting.state === 'cancelled' ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH;
  return calendar({ method, events: [meetingEvent(meeting, locale)] });
}

/** The .ics of one paper deadline, for its presenter (METHOD:CANCEL once the item is removed or the meeting cancelled). */
export function paperDeadlineIcs(deadline: CalendarPaperDeadline, locale: Locale): string {
  const method = deadlineCancelled(deadline) ? ICalCalendarMethod.CANCEL : ICalCalendarMethod.PUBLISH;
  return calendar({ method, events: [paperDeadlineEvent(deadline, locale)] });
}

/** A person's feed: their committees' meetings and the paper deadlines of the items they present. */
export function personFeedIcs(name: string, locale: Locale, meetings: CalendarMeeting[], deadlines: CalendarPaperDeadline[]): string {
  return calendar({
    name: plain(locale, T.feedName, { name }),
    method: ICalCalendarMethod.PUBLISH,
    events: [...meetings.map((m) => meetingEvent(m, locale)), ...deadlines.map((d) => paperDeadlineEvent(d, locale))],
  });
}
