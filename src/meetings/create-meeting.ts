import type { AppServices } from '../app/services.js';
import { calendarDayOf } from '../calendar/working-days.js';
import { queueFanOut, stageFanOut, TURN_TRANSACTION, type StagedFanOut } from '../outbox/stage-fan-out.js';
import { AppError, ErrorCode } from '../errors.js';
import { formatMeetingNumber } from '../i18n/format-numbers.js';
import { allocateCaseNumber } from './allocate-case-number.js';
import { meetingTexts } from './texts.js';
import { renumberCases } from './renumber-cases.js';
import { standingTitle } from './item-title.js';
import { loadMeeting, type LoadedMeeting } from './load-meeting.js';
import { meetingFanOutKeys, meetingInviteFanOut } from './meeting-fan-outs.js';
import { queueStagedJobs, stageMeetingJobs, type LateMilestones, type StagedMeetingJob } from './stage-meeting-jobs.js';

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

/** A later meeting of the same year that took the next number because the new one came before it. */
export interface RenumberedMeeting {
  meetingId: string;
  from: string;
  to: string;
}

/** The new meeting, how many people its invitation goes to, and the later meetings it renumbered. */
export type CreatedMeeting = LoadedMeeting & { invited: number; renumbered: RenumberedMeeting[]; late: LateMilestones };

/**
 * Creates a meeting numbered N/YYYY per committee and year in date order: a meeting planned before later
 * ones of the same year takes the first later one's number and those later ones move up by one, unless one of
 * them has been distributed (its number is printed on its notice), which is refused with a sentence. Also with its three standing items (each with a
 * case number), its cycle's deadlines and jobs, and the invitation to every member, chair and observer as
 * one staged fan-out: all in ONE transaction, so either the meeting exists with every invitation owed, or
 * nothing exists. The invitations are sent by the queue, not by the turn.
 */
export async function createMeeting(services: AppServices, options: CreateMeetingOptions): Promise<CreatedMeeting> {
  const { db } = services;
  const committee = await db.committee.findUniqueOrThrow({ where: { id: options.committeeId } });
  const year = Number(calendarDayOf(options.startsAt, committee.timeZone).slice(0, 4));
  const locale = services.config.DEFAULT_LOCALE;

  let created: { meetingId: string; jobs: StagedMeetingJob[]; invitation: StagedFanOut; renumbered: RenumberedMeeting[]; late: LateMilestones } | null = null;
  for (let attempt = 0; created === null; attempt += 1) {
    try {
      created = await db.$transaction(async (tx) => {
        const last = await tx.meeting.findFirst({ where: { committeeId: committee.id, year }, orderBy: { number: 'desc' } });
        const later = await tx.meeting.findMany({ where: { committeeId: committee.id, year, startsAt: { gt: options.startsAt } }, orderBy: { number: 'desc' } });
        const sent = later.filter((m) => m.distributedAt !== null).sort((a, b) => a.number - b.number)[0];
        if (sent) {
          throw new AppError(ErrorCode.Conflict, 'a later meeting of the year is distributed', meetingTexts.laterMeetingDistributed, {
            committee: committee.key,
            meeting: formatMeetingNumber(sent),
          });
        }
        // Later meetings move up one number, the highest first, so no two ever share a number.
        const renumbered: RenumberedMeeting[] = [];
        for (const m of later) {
          await tx.meeting.update({ where: { id: m.id }, data: { number: m.number + 1 } });
          renumbered.unshift({ meetingId: m.id, from: formatMeetingNumber(m), to: formatMeetingNumber({ number: m.number + 1, year }) });
        }
        const number = later.length > 0 ? Math.min(...later.map((m) => m.number)) : (last?.number ?? 0) + 1;
        const previous = await tx.meeting.findFirst({
          where: { committeeId: committee.id, startsAt: { lt: options.startsAt }, state: { not: 'cancelled' } },
          orderBy: { startsAt: 'desc' },
        });
        const meeting = await tx.meeting.create({
          data: {
            committeeId: committee.id,
            year,
            number,
            startsAt: options.startsAt,
            endsAt: options.endsAt,
            place: options.place,
            videoLink: options.videoLink,
            previousMeetingId: previous?.id ?? null,
          },
        });
        // The first meeting after the new one now approves the new one's minutes, unless its notice is out.
        const next = await tx.meeting.findFirst({ where: { committeeId: committee.id, startsAt: { gt: options.startsAt }, state: { not: 'cancelled' } }, orderBy: { startsAt: 'asc' } });
        if (next && next.distributedAt === null) await tx.meeting.update({ where: { id: next.id }, data: { previousMeetingId: meeting.id } });
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
        await renumberCases(tx, committee.id, year);
        const late: LateMilestones = { ran: [], skipped: [] };
        const jobs = await stageMeetingJobs(tx, services, { ...meeting, committee }, late);
        const invitation = await stageFanOut(tx, services, meetingInviteFanOut, meetingFanOutKeys.invite(meeting.id), { meetingId: meeting.id, committeeId: committee.id });
        return { meetingId: meeting.id, jobs, invitation, renumbered, late };
      }, TURN_TRANSACTION);
    } catch (error) {
      // Two meetings created at once for the same committee and year: take the next number.
      if (attempt >= 3 || (error as { code?: string }).code !== 'P2002') throw error;
    }
  }

  // Committed: queue at once what the worker's sweep would otherwise queue later.
  const [meeting] = await Promise.all([loadMeeting(db, created.meetingId), queueStagedJobs(services, created.jobs), queueFanOut(services, created.invitation)]);
  return { ...meeting, invited: created.invitation.total, renumbered: created.renumbered, late: created.late };
}
