import type { CloudAdapter } from 'botbuilder';
import type { RequestHandler } from 'express';
import type { TeamsBot } from './teams-bot.js';

/** POST /api/messages: the adapter validates the request (token checks unless in local mode) and runs the bot. */
export function handleTeamsRequest(adapter: CloudAdapter, bot: TeamsBot): RequestHandler {
  return async (req, res) => {
    await adapter.process(req as never, res as never, (context) => bot.run(context));
  };
}
