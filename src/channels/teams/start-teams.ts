import type { RequestHandler } from 'express';
import type { AppServices } from '../../app/services.js';
import type { Config } from '../../config/load-config.js';
import type { Dispatcher } from '../../conversation/dispatch.js';
import type { Logger } from '../../log/logger.js';
import type { ChannelGateway } from '../gateway.js';
import { createTeamsAdapter } from './create-teams-adapter.js';
import { handleTeamsRequest } from './handle-teams-request.js';
import { TeamsBot } from './teams-bot.js';
import { createTeamsGateway, type TeamsGatewayOptions } from './teams-gateway.js';
import { validateActivity, type KnownVerbs } from './validate-activity.js';

export interface TeamsChannel {
  gateway: ChannelGateway;
  /** POST /api/messages for the web app: the bot, with the access checks the caller chose. */
  route(services: AppServices, dispatcher: Dispatcher, known: KnownVerbs, access: RequestHandler[]): { access: RequestHandler[]; validate: RequestHandler; handler: RequestHandler };
}

/**
 * Everything Teams in one entry, so that `create-app.ts` imports it (and botbuilder) only when Teams or the
 * local console is on. The gateway reads `gatewayOptions.serviceUrl` per call, so the caller may change it later.
 */
export function startTeams(config: Config, log: Logger, gatewayOptions: TeamsGatewayOptions): TeamsChannel {
  const adapter = createTeamsAdapter(config, log);
  return {
    gateway: createTeamsGateway(adapter, gatewayOptions),
    route(services, dispatcher, known, access) {
      return { access, validate: validateActivity(known), handler: handleTeamsRequest(adapter, new TeamsBot(services, dispatcher)) };
    },
  };
}
