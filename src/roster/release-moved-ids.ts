import type { DbTx } from '../db/prisma.js';
import type { Roster } from './roster-schema.js';
import type { ExistingRoster } from './validate-roster.js';

/**
 * Clears the platform ids that change hands or values before the upserts, so a unique index never sees
 * the same id on two rows in between. (Validation has already made sure every id ends up with one owner.)
 */
export async function releaseMovedIds(tx: DbTx, roster: Roster, existing: ExistingRoster): Promise<void> {
  const storedPerson = new Map(existing.people.map((p) => [p.key, p]));
  const changing = (field: 'slack' | 'teams' | 'aadObjectId', column: 'slackUserId' | 'teamsUserId' | 'aadObjectId'): string[] =>
    roster.people.flatMap((p) => {
      const current = storedPerson.get(p.key)?.[column];
      return p[field] !== undefined && current != null && current !== p[field] ? [p.key] : [];
    });
  const slack = changing('slack', 'slackUserId');
  const teams = changing('teams', 'teamsUserId');
  const aad = changing('aadObjectId', 'aadObjectId');
  if (slack.length) await tx.person.updateMany({ where: { key: { in: slack } }, data: { slackUserId: null } });
  if (teams.length) await tx.person.updateMany({ where: { key: { in: teams } }, data: { teamsUserId: null } });
  if (aad.length) await tx.person.updateMany({ where: { key: { in: aad } }, data: { aadObjectId: null } });

  const storedCommittee = new Map(existing.committees.map((c) => [c.key, c]));
  const changingChannel = (field: 'slackChannel' | 'teamsConversation', column: 'slackChannelId' | 'teamsConversationId'): string[] =>
    roster.committees.flatMap((c) => {
      const current = storedCommittee.get(c.key)?.[column];
      return c[field] !== undefined && current != null && current !== c[field] ? [c.key] : [];
    });
  const channels = changingChannel('slackChannel', 'slackChannelId');
  const conversations = changingChannel('teamsConversation', 'teamsConversationId');
  if (channels.length) await tx.committee.updateMany({ where: { key: { in: channels } }, data: { slackChannelId: null } });
  if (conversations.length) {
    await tx.committee.updateMany({ where: { key: { in: conversations } }, data: { teamsConversationId: null } });
  }
}
