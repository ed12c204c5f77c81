import type { App } from '@slack/bolt';
import type { AppServices } from '../../app/services.js';
import type { Dispatcher } from '../../conversation/dispatch.js';
import { register as registerAction } from './listeners/action.js';
import { register as registerCommand } from './listeners/command.js';
import { register as registerHome } from './listeners/home.js';
import { register as registerMessage } from './listeners/message.js';
import { register as registerOptions } from './listeners/options.js';
import { register as registerView } from './listeners/view.js';
import { slackListenerDeps } from './run-slack-turn.js';

/**
 * Slack's ways in: the `/saksgang` command, direct messages and mentions (the command grammar), the App Home
 * tab (the person's home, published when it opens), buttons (by stable action id), modal submissions (by form id)
 * and search pickers' questions (by data set). Each is one listener file; each turn goes
 * through `runSlackTurn`, which answers Slack within the budget counted from the request's arrival.
 */
export function registerSlackListeners(app: App, services: AppServices, dispatcher: Dispatcher, options: { budgetMs?: number | undefined } = {}): void {
  const deps = slackListenerDeps(services, dispatcher, options.budgetMs, services.config.SLACK_TURNS_AT_ONCE);
  registerCommand(app, deps);
  registerMessage(app, deps);
  registerHome(app, deps);
  registerAction(app, deps);
  registerView(app, deps);
  registerOptions(app, deps);
}
