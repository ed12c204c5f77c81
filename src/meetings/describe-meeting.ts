import { formatDateTime, formatTime } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { meetingTexts } from './texts.js';
import { escapeMarkup, link } from '../ui/markup.js';

/** "torsdag 20. mai 2021 kl. 10.00–13.30" / "Thursday 20 May 2021, 10:00–13:30". */
export function describeMeetingTime(meeting: { startsAt: Date; endsAt: Date }, locale: Locale, timeZone?: string): string {
  const end = formatTime(meeting.endsAt, locale, timeZone).replace(/^kl\. /, '');
  return `${formatDateTime(meeting.startsAt, locale, timeZone)}–${end}`;
}

/** The venue, or "Video meeting"; with a link when there is one. An empty place means a video meeting. */
export function describeMeetingPlace(meeting: { place: string; videoLink: string | null }, locale: Locale): string {
  const place = escapeMarkup(meeting.place.trim()) || t(locale, meetingTexts.videoMeeting);
  return meeting.videoLink ? `${place} (${link(t(locale, meetingTexts.fieldVideoLink), meeting.videoLink)})` : place;
}
