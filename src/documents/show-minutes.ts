import type { AppServices } from '../app/services.js';
import { decideAccess } from '../access/decide-access.js';
import { AppError, ErrorCode } from '../errors.js';
import { formatMeetingRef } from '../i18n/format-numbers.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { findCommittee, findMeeting } from '../meetings/find-meeting.js';
import { plainMessage } from '../conversation/plain-message.js';
import type { Message } from '../ui/model.js';
import { documentUrl } from './document-url.js';
import { makeMinutes } from './make-minutes.js';
import { documentMessage } from './share-notice.js';
import { documentTexts as T } from './texts.js';

/**
 * The draft minutes of a held meeting as a Word document in the asker's language, for the committee's secretariat,
 * chair, members and observers (the people they are sent to). Refused for others; a meeting not held yet has none.
 */
export async function showMinutes(services: AppServices, request: { personId: string; locale: Locale; committeeKey: string; meetingNumber?: string }): Promise<Message> {
  const committee = await findCommittee(services.db, request.committeeKey);
  const seated =
    (await decideAccess(services.db, request.personId, { action: 'view_meeting_status', committeeId: committee.id })).allowed ||
    (await decideAccess(services.db, request.personId, { action: 'answer_invitation', committeeId: committee.id })).allowed;
  if (!seated) {
    // The same refusal as for the meeting status: the minutes belong to the committee.
    throw new AppError(ErrorCode.Forbidden, `minutes of ${committee.key} refused`, T.minutesRefused, { committee: committee.key });
  }
  const meeting = await findMeeting(services.db, committee, request.meetingNumber, services.clock());
  const ref = formatMeetingRef(committee.key, meeting);
  if (meeting.state === 'cancelled' || meeting.startsAt.getTime() > services.clock().getTime()) {
    return plainMessage(t(request.locale, T.minutesNotHeld, { meeting: ref }));
  }
  const { document, content } = await makeMinutes(services, meeting.id, request.locale);
  const text = t(request.locale, T.minutesReady, { meeting: ref });
  return documentMessage(`${text} (${t(request.locale, T.versionLine, { version: document.version })})`, documentUrl(services, document.fileId, content.fileName), request.locale);
}
