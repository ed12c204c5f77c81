import { calendarDayOf } from '../../calendar/working-days.js';
import type { CommandDefinition } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { loadFollowUpsMessage } from '../load-follow-ups-message.js';
import { decisionTexts } from '../texts.js';

/** `follow-ups` / `oppfølging`: the person's open follow-ups, each with a "Done" button. */
export const followUpsCommand: CommandDefinition = {
  name: 'follow-ups',
  aliases: ['followups', 'follow-up', 'oppfølging', 'oppfølginger', 'oppfolging'],
  summary: decisionTexts.followUpsSummary,
  usage: decisionTexts.followUpsUsage,
  requiresPerson: true,
  run: async ({ actor, services }) => reply.message(await loadFollowUpsMessage(services.db, actor.personId!, calendarDayOf(services.clock()), actor.locale)),
};
