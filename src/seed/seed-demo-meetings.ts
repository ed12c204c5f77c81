import type { DbTx } from '../db/prisma.js';
import type { AttendanceAnswer, AttendanceStatus } from '../generated/prisma/enums.js';
import type { PlannedMeeting } from './plan-demo-meetings.js';

/** Writes the planned meetings with their agendas, papers, decisions, follow-ups and attendance; safe to repeat. */
export async function seedDemoMeetings(tx: DbTx, meetings: readonly PlannedMeeting[]): Promise<void> {
  const people = new Map((await tx.person.findMany({ select: { id: true, key: true } })).map((p) => [p.key, p.id]));
  const personId = (key: string): string => {
    const id = people.get(key);
    if (!id) throw new Error(`demo seed: unknown person "${key}" (is demo-roster.yaml imported?)`);
    return id;
  };
  const committees = await tx.committee.findMany({
    where: { key: { in: [...new Set(meetings.map((m) => m.committee))] } },
    include: { memberships: { include: { person: { select: { key: true } } }, orderBy: { createdAt: 'asc' } } },
  });

  for (const committee of committees) {
    const own = meetings.filter((m) => m.committee === committee.key).sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
    const secretary = committee.memberships.find((m) => m.role === 'secretariat')?.personId;
    if (!secretary) throw new Error(`demo seed: ${committee.key} has no secretariat`);
    let previousId: string | null = null;
    let repliesGiven = false;
    const lastCase = new Map<number, number>();

    for (const planned of own) {
      const fields = {
        startsAt: planned.startsAt,
        endsAt: planned.endsAt,
        place: planned.place,
        videoLink: planned.videoLink,
        state: planned.state,
        distributedAt: planned.distributedAt,
        decisionsPublishedAt: planned.decisionsPublishedAt,
        minutesDistributedAt: planned.minutesDistributedAt,
        minutesApprovedAt: planned.minutesApprovedAt,
        previousMeetingId: previousId as string | null,
      };
      const meeting: { id: string } = await tx.meeting.upsert({
        where: { committeeId_year_number: { committeeId: committee.id, year: planned.year, number: planned.number } },
        create: { committeeId: committee.id, year: planned.year, number: planned.number, ...fields },
        update: fields,
      });
      previousId = meeting.id;

      for (const item of planned.items) {
        lastCase.set(item.caseYear, Math.max(lastCase.get(item.caseYear) ?? 0, item.caseNumber));
        const itemFields = {
          meetingId: meeting.id,
          type: item.type,
          kind: item.kind,
          title: item.title,
          presenterId: item.presenter ? personId(item.presenter) : null,
          proposedDecision: item.proposedDecision,
          plannedStart: item.plannedStart,
          position: item.position,
          removedAt: null,
        };
        const row = await tx.agendaItem.upsert({
          where: { committeeId_caseYear_caseNumber: { committeeId: committee.id, caseYear: item.caseYear, caseNumber: item.caseNumber } },
          create: { committeeId: committee.id, caseYear: item.caseYear, caseNumber: item.caseNumber, ...itemFields },
          update: itemFields,
        });
        for (const paper of item.papers) {
          const paperFields = {
            links: [paper.link],
            submittedById: item.presenter ? personId(item.presenter) : secretary,
            submittedAt: paper.submittedAt,
            late: paper.late,
          };
          const stored = await tx.paper.findFirst({ where: { itemId: row.id, title: paper.title } });
          if (stored) await tx.paper.update({ where: { id: stored.id }, data: paperFields });
          else await tx.paper.create({ data: { itemId: row.id, title: paper.title, ...paperFields } });
        }
        if (item.decision) {
          const decisionFields = {
            text: item.decision,
            recordedById: secretary,
            recordedAt: planned.endsAt,
            publishedAt: planned.decisionsPublishedAt,
            corrected: false,
          };
          const decision = await tx.decision.upsert({
            where: { itemId: row.id },
            create: { itemId: row.id, ...decisionFields },
            update: decisionFields,
          });
          if (item.followUp) {
            const followUp = item.followUp;
            const stored = await tx.followUp.findFirst({ where: { decisionId: decision.id, description: followUp.description } });
            const data = { ownerId: personId(followUp.owner), dueDate: followUp.dueDate };
            if (stored) await tx.followUp.update({ where: { id: stored.id }, data });
            else await tx.followUp.create({ data: { decisionId: decision.id, description: followUp.description, ...data } });
          }
        }
      }

      const seats = seatsOf(committee.memberships);
      if (planned.held) {
        for (const [index, seat] of seats.entries()) {
          let status: AttendanceStatus = seat.status;
          // One member is away from each meeting, a different one each time.
          if (status === 'present' && index === planned.number % seats.length) status = 'absent';
          await tx.attendance.upsert({
            where: { meetingId_personId: { meetingId: meeting.id, personId: seat.personId } },
            create: { meetingId: meeting.id, personId: seat.personId, status },
            update: { status },
          });
        }
      } else if (planned.state === 'agenda_set' && !repliesGiven) {
        repliesGiven = true;
        const answers: { answer: AttendanceAnswer; deputyName: string | null }[] = [
          { answer: 'attending', deputyName: null },
          { answer: 'attending', deputyName: null },
          { answer: 'attending', deputyName: null },
          { answer: 'not_attending', deputyName: null },
          { answer: 'deputy', deputyName: 'Hilde Sæther' },
        ];
        const members = seats.filter((s) => s.status === 'present');
        for (const [index, reply] of answers.entries()) {
          const seat = members[index + 1];
          if (!seat) break;
          await tx.attendanceReply.upsert({
            where: { meetingId_personId: { meetingId: meeting.id, personId: seat.personId } },
            create: { meetingId: meeting.id, personId: seat.personId, ...reply },
            update: reply,
          });
        }
      }
    }

    for (const [year, lastNumber] of lastCase) {
      const stored = await tx.caseNumberCounter.findUnique({ where: { committeeId_year: { committeeId: committee.id, year } } });
      if (!stored) await tx.caseNumberCounter.create({ data: { committeeId: committee.id, year, lastNumber } });
      else if (stored.lastNumber < lastNumber) await tx.caseNumberCounter.update({ where: { id: stored.id }, data: { lastNumber } });
    }
  }
}

/** One seat per person: members (and the chair) attend, observers observe, the secretariat is "other". */
function seatsOf(memberships: readonly { personId: string; role: string }[]): { personId: string; status: AttendanceStatus }[] {
  const rank: Record<string, number> = { chair: 0, member: 1, observer: 2, secretariat: 3 };
  const status: Record<string, AttendanceStatus> = { chair: 'present', member: 'present', observer: 'observer', secretariat: 'other' };
  const best = new Map<string, string>();
  for (const m of memberships) {
    const current = best.get(m.personId);
    if (current === undefined || (rank[m.role] ?? 9) < (rank[current] ?? 9)) best.set(m.personId, m.role);
  }
  return [...best].map(([personId, role]) => ({ personId, status: status[role] ?? 'other' }));
}
