import type { AppServices } from '../app/services.js';
import type { Locale } from '../i18n/locale.js';
import { minutesContent } from './build-minutes.js';
import { loadMeetingRecord } from './load-meeting-record.js';
import { saveDocumentVersion } from './save-document-version.js';

/** The newest draft minutes of a meeting in one language, made anew when the record behind them changed. */
export async function makeMinutes(services: AppServices, meetingId: string, locale: Locale) {
  const record = await loadMeetingRecord(services.db, meetingId);
  const content = minutesContent(record, locale);
  const saved = await saveDocumentVersion(services, {
    meetingId,
    kind: 'minutes',
    locale,
    extension: 'docx',
    content,
    // Word's library is loaded on the first document, not at start.
    render: async (version) => (await import('./render-minutes-docx.js')).renderMinutesDocx(content, version),
  });
  return { ...saved, content, record };
}
