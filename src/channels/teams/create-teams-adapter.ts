import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Config } from '../../config/load-config.js';
import type { Logger } from '../../log/logger.js';

/**
 * The Bot Framework adapter. With MICROSOFT_APP_ID every incoming request's token is validated and
 * outgoing calls are authenticated; without it the bot runs in local mode (no token checks), which is
 * what the local console and the tests use. A warning says so at start.
 */
export function createTeamsAdapter(config: Config, log: Logger): CloudAdapter {
  if (!config.teams.authenticated) {
    log.warn('Teams runs in local mode: MICROSOFT_APP_ID is not set, so incoming requests are not authenticated. Do not expose /api/messages publicly like this.');
  }
  const auth = new ConfigurationBotFrameworkAuthentication({
    MicrosoftAppId: config.MICROSOFT_APP_ID ?? '',
    MicrosoftAppPassword: config.MICROSOFT_APP_PASSWORD ?? '',
    MicrosoftAppType: config.MICROSOFT_APP_TYPE,
    MicrosoftAppTenantId: config.MICROSOFT_APP_TENANT_ID ?? '',
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    log.error('teams turn failed', { error: error.message, activityType: context.activity.type });
  };
  return adapter;
}
