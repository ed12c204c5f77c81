import { plainMessage } from '../../conversation/plain-message.js';
import { t } from '../../i18n/text.js';
import type { ActionDefinition, CommandDefinition, TurnContext } from '../../conversation/handler-types.js';
import { reply, type Reply } from '../../conversation/reply.js';
import { followUpDoneAction } from '../../decisions/handlers/follow-up-done.js';
import { buildHome } from '../build-home.js';
import { HomeActionIds } from '../ids.js';
import { loadHome } from '../load-home.js';
import { homeTexts as T } from '../texts.js';

/** The asker's home, freshly loaded (about the asker only, so it is built in the turn). */
export async function homeMessage(ctx: TurnContext) {
  return buildHome(await loadHome(ctx.services, ctx.actor.personId!, ctx.actor.locale), ctx.actor.locale);
}

/** The home where it was asked for; asked for in a channel or group chat, where others would read it, a pointer to the person's own chat instead. */
async function homeReply(ctx: TurnContext): Promise<Reply> {
  if (ctx.place === 'shared') return reply.message(plainMessage(t(ctx.actor.locale, T.homeIsPersonal)));
  return reply.message(await homeMessage(ctx));
}

/**
 * `home` / `hjem`: the home as a message (Teams and the console: a card; Slack: in the chat, besides the App
 * Home tab). Teams also sends it when the app is installed (`teams-bot.ts`) and Slack publishes it when the
 * App Home tab opens (`listeners/home.ts`): both run this command.
 */
export const homeCommand: CommandDefinition = {
  name: 'home',
  aliases: ['hjem', 'start'],
  summary: T.commandSummary,
  usage: T.commandUsage,
  requiresPerson: true,
  run: homeReply,
};

/** "Refresh" on the home: the same home, updated in place (the card replaced; on Slack the tab published again). */
export const refreshHomeAction: ActionDefinition = {
  actionId: HomeActionIds.refresh,
  requiresPerson: true,
  run: async (ctx) => reply.update(await homeMessage(ctx)),
};

/** "Home" under `help` and under the answer to a sentence the bot did not know: the home as a new message. */
export const showHomeAction: ActionDefinition = {
  actionId: HomeActionIds.show,
  requiresPerson: true,
  run: homeReply,
};

/** "Done" on a follow-up in the home: marked done by the follow-ups' own button (its access check), then the home in place. */
export const homeFollowUpDoneAction: ActionDefinition = {
  actionId: HomeActionIds.followUpDone,
  requiresPerson: true,
  async run(ctx, payload) {
    await followUpDoneAction.run(ctx, { followUpId: payload.followUpId ?? null, via: 'home' });
    return reply.update(await homeMessage(ctx));
  },
};
