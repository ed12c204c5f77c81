import type { Db } from '../db/prisma.js';
import type { AttendanceAnswer } from '../generated/prisma/enums.js';

/** Stores a member's answer to the call to a meeting; the latest answer wins. */
export async function recordAttendanceReply(db: Db, input: { meetingId: string; personId: string; answer: AttendanceAnswer; deputyName?: string | null }) {
  const data = { answer: input.answer, deputyName: input.answer === 'deputy' ? (input.deputyName ?? null) : null };
  return db.attendanceReply.upsert({
    where: { meetingId_personId: { meetingId: input.meetingId, personId: input.personId } },
    create: { meetingId: input.meetingId, personId: input.personId, ...data },
    update: data,
  });
}
