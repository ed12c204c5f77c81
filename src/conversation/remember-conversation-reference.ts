import type { Db } from '../db/prisma.js';

/**
 * Where a Teams conversation reference came from: a person's 1:1 chat (seen in a turn, or opened by the
 * bot) or a committee's channel (seen in a mention there).
 */
export type RememberedConversation =
  | { kind: 'person'; personId: string; reference: object; teamsUserId?: string | null | undefined }
  | { kind: 'committee-channel'; channelId: string; reference: object };

/**
 * Keeps the reference a later proactive message needs: on the person for reminders to them, on the
 * committee whose channel it is for its agendas and summaries (with the channel's regional service URL).
 */
export async function rememberConversationReference(db: Db, seen: RememberedConversation): Promise<void> {
  if (seen.kind === 'person') {
    await db.person.update({
      where: { id: seen.personId },
      data: { teamsConversationRef: seen.reference, ...(seen.teamsUserId ? { teamsUserId: seen.teamsUserId } : {}) },
    });
    return;
  }
  await db.committee.updateMany({ where: { teamsConversationId: seen.channelId }, data: { teamsConversationRef: seen.reference } });
}
