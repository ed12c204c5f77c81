import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { meetingTexts } from './texts.js';

const STANDING_TITLES = {
  notice_and_agenda: meetingTexts.itemNoticeAndAgenda,
  previous_minutes: meetingTexts.itemPreviousMinutes,
  any_other_business: meetingTexts.itemAnyOtherBusiness,
} as const;

/**
 * An item's title in the reader's language: standing items are translated, cases keep what was typed. The
 * approval of the minutes names the meeting they are from ("Godkjenning av referat fra NUIT 1/2027") when it
 * is known (`previousMeeting`: "NUIT 1/2027"), so a renumbered or later-planned meeting still reads right.
 */
export function itemTitle(item: { kind: string; title: string }, locale: Locale, previousMeeting?: string | null): string {
  if (item.kind === 'previous_minutes' && previousMeeting) return t(locale, meetingTexts.itemMinutesOf, { meeting: previousMeeting });
  const standing = STANDING_TITLES[item.kind as keyof typeof STANDING_TITLES];
  return standing ? t(locale, standing) : item.title;
}

export function standingTitle(kind: keyof typeof STANDING_TITLES, locale: Locale): string {
  return t(locale, STANDING_TITLES[kind]);
}
