/**
 * What the Slack app asks of a workspace, in one place: the slash command and events the listeners register,
 * and for each Web API method the code calls, the bot scopes it needs. `manifest/slack/manifest.json` must
 * ask for exactly these (test/unit/channels/slack-manifest.test.ts reads the code and the manifest), so the
 * code cannot start calling a method, or listening to an event, that the installed app has no scope for.
 */
export const SLACK_COMMAND = '/saksgang';

/** Events subscribed in the manifest, with the scope each needs (listeners/message.ts). */
export const SLACK_EVENT_SCOPES = {
  // app.message(...) on direct messages to the bot
  'message.im': ['im:history'],
  // app.event('app_mention', ...)
  app_mention: ['app_mentions:read'],
  // app.event('app_home_opened', ...) in listeners/home.ts: the home tab, published with views.publish; needs no scope
  app_home_opened: [],
} as const satisfies Record<string, readonly string[]>;

/**
 * Search pickers (`external_select`) ask for their options at the app's options load URL (the manifest's
 * `settings.interactivity.message_menu_options_url`), which is /slack/events like the rest: `app.options(...)`
 * in listeners/options.ts answers the `block_suggestion` requests. No scope needed.
 */
export const SLACK_OPTIONS_LOAD_PATH = '/slack/events';

/** Every Web API method the code calls (`client.<method>(...)`), with the bot scopes it needs. */
export const SLACK_METHOD_SCOPES = {
  'auth.test': [],
  'chat.postMessage': ['chat:write'],
  'chat.postEphemeral': ['chat:write'],
  'chat.update': ['chat:write'],
  // Finds a delivery already posted, in a DM or in a committee's public or private channel.
  'conversations.history': ['im:history', 'channels:history', 'groups:history'],
  'conversations.open': ['im:write'],
  // The notice (a .docx) uploaded to the committee channel: reserve an upload URL, then share it in the channel.
  'files.getUploadURLExternal': ['files:write'],
  'files.completeUploadExternal': ['files:write'],
  'views.open': [],
  // The App Home tab (listeners/home.ts, and a refresh clicked in it).
  'views.publish': [],
  'views.update': [],
} as const satisfies Record<string, readonly string[]>;

/** The bot scopes the app needs: the command's, the events' and the methods'. */
export function requiredSlackScopes(): string[] {
  const scopes = new Set<string>(['commands']);
  for (const list of [...Object.values(SLACK_EVENT_SCOPES), ...Object.values(SLACK_METHOD_SCOPES)]) for (const scope of list) scopes.add(scope);
  return [...scopes].sort();
}
