import type { Db } from '../db/prisma.js';
import { consoleChannelId, consoleUserId } from './console-paths.js';

/** Gives console ids to people and committees that have no Teams ids yet. Safe to run again. */
export async function assignConsoleIds(db: Db): Promise<void> {
  const people = await db.person.findMany({ where: { teamsUserId: null }, select: { id: true, key: true } });
  for (const person of people) {
    await db.person.updateMany({ where: { id: person.id, teamsUserId: null }, data: { teamsUserId: consoleUserId(person.key) } });
  }
  const committees = await db.committee.findMany({ where: { teamsConversationId: null }, select: { id: true, key: true } });
  for (const committee of committees) {
    await db.committee.updateMany({ where: { id: committee.id, teamsConversationId: null }, data: { teamsConversationId: consoleChannelId(committee.key) } });
  }
}
