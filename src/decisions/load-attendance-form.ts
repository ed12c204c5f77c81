import type { Db } from '../db/prisma.js';
import type { AttendanceFormData } from './build-attendance-form.js';
import { formatCaseNumber, formatMeetingRef } from '../i18n/format-numbers.js';

/** The roster of a meeting's committee with what is known of who came: the recorded attendance, else the replies. */
export async function loadAttendanceForm(db: Db, meetingId: string): Promise<AttendanceFormData> {
  const meeting = await db.meeting.findUniqueOrThrow({
    where: { id: meetingId },
    include: {
      committee: { include: { memberships: { include: { person: true } } } },
      attendances: true,
      attendanceReplies: true,
      agendaItems: { where: { removedAt: null }, orderBy: [{ position: 'asc' }, { caseNumber: 'asc' }] },
    },
  });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');
  const voting = new Map<string, string>();
  const observing = new Map<string, string>();
  for (const { role, person } of meeting.committee.memberships) {
    if (role === 'member' || role === 'chair') voting.set(person.id, person.name);
  }
  for (const { role, person } of meeting.committee.memberships) {
    if (role === 'observer' && !voting.has(person.id)) observing.set(person.id, person.name);
  }
  const recorded = meeting.attendances.length > 0;
  const recordedStatus = new Map(meeting.attendances.filter((a) => a.personId).map((a) => [a.personId!, a.status]));
  const replies = new Map(meeting.attendanceReplies.map((r) => [r.personId, r]));
  const members = [...voting].map(([personId, name]) => {
    if (recorded) return { personId, name, present: recordedStatus.has(personId) ? recordedStatus.get(personId) === 'present' : null };
    const reply = replies.get(personId);
    return { personId, name, present: reply ? reply.answer === 'attending' : null };
  });
  const others = recorded
    ? meeting.attendances.filter((a) => !a.personId && a.name).map((a) => a.name!).sort((a, b) => a.localeCompare(b, 'nb'))
    : meeting.attendanceReplies.filter((r) => r.answer === 'deputy' && r.deputyName).map((r) => r.deputyName!);
  const presentObserverIds = recorded
    ? meeting.attendances.filter((a) => a.personId && a.status === 'observer').map((a) => a.personId!)
    : [...observing.keys()].filter((id) => replies.get(id)?.answer === 'attending');
  return {
    meetingId,
    meetingRef: formatMeetingRef(meeting.committee.key, meeting),
    members: members.sort(byName),
    observers: [...observing].map(([personId, name]) => ({ personId, name })).sort(byName),
    presentObserverIds,
    others,
    items: meeting.agendaItems.map((item) => ({
      itemId: item.id,
      caseNo: formatCaseNumber(item),
      notParticipating: meeting.attendances.filter((a) => a.personId && a.notParticipatingItemIds.includes(item.id)).map((a) => a.personId!),
    })),
  };
}
