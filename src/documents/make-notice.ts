import type { AppServices } from '../app/services.js';
import { formatMeetingRef } from '../i18n/format-numbers.js';
import type { Locale } from '../i18n/locale.js';
import { noticeContent } from './build-notice.js';
import { documentUrl } from './document-url.js';
import { loadMeetingRecord } from './load-meeting-record.js';
import { plain } from './plain-text.js';
import { latestDocument, saveDocumentVersion } from './save-document-version.js';
import { documentTexts as T } from './texts.js';

/**
 * The newest notice of a meeting in one language, made anew when its content changed. The approval of the previous
 * minutes links to the newest minutes of the previous meeting in the same language, when they were made.
 */
export async function makeNotice(services: AppServices, meetingId: string, locale: Locale) {
  const record = await loadMeetingRecord(services.db, meetingId);
  const previousMinutes = record.previous ? await latestDocument(services, { meetingId: record.previous.id, kind: 'minutes', locale }) : null;
  const previousMinutesUrl =
    record.previous && previousMinutes
      ? documentUrl(services, previousMinutes.fileId, plain(locale, T.minutesFileName, { meeting: formatMeetingRef(record.committee.key, record.previous) }))
      : null;
  const content = noticeContent(record, locale, { previousMinutesUrl });
  const saved = await saveDocumentVersion(services, {
    meetingId,
    kind: 'notice',
    locale,
    extension: 'docx',
    content,
    // Word's library is loaded on the first document, not at start.
    render: async (version) => (await import('./render-notice-docx.js')).renderNoticeDocx(content, version),
  });
  return { ...saved, content, record };
}
