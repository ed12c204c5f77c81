import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Confirm } from '../ui/model.js';
import { meetingTexts as T } from './texts.js';

/** The question before a meeting's agenda goes out: distributing is public and cannot be taken back. */
export function distributeQuestion(locale: Locale, meetingLabel: string): Confirm {
  return {
    title: t(locale, T.distributeConfirmTitle),
    text: t(locale, T.distributeConfirmText, { meeting: meetingLabel }),
    confirm: t(locale, T.distributeConfirm),
    deny: t(locale, T.confirmDeny),
  };
}
