import type { TestApp } from '../../helpers/start-test-app.js';

/** The clock of the decision tests: Thursday 21 May 2026, the day after NUIT's meeting 2/2026. */
export const NOW = new Date('2026-05-21T08:00:00Z');

/**
 * A committee with a secretariat, members, an observer and a presenter, a held meeting with three items
 * and (optionally) a planned next meeting, written straight with Prisma (the meetings code is not needed).
 */
export async function seedCommittee(t: TestApp, options: { key: string; slackChannelId?: string; teamsConversationId?: string; nextMeeting?: boolean; prefix: string }) {
  const db = t.db.prisma;
  const p = options.prefix;
  const committee = await db.committee.create({
    data: { key: options.key, name: `${options.key} utvalg`, slackChannelId: options.slackChannelId ?? null, teamsConversationId: options.teamsConversationId ?? null },
  });
  const teamsRef = (id: string) => ({ channelId: 'msteams', serviceUrl: t.connector.url, conversation: { id: `a:dm-${id}` }, bot: { id: '28:bot' }, user: { id } });
  const secretariat = await db.person.create({ data: { key: `${p}-sara`, name: 'Sara Sekretær', email: `${p}sara@example.no`, slackUserId: `U${p}SARA`, teamsUserId: `29:${p}sara`, aadObjectId: `aad-${p}sara` } });
  const secretariatEn = await db.person.create({ data: { key: `${p}-tom`, name: 'Tom Secretary', email: `${p}tom@example.no`, locale: 'en', slackUserId: `U${p}TOM`, teamsUserId: `29:${p}tom`, aadObjectId: `aad-${p}tom` } });
  const presenter = await db.person.create({ data: { key: `${p}-per`, name: 'Per Presenter', email: `${p}per@example.no`, slackUserId: `U${p}PER`, teamsUserId: `29:${p}per`, teamsConversationRef: teamsRef(`29:${p}per`) } });
  const member = await db.person.create({ data: { key: `${p}-emma`, name: 'Emma Medlem', email: `${p}emma@example.no`, locale: 'en', slackUserId: `U${p}EMMA`, teamsUserId: `29:${p}emma`, aadObjectId: `aad-${p}emma`, teamsConversationRef: teamsRef(`29:${p}emma`) } });
  const absentee = await db.person.create({ data: { key: `${p}-ali`, name: 'Ali Borte', email: `${p}ali@example.no`, slackUserId: `U${p}ALI` } });
  const observer = await db.person.create({ data: { key: `${p}-obs`, name: 'Olga Observatør', email: `${p}obs@example.no`, slackUserId: `U${p}OBS` } });
  await db.membership.createMany({
    data: [
      { committeeId: committee.id, personId: secretariat.id, role: 'secretariat' },
      { committeeId: committee.id, personId: secretariatEn.id, role: 'secretariat' },
      { committeeId: committee.id, personId: presenter.id, role: 'member' },
      { committeeId: committee.id, personId: member.id, role: 'member' },
      { committeeId: committee.id, personId: absentee.id, role: 'member' },
      { committeeId: committee.id, personId: observer.id, role: 'observer' },
    ],
  });
  const meeting = await db.meeting.create({
    data: { committeeId: committee.id, year: 2026, number: 2, startsAt: new Date('2026-05-20T08:00:00Z'), endsAt: new Date('2026-05-20T14:00:00Z'), place: 'Videomøte', state: 'held' },
  });
  const item = (position: number, caseNumber: number, title: string, type: 'approval' | 'information' | 'discussion', proposedDecision: string, presenterId: string | null) =>
    db.agendaItem.create({ data: { meetingId: meeting.id, committeeId: committee.id, caseYear: 2026, caseNumber, type, title, proposedDecision, presenterId, position } });
  const items = [
    await item(0, 10, 'Godkjenning av innkalling og saksliste', 'approval', 'Innkalling og saksliste godkjennes.', null),
    await item(1, 12, 'Felles kommunal journal', 'information', 'NUIT tar saken til orientering.', presenter.id),
    await item(2, 13, 'Porteføljerapport Q1', 'discussion', 'NUIT ber direktoratet ta innspillene med i videre arbeid.', member.id),
  ];
  await db.caseNumberCounter.create({ data: { committeeId: committee.id, year: 2026, lastNumber: 13 } });
  const next = options.nextMeeting
    ? await db.meeting.create({ data: { committeeId: committee.id, year: 2026, number: 3, startsAt: new Date('2026-09-10T08:00:00Z'), endsAt: new Date('2026-09-10T14:00:00Z'), place: 'Oslo' } })
    : null;
  return { committee, meeting, items, next, people: { secretariat, secretariatEn, presenter, member, absentee, observer } };
}

export type Seed = Awaited<ReturnType<typeof seedCommittee>>;
