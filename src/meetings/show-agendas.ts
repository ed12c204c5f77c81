import type { AppServices } from '../app/services.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Block, Message } from '../ui/model.js';
import { plainMessage } from '../conversation/plain-message.js';
import { agendaFor } from './agenda-for.js';
import { findCommittee, findMeeting } from './find-meeting.js';
import { loadMeeting } from './load-meeting.js';
import { meetingTexts } from './texts.js';

/**
 * The agenda a person asks for, in their language: of the named committee's meeting ("2/2026", or its next
 * meeting), or, when no committee is named, of the next meeting (not cancelled) of each committee the person
 * belongs to, in date order. Agendas are not secret: anyone in the roster may ask for any committee's.
 */
export async function showAgendas(
  services: AppServices,
  request: { personId: string; locale: Locale; committeeKey?: string; meetingNumber?: string },
): Promise<Message> {
  const { db } = services;
  const now = services.clock();
  if (request.committeeKey) {
    const committee = await findCommittee(db, request.committeeKey);
    const meeting = await findMeeting(db, committee, request.meetingNumber, now);
    return agendaFor(services, await loadMeeting(db, meeting.id), request.locale);
  }
  const memberships = await db.membership.findMany({ where: { personId: request.personId }, select: { committeeId: true } });
  const committeeIds = [...new Set(memberships.map((m) => m.committeeId))];
  const nextOfEach = await Promise.all(
    committeeIds.map((committeeId) =>
      db.meeting.findFirst({ where: { committeeId, state: { not: 'cancelled' }, endsAt: { gte: now } }, orderBy: { startsAt: 'asc' } }),
    ),
  );
  const meetings = nextOfEach.filter((m) => m !== null).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  if (meetings.length === 0) return plainMessage(t(request.locale, meetingTexts.noUpcomingAgendas));
  const agendas = await Promise.all(meetings.map(async (m) => agendaFor(services, await loadMeeting(db, m.id), request.locale)));
  const blocks: Block[] = agendas.flatMap((agenda, i) => (i === 0 ? agenda.blocks : [{ type: 'divider' as const }, ...agenda.blocks]));
  return { text: agendas.map((a) => a.text).join('\n\n'), blocks };
}
