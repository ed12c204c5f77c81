import type { Db } from '../db/prisma.js';
import type { FormValues } from '../ui/model.js';
import { AttendanceFields } from './decision-ids.js';

export interface AttendanceInput {
  present: string[];
  absent: string[];
  observers: string[];
  others: string[];
  /** Per present member, the items they did not take part in. */
  notParticipating: Record<string, string[]>;
}

/**
 * Reads the attendance form against the roster: unknown ids are ignored, blank lines of other attendees
 * dropped, and only present members can be marked as not taking part in an item.
 */
export function readAttendance(values: FormValues, memberIds: string[], observerIds: string[], itemIds: string[] = []): AttendanceInput {
  const input: AttendanceInput = { present: [], absent: [], observers: [], others: [], notParticipating: {} };
  for (const id of memberIds) {
    const value = values[AttendanceFields.member(id)];
    if (value === 'present') input.present.push(id);
    else if (value === 'absent') input.absent.push(id);
  }
  const chosen = values[AttendanceFields.observers];
  const chosenIds = Array.isArray(chosen) ? chosen : chosen ? [chosen] : [];
  input.observers = chosenIds.filter((id) => observerIds.includes(id));
  const others = values[AttendanceFields.others];
  input.others = (Array.isArray(others) ? others.join('\n') : (others ?? '')).split('\n').map((s) => s.trim()).filter(Boolean);
  for (const itemId of itemIds) {
    const chosenMembers = values[AttendanceFields.notParticipating(itemId)];
    for (const personId of Array.isArray(chosenMembers) ? chosenMembers : chosenMembers ? [chosenMembers] : []) {
      if (!input.present.includes(personId)) continue;
      (input.notParticipating[personId] ??= []).push(itemId);
    }
  }
  return input;
}

/** Replaces the meeting's recorded attendance with the given one (the minutes' list of who was there). */
export async function recordAttendance(db: Db, meetingId: string, input: AttendanceInput): Promise<void> {
  await db.$transaction([
    db.attendance.deleteMany({ where: { meetingId } }),
    db.attendance.createMany({
      data: [
        ...input.present.map((personId) => ({ meetingId, personId, status: 'present' as const, notParticipatingItemIds: input.notParticipating[personId] ?? [] })),
        ...input.absent.map((personId) => ({ meetingId, personId, status: 'absent' as const })),
        ...input.observers.map((personId) => ({ meetingId, personId, status: 'observer' as const })),
        ...input.others.map((name) => ({ meetingId, name, status: 'other' as const })),
      ],
    }),
  ]);
}
