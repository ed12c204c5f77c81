import { recordAudit } from '../audit/record-audit.js';
import type { Platform } from '../generated/prisma/enums.js';
import type { AppServices } from '../app/services.js';
import { attendanceSummaryJob } from './jobs/attendance-summary-job.js';
import type { FormValues } from '../ui/model.js';
import { AttendanceFields } from './ids.js';

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

type Status = 'present' | 'absent' | 'observer';

/** One person's recorded attendance before and after a save, for the audit trail. */
export interface AttendanceChange {
  personId: string;
  from: { status: string; notParticipatingItemIds: string[] } | null;
  to: { status: Status; notParticipatingItemIds: string[] } | null;
}

/** What a save did: the changes per person, and whether the posted decision summary will be edited (by a job). */
export interface AttendanceSaved {
  changes: AttendanceChange[];
  summaryUpdate: boolean;
}

/**
 * Saves what the attendance form says, person by person (an upsert per person), so a row written meanwhile
 * for someone the form did not set (a reply, another secretary's save) is kept. A member left blank keeps
 * their row; an observer of the roster who is not ticked loses their `observer` row; the other attendees
 * (names without a person) are set to the given list. Concurrent saves of one meeting wait for each other.
 * When something changed and the meeting's decisions are published, the job that edits every copy of the posted
 * summary (`decisions.attendance-summary`) is staged in the same transaction and queued after the commit: the
 * turn calls no platform. A save that changes nothing stages nothing. Every change is written to the audit log
 * with who made it.
 */
export async function recordAttendance(
  services: Pick<AppServices, 'db' | 'jobs' | 'clock'>,
  request: { meetingId: string; actorId: string | null; platform?: Platform | null; input: AttendanceInput; observerIds: string[] },
): Promise<AttendanceSaved> {
  const { db, jobs } = services;
  const now = services.clock();
  const { meetingId, input } = request;
  const wanted = new Map<string, { status: Status; notParticipatingItemIds: string[] }>();
  for (const personId of input.present) wanted.set(personId, { status: 'present', notParticipatingItemIds: input.notParticipating[personId] ?? [] });
  for (const personId of input.absent) wanted.set(personId, { status: 'absent', notParticipatingItemIds: [] });
  for (const personId of input.observers) wanted.set(personId, { status: 'observer', notParticipatingItemIds: [] });
  const untickedObservers = request.observerIds.filter((id) => !input.observers.includes(id));

  const result = await db.$transaction(async (tx) => {
    const [meeting] = await tx.$queryRaw<{ decisionsPublishedAt: Date | null }[]>`SELECT "decisionsPublishedAt" FROM "Meeting" WHERE "id" = ${meetingId} FOR UPDATE`;
    const before = await tx.attendance.findMany({ where: { meetingId } });
    const byPerson = new Map(before.filter((a) => a.personId).map((a) => [a.personId!, a]));
    const changes: AttendanceChange[] = [];
    for (const [personId, to] of wanted) {
      const row = byPerson.get(personId);
      if (row && row.status === to.status && sameIds(row.notParticipatingItemIds, to.notParticipatingItemIds)) continue;
      await tx.attendance.upsert({
        where: { meetingId_personId: { meetingId, personId } },
        create: { meetingId, personId, ...to },
        update: to,
      });
      changes.push({ personId, from: row ? { status: row.status, notParticipatingItemIds: row.notParticipatingItemIds } : null, to });
    }
    for (const personId of untickedObservers) {
      const row = byPerson.get(personId);
      if (row?.status !== 'observer') continue;
      await tx.attendance.delete({ where: { id: row.id } });
      changes.push({ personId, from: { status: row.status, notParticipatingItemIds: row.notParticipatingItemIds }, to: null });
    }
    const others = before.filter((a) => !a.personId && a.status === 'other');
    const names = new Set(input.others);
    const removed = others.filter((a) => !a.name || !names.has(a.name));
    const kept = new Set(others.filter((a) => a.name && names.has(a.name)).map((a) => a.name!));
    const added = [...names].filter((name) => !kept.has(name));
    if (removed.length > 0) await tx.attendance.deleteMany({ where: { id: { in: removed.map((a) => a.id) } } });
    if (added.length > 0) await tx.attendance.createMany({ data: added.map((name) => ({ meetingId, name, status: 'other' as const })) });
    const changed = changes.length > 0 || added.length > 0 || removed.length > 0;
    // The posted summary shows the attendance: its copies are edited by a job, decided here with the change.
    const summaryUpdate = changed && Boolean(meeting?.decisionsPublishedAt);
    if (summaryUpdate) await jobs.stage(tx, attendanceSummaryJob, { meetingId }, now, { again: true });
    return { changes, othersAdded: added, othersRemoved: removed.map((a) => a.name ?? ''), summaryUpdate };
  });
  // Committed: queue the staged edit now (after a crash here, the sweep queues it).
  if (result.summaryUpdate) await jobs.enqueue(attendanceSummaryJob, { meetingId }, { runAt: now });

  if (result.changes.length > 0 || result.othersAdded.length > 0 || result.othersRemoved.length > 0) {
    await recordAudit(db, {
      actorId: request.actorId,
      platform: request.platform ?? null,
      action: ATTENDANCE_AUDIT_ACTION,
      subjectType: 'meeting',
      subjectId: meetingId,
      details: { changes: result.changes, othersAdded: result.othersAdded, othersRemoved: result.othersRemoved },
    });
  }
  return { changes: result.changes, summaryUpdate: result.summaryUpdate };
}

/** The audit log's action for a change of a meeting's recorded attendance. */
export const ATTENDANCE_AUDIT_ACTION = 'decisions.attendance.changed';

function sameIds(a: string[], b: string[]): boolean {
  return a.length === b.length && [...a].sort().join() === [...b].sort().join();
}
