import type { AppServices } from '../app/services.js';
import { formatDateTime } from '../i18n/format-date.js';
import { t } from '../i18n/text.js';
import { updateDelivery } from '../outbox/enqueue-delivery.js';
import { agendaFor } from './agenda-for.js';
import { agendaDeliveryKey } from './distribute-agenda.js';
import { loadMeeting } from './load-meeting.js';
import { meetingTexts } from './texts.js';

/**
 * After the agenda was distributed, a change to it (an item added, edited, removed or reordered, a paper
 * submitted, the meeting moved) edits the posted agenda in place, with "Updated <time>" at the bottom.
 * Before distribution, or for a cancelled meeting, nothing is posted or changed. Returns true when updated.
 */
export async function refreshPostedAgenda(services: AppServices, meetingId: string): Promise<boolean> {
  const meeting = await loadMeeting(services.db, meetingId);
  if (!meeting.distributedAt || meeting.state === 'cancelled') return false;
  const locale = services.config.DEFAULT_LOCALE;
  const agenda = await agendaFor(services, meeting, locale);
  const updated = t(locale, meetingTexts.agendaUpdated, { when: formatDateTime(services.clock(), locale, meeting.committee.timeZone) });
  const message = { text: `${agenda.text}\n${updated}`, blocks: [...agenda.blocks, { type: 'context' as const, text: updated }] };
  return updateDelivery(services, agendaDeliveryKey(meetingId), message);
}
