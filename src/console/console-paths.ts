import type { Config } from '../config/load-config.js';

/** Where the console's pieces live on the app's HTTP server. */
export const CONSOLE_PATHS = {
  page: '/',
  assets: '/console/assets',
  webChat: '/console/webchat',
  api: '/console/api',
  directLine: '/console/directline',
  connector: '/console/connector',
} as const;

/** The bot's id in console conversations (Teams bot ids start with "28:"). */
export const CONSOLE_BOT = { id: '28:saksgang-console', name: 'Saksgang' } as const;
export const CONSOLE_TENANT = 'console';

/** The Teams user id the console gives a roster person who has none. */
export function consoleUserId(personKey: string): string {
  return `console:${personKey}`;
}

/** The Teams conversation id the console gives a committee channel that has none. */
export function consoleChannelId(committeeKey: string): string {
  return `console:channel:${committeeKey}`;
}

/** The 1:1 conversation between the bot and one Teams user, as the console names it. */
export function directConversationId(teamsUserId: string): string {
  return `console:dm:${teamsUserId}`;
}

/** The Bot Framework connector the console serves, for an app listening at `baseUrl`. */
export function consoleConnectorUrl(baseUrl: string): string {
  return `${baseUrl.replace(/\/$/, '')}${CONSOLE_PATHS.connector}`;
}

/**
 * When the console runs and TEAMS_SERVICE_URL was not set, messages the bot starts on its own (reminders,
 * agendas) go to the console's connector, so they show up in the page. Otherwise they go where configured.
 */
export function consoleServiceUrl(config: Config): ((baseUrl: string) => string) | undefined {
  return config.consoleEnabled && !config.teams.serviceUrlSet ? consoleConnectorUrl : undefined;
}
