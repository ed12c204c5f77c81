import { parseDay } from '../calendar/parse-day.js';
import { parseTime } from '../calendar/parse-time.js';
import { instantAt, calendarDayOf } from '../calendar/working-days.js';
import type { ItemType } from '../generated/prisma/enums.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { FieldErrors, FormValues } from '../ui/model.js';
import { itemTypeTexts } from './item-type-texts.js';
import { meetingTexts } from './texts.js';

export type Read<T> = { ok: true; value: T } | { ok: false; errors: FieldErrors };

function text(values: FormValues, id: string): string {
  const v = values[id];
  return (Array.isArray(v) ? v[0] : v)?.trim() ?? '';
}

/** A typed time as `HH:mm` (`10.00`, `kl. 10`, `10:00`, Teams' `10:00:00`); what cannot be read is returned as typed. */
function time(values: FormValues, id: string): { typed: string; value: string | null } {
  const typed = text(values, id);
  return { typed, value: parseTime(typed) };
}

/** True for a full http(s) link. */
export function isLink(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === 'https:' || url.protocol === 'http:') && url.hostname.length > 0 && !/\s/.test(value);
  } catch {
    return false;
  }
}

export interface MeetingFormValue {
  startsAt: Date;
  endsAt: Date;
  place: string;
  videoLink: string | null;
}

/** Date, start, end, place and video link (an empty place is a video meeting, its link may come later); every bad field gets its own message in `locale`. */
export function readMeetingForm(values: FormValues, locale: Locale, now: Date, timeZone: string): Read<MeetingFormValue> {
  const errors: FieldErrors = {};
  const typedDate = text(values, 'date');
  const date = parseDay(typedDate, calendarDayOf(now, timeZone));
  const start = time(values, 'start');
  const end = time(values, 'end');
  const place = text(values, 'place');
  const videoLink = text(values, 'videoLink');
  if (!typedDate) errors.date = t(locale, meetingTexts.errRequired);
  else if (!date) errors.date = t(locale, meetingTexts.errDate);
  else if (date < calendarDayOf(now, timeZone)) errors.date = t(locale, meetingTexts.errPast);
  if (!start.typed) errors.start = t(locale, meetingTexts.errRequired);
  else if (!start.value) errors.start = t(locale, meetingTexts.errTime);
  if (!end.typed) errors.end = t(locale, meetingTexts.errRequired);
  else if (!end.value) errors.end = t(locale, meetingTexts.errTime);
  else if (start.value && end.value <= start.value) errors.end = t(locale, meetingTexts.errEndBeforeStart);
  if (videoLink && !isLink(videoLink)) errors.videoLink = t(locale, meetingTexts.errLink);
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { startsAt: instantAt(date!, start.value!, timeZone), endsAt: instantAt(date!, end.value!, timeZone), place, videoLink: videoLink || null } };
}

export interface ItemFormValue {
  type: ItemType;
  title: string;
  presenterId: string | null;
  proposedDecision: string | null;
  plannedStart: Date | null;
}

/** Type, title, presenter (one of `personIds`), proposed decision, planned start within the meeting. */
export function readItemForm(
  values: FormValues,
  locale: Locale,
  context: { personIds: string[]; meeting: { startsAt: Date; endsAt: Date }; timeZone: string },
): Read<ItemFormValue> {
  const errors: FieldErrors = {};
  const type = text(values, 'type');
  const title = text(values, 'title');
  const presenter = text(values, 'presenter');
  const proposed = text(values, 'proposedDecision');
  const planned = time(values, 'plannedStart');
  if (!type) errors.type = t(locale, meetingTexts.errRequired);
  else if (!(type in itemTypeTexts)) errors.type = t(locale, meetingTexts.errType);
  if (!title) errors.title = t(locale, meetingTexts.errRequired);
  if (presenter && !context.personIds.includes(presenter)) errors.presenter = t(locale, meetingTexts.errUnknownPerson);
  let plannedStart: Date | null = null;
  if (planned.typed) {
    if (!planned.value) errors.plannedStart = t(locale, meetingTexts.errTime);
    else {
      plannedStart = instantAt(calendarDayOf(context.meeting.startsAt, context.timeZone), planned.value, context.timeZone);
      if (plannedStart < context.meeting.startsAt || plannedStart >= context.meeting.endsAt) errors.plannedStart = t(locale, meetingTexts.errOutsideMeeting);
    }
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { type: type as ItemType, title, presenterId: presenter || null, proposedDecision: proposed || null, plannedStart } };
}

export interface PaperFormValue {
  title: string;
  links: string[];
  proposedDecision: string | null;
}

/** Title, one or more links (one per line), the proposed decision as confirmed or adjusted. */
export function readPaperForm(values: FormValues, locale: Locale): Read<PaperFormValue> {
  const errors: FieldErrors = {};
  const title = text(values, 'title');
  const lines = text(values, 'links')
    .split(/[\r\n]+/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (!title) errors.title = t(locale, meetingTexts.errRequired);
  if (lines.length === 0) errors.links = t(locale, meetingTexts.errRequired);
  else {
    const bad = lines.find((l) => !isLink(l));
    if (bad) errors.links = t(locale, meetingTexts.errLinks, { line: bad });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, value: { title, links: lines, proposedDecision: text(values, 'proposedDecision') || null } };
}
