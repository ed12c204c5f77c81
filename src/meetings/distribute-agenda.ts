import type { AppServices } from '../app/services.js';
import { postToCommittee } from '../outbox/post-to-committee.js';
import { agendaInputOf } from './agenda-input.js';
import { buildAgendaMessage } from './build-agenda-message.js';
import { loadMeeting } from './load-meeting.js';
import { addPortfolioLines } from './portfolio-agenda-lines.js';

/** The outbox key of a meeting's agenda in the committee channel: the agenda is posted once per meeting. */
export const agendaDeliveryKey = (meetingId: string) => `agenda.${meetingId}`;

/**
 * Posts the agenda to the committee's channel and marks the meeting distributed. Runs from the
 * distribute_agenda milestone and from "distribute now"; whichever comes first posts, the other finds the
 * same outbox key and posts nothing. Returns false when the meeting was already distributed or is cancelled.
 */
export async function distributeAgenda(services: AppServices, meetingId: string): Promise<boolean> {
  const meeting = await loadMeeting(services.db, meetingId);
  if (meeting.state === 'cancelled') return false;
  const already = meeting.distributedAt !== null;
  const locale = services.config.DEFAULT_LOCALE;
  const { input, trailing } = await addPortfolioLines(services, meeting, agendaInputOf(meeting, locale), locale);
  const agenda = buildAgendaMessage(input, locale);
  const message = { ...agenda, blocks: [...agenda.blocks, ...trailing] };
  await postToCommittee(services, { committeeId: meeting.committeeId, kind: 'agenda', idempotencyKey: agendaDeliveryKey(meetingId), message });
  await services.db.meeting.updateMany({
    where: { id: meetingId, distributedAt: null },
    data: { distributedAt: services.clock(), state: 'distributed' },
  });
  return !already;
}
