import type { Db } from '../db/prisma.js';
import { AppError, ErrorCode } from '../errors.js';
import { decisionTexts } from './decision-texts.js';

const MEETING_NUMBER = /^(\d{1,2})\/(\d{2}|\d{4})$/;

/**
 * The meeting named by "NUIT 2/2026" (or "NUIT 2/26") in a command's arguments, with its committee.
 * Throws an `AppError` with a user text when the words do not name a known meeting.
 */
export async function findMeeting(db: Db, args: string[]) {
  const [key, numberText] = args;
  const match = numberText ? MEETING_NUMBER.exec(numberText) : null;
  if (!key || !match) throw new AppError(ErrorCode.InvalidInput, 'meeting reference missing', decisionTexts.meetingUsage);
  const committee = await db.committee.findFirst({ where: { key: { equals: key, mode: 'insensitive' } } });
  if (!committee) throw new AppError(ErrorCode.NotFound, 'unknown committee', decisionTexts.unknownCommittee, { key });
  const number = Number(match[1]);
  const year = match[2]!.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  const meeting = await db.meeting.findUnique({ where: { committeeId_year_number: { committeeId: committee.id, year, number } } });
  if (!meeting) throw new AppError(ErrorCode.NotFound, 'unknown meeting', decisionTexts.unknownMeeting, { meeting: `${committee.key} ${number}/${year}` });
  return { committee, meeting };
}
