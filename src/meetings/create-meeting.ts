import type { AppServices } from '../app/services.js';
import { calendarDayOf } from '../calendar/working-days.js';
import { toLocale } from '../i18n/locale.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { allocateCaseNumber } from './allocate-case-number.js';
import { ATTENDEE_ROLES, committeePeople } from './committee-people.js';
import { standingTitle } from './item-title.js';
import { loadMeeting, type LoadedMeeting } from './load-meeting.js';
import { buildMemberMessage } from './member-messages.js';
import { syncMeetingJobs } from './sync-meeting-jobs.js';

export interface CreateMeetingOptions {
  committeeId: string;
  startsAt: Date;
  endsAt: Date;
  /** A venue; empty for a video meeting. */
  place: string;
  videoLink: string | null;
}

const STANDING = [
  { kind: 'notice_and_agenda', position: 1 },
  { kind: 'previous_minutes', position: 2 },
  { kind: 'any_other_business', position: 1_000_000 },
] as const;

/**
 * Creates a meeting numbered N/YYYY per committee and year, with its three standing items (each with a
 * case number), its cycle's deadlines and jobs, and an invitation to every member, chair and observer.
 */
export async function createMeeting(services: AppServices, options: CreateMeetingOptions): Promise<LoadedMeeting> {
  const { db } = services;
  const committee = await db.committee.findUniqueOrThrow({ where: { id: options.committeeId } });
  const year = Number(calendarDayOf(options.startsAt, committee.timeZone).slice(0, 4));
  const locale = services.config.DEFAULT_LOCALE;

  let meetingId: string | null = null;
  for (let attempt = 0; meetingId === null; attempt += 1) {
    try {
      meetingId = await db.$transaction(async (tx) => {
        const last = await tx.meeting.findFirst({ where: { committeeId: committee.id, year }, orderBy: { number: 'desc' } });
        const previous = await tx.meeting.findFirst({
          where: { committeeId: committee.id, startsAt: { lt: options.startsAt }, state: { not: 'cancelled' } },
          orderBy: { startsAt: 'desc' },
        });
        const meeting = await tx.meeting.create({
          data: {
            committeeId: committee.id,
            year,
            number: (last?.number ?? 0) + 1,
            startsAt: options.startsAt,
            endsAt: options.endsAt,
            place: options.place,
            videoLink: options.videoLink,
            previousMeetingId: previous?.id ?? null,
          },
        });
        for (const standing of STANDING) {
          await tx.agendaItem.create({
            data: {
              meetingId: meeting.id,
              committeeId: committee.id,
              caseYear: year,
              caseNumber: await allocateCaseNumber(tx, committee.id, year),
              type: standing.kind === 'any_other_business' ? 'information' : 'approval',
              kind: standing.kind,
              title: standingTitle(standing.kind, locale),
              position: standing.position,
            },
          });
        }
        return meeting.id;
      });
    } catch (error) {
      // Two meetings created at once for the same committee and year: take the next number.
      if (attempt >= 3 || (error as { code?: string }).code !== 'P2002') throw error;
    }
  }

  const meeting = await loadMeeting(db, meetingId);
  await syncMeetingJobs(services, meeting);
  const attendees = await committeePeople(db, committee.id, ATTENDEE_ROLES);
  await Promise.all(
    attendees.map((person) =>
      sendToPerson(services, {
        personId: person.id,
        kind: 'meeting-invite',
        idempotencyKey: `invite.${meeting.id}.${person.id}`,
        message: buildMemberMessage('invite', toLocale(person.locale), meeting),
      }),
    ),
  );
  return loadMeeting(db, meeting.id);
}
