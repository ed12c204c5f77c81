import { CloudAdapter, ConfigurationBotFrameworkAuthentication, type TurnContext } from 'botbuilder';
import type { Config } from '../../config/load-config.js';
import type { Logger } from '../../log/logger.js';

/**
 * The Bot Framework adapter. With MICROSOFT_APP_ID every incoming request's token is validated and
 * outgoing calls are authenticated; without it there are no token checks, so /api/messages is served only
 * while the local console is on, and then to loopback clients alone (`create-app.ts`).
 */
export function createTeamsAdapter(config: Config, log: Logger): CloudAdapter {
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
