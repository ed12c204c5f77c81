import type { AppServices } from '../../app/services.js';
import { fileBaseUrl, fileUrl } from '../../files/store-file.js';
import type { Locale } from '../../i18n/locale.js';
import { saveDocumentVersion } from '../save-document-version.js';
import { downloadFileName } from '../document-url.js';
import { meetingIcs, type CalendarMeeting } from './build-calendar.js';

/**
 * The .ics of a meeting as it stands, stored as a generated file (a new version only when the entry changed), and
 * its download address; null without a public address. Invitations, moves and cancellations carry it.
 */
export async function meetingIcsUrl(services: AppServices, meeting: CalendarMeeting, locale: Locale): Promise<string | null> {
  const ics = meetingIcs(meeting, locale);
  const content = { ...meeting, updatedAt: null, locale };
  const { document } = await saveDocumentVersion(services, { meetingId: meeting.id, kind: 'calendar', locale, extension: 'ics', content, render: async () => ics });
  return fileUrl(fileBaseUrl(services.config), document.fileId, downloadFileName(`${meeting.committee.key} ${meeting.number}-${meeting.year}`, document.fileId));
}
