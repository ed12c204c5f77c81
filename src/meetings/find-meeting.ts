import type { Db } from '../db/prisma.js';
import { AppError, ErrorCode } from '../errors.js';
import { meetingTexts } from './texts.js';
import { parseMeetingNumber } from './parse-meeting-number.js';

/** The committee by its key, case-insensitively ("nuit" finds NUIT). */
export async function findCommittee(db: Db, key: string | undefined) {
  const committee = key ? await db.committee.findFirst({ where: { key: { equals: key, mode: 'insensitive' } } }) : null;
  if (!committee) throw new AppError(ErrorCode.NotFound, `committee ${key ?? '(none)'} not found`, meetingTexts.unknownCommittee, { key: key ?? '' });
  return committee;
}

/** A committee's meeting by "N/YYYY" or "N/YY", or its next meeting that is not cancelled when no number is given. */
export async function findMeeting(db: Db, committee: { id: string; key: string }, number: string | undefined, now: Date) {
  if (number) {
    const parsed = parseMeetingNumber(number);
    const meeting = parsed
      ? await db.meeting.findUnique({ where: { committeeId_year_number: { committeeId: committee.id, year: parsed.year, number: parsed.number } } })
      : null;
    if (!meeting) throw new AppError(ErrorCode.NotFound, `meeting ${committee.key} ${number} not found`, meetingTexts.meetingNotFound, { meeting: `${committee.key} ${number}` });
    return meeting;
  }
  const next = await db.meeting.findFirst({
    where: { committeeId: committee.id, state: { not: 'cancelled' }, endsAt: { gte: now } },
    orderBy: { startsAt: 'asc' },
  });
  if (!next) throw new AppError(ErrorCode.NotFound, `no upcoming meeting of ${committee.key}`, meetingTexts.noUpcomingMeeting, { committee: committee.key });
  return next;
}

/** A committee's meeting by "N/YYYY", or the last one held (started, not cancelled) when no number is given. */
export async function findHeldMeeting(db: Db, committee: { id: string; key: string }, number: string | undefined, now: Date) {
  if (number) return findMeeting(db, committee, number, now);
  const last = await db.meeting.findFirst({
    where: { committeeId: committee.id, state: { not: 'cancelled' }, startsAt: { lte: now } },
    orderBy: { startsAt: 'desc' },
  });
  if (!last) throw new AppError(ErrorCode.NotFound, `no meeting of ${committee.key} held yet`, meetingTexts.noHeldMeeting, { committee: committee.key });
  return last;
}
