import type { AppServices } from '../app/services.js';
import { formatDateTime } from '../i18n/format-date.js';
import { t } from '../i18n/text.js';
import type { Locale } from '../i18n/locale.js';
import { updateCommitteePost } from '../outbox/post-to-committee.js';
import type { Message } from '../ui/model.js';
import { agendaFor } from './agenda-for.js';
import { agendaDeliveryKey } from './distribute-agenda.js';
import { loadMeeting } from './load-meeting.js';
import { meetingTexts } from './texts.js';

/**
 * After the agenda was distributed, a change to it (an item added, edited, removed or reordered, a paper
 * submitted, the meeting moved) edits the posted agenda in place, every platform's copy, in the channel's
 * languages as they are now, with "Updated <time>" at the bottom.
 * Before distribution, or for a cancelled meeting, nothing is posted or changed. Returns true when updated.
 */
export async function refreshPostedAgenda(services: AppServices, meetingId: string): Promise<boolean> {
  const meeting = await loadMeeting(services.db, meetingId);
  if (!meeting.distributedAt || meeting.state === 'cancelled') return false;
  const now = services.clock();
  const build = async (locale: Locale): Promise<Message> => {
    const agenda = await agendaFor(services, meeting, locale);
    const updated = t(locale, meetingTexts.agendaUpdated, { when: formatDateTime(now, locale, meeting.committee.timeZone) });
    return { text: `${agenda.text}\n${updated}`, blocks: [...agenda.blocks, { type: 'context', text: updated }] };
  };
  return updateCommitteePost(services, { committeeId: meeting.committeeId, idempotencyKey: agendaDeliveryKey(meetingId), build });
}
