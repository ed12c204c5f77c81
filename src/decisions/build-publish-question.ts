import { formatDateTime } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Confirm } from '../ui/model.js';
import { decisionTexts as T } from './texts.js';

/**
 * The question before a meeting's decisions are published, when publishing now would be premature: items
 * without a recorded decision (how many), or a meeting that has not ended yet. Null when neither is the case.
 */
export function publishQuestion(locale: Locale, meeting: { meetingRef: string; endsAt: Date; items: { decision: string | null }[] }, now: Date): Confirm | null {
  const unrecorded = meeting.items.filter((item) => !item.decision).length;
  const notHeld = meeting.endsAt > now;
  if (unrecorded === 0 && !notHeld) return null;
  const reasons = [
    ...(unrecorded ? [t(locale, T.publishUnrecorded, { unrecorded, total: meeting.items.length })] : []),
    ...(notHeld ? [t(locale, T.publishNotHeld, { ends: formatDateTime(meeting.endsAt, locale) })] : []),
  ];
  return {
    title: t(locale, T.publishConfirmTitle),
    text: `${reasons.join(' ')} ${t(locale, T.publishConfirmText, { meeting: meeting.meetingRef })}`,
    confirm: t(locale, T.publishConfirm),
    deny: t(locale, T.confirmDeny),
  };
}
