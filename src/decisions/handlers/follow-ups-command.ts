import { calendarDayOf } from '../../calendar/working-days.js';
import type { CommandDefinition, TurnContext } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import type { Message } from '../../ui/model.js';
import { buildFollowUpsMessage } from '../build-follow-ups-message.js';
import { decisionTexts } from '../texts.js';
import { listOpenFollowUps } from '../list-open-follow-ups.js';

/** The person's open follow-ups (and, for the secretariat, those of their committees), each with a "Done" button. */
export async function followUpsMessage({ actor, services }: TurnContext): Promise<Message> {
  const list = await listOpenFollowUps(services.db, actor.personId!);
  return buildFollowUpsMessage(list, calendarDayOf(services.clock()), actor.locale);
}

/** `follow-ups` / `oppfølging`. */
export const followUpsCommand: CommandDefinition = {
  name: 'follow-ups',
  aliases: ['followups', 'follow-up', 'oppfølging', 'oppfølginger', 'oppfolging'],
  summary: decisionTexts.followUpsSummary,
  usage: decisionTexts.followUpsUsage,
  requiresPerson: true,
  run: async (ctx) => reply.message(await followUpsMessage(ctx)),
};
