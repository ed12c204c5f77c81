import type { Locale } from '../i18n/locale.js';

/** The documents capability's stable job and delivery ids (no `:` in job ids). */
export const documentJobIds = {
  notice: (meetingId: string) => `documents-notice.${meetingId}`,
  minutes: (meetingId: string) => `documents-minutes.${meetingId}`,
};

export const documentDeliveryKeys = {
  /** One notice document (a language, a version): a bilingual channel gets one per language, each shared once. */
  notice: (meetingId: string, locale: Locale, version: number) => `notice-doc.${meetingId}.${locale}.v${version}`,
  /** The key a notice had before it was made per language; a share begun under it finishes under it (`share-notice.ts`). */
  legacyNotice: (meetingId: string, version: number) => `notice-doc.${meetingId}.v${version}`,
  minutes: (meetingId: string, version: number, personId: string) => `minutes-doc.${meetingId}.v${version}.${personId}`,
};
