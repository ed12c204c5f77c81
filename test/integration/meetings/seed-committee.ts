import type { TestApp } from '../../helpers/start-test-app.js';

/**
 * NUIT with its cycle and Slack channel; Kari (secretariat, Slack, bokmål), Emma (secretariat, Teams,
 * English), Per (presenter, Slack, bokmål), Ola (member, Teams, English), Siri (member, Slack, bokmål).
 */
export async function seedCommittee(t: TestApp) {
  const db = t.db.prisma;
  const teamsRef = (id: string) => ({ channelId: 'msteams', serviceUrl: t.connector.url, conversation: { id: `a:dm-${id}` }, bot: { id: '28:bot' }, user: { id } });
  const committee = await db.committee.create({ data: { key: 'NUIT', name: 'NUIT – Prioriteringsutvalget', cycle: 'nuit', slackChannelId: 'C0NUIT', treatsPortfolio: true } });
  const kari = await db.person.create({ data: { key: 'kari', name: 'Kari Nordmann', email: 'kari@example.no', slackUserId: 'UKARI' } });
  const emma = await db.person.create({
    data: { key: 'emma', name: 'Emma Hansen', email: 'emma@example.no', locale: 'en', teamsUserId: '29:emma', aadObjectId: 'aad-emma', teamsConversationRef: teamsRef('29:emma') },
  });
  const per = await db.person.create({ data: { key: 'per', name: 'Per Presenter', email: 'per@example.no', slackUserId: 'UPER' } });
  const ola = await db.person.create({
    data: { key: 'ola', name: 'Ola Teams', email: 'ola@example.no', locale: 'en', teamsUserId: '29:ola', aadObjectId: 'aad-ola', teamsConversationRef: teamsRef('29:ola') },
  });
  const siri = await db.person.create({ data: { key: 'siri', name: 'Siri Medlem', email: 'siri@example.no', slackUserId: 'USIRI' } });
  await db.membership.createMany({
    data: [
      { committeeId: committee.id, personId: kari.id, role: 'secretariat' },
      { committeeId: committee.id, personId: emma.id, role: 'secretariat' },
      { committeeId: committee.id, personId: ola.id, role: 'member' },
      { committeeId: committee.id, personId: siri.id, role: 'member' },
    ],
  });
  return { committee, kari, emma, per, ola, siri };
}
