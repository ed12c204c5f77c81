import type { App } from '@slack/bolt';
import { plainMessage } from '../../../conversation/plain-message.js';
import { arrivedAt } from '../arrived-at.js';
import { runSlackTurn, type SlackListenerDeps } from '../run-slack-turn.js';
import { sendSlackReply } from '../slack-reply.js';

/**
 * The App Home tab opened: the person's home, built by the `home` command, published as the tab's view
 * (`views.publish`). It is about the person who opened it only. The Messages tab is left alone.
 */
export function register(app: App, deps: SlackListenerDeps): void {
  app.event('app_home_opened', async ({ event, client, context }) => {
    if (event.tab !== 'home' || !event.user) return;
    const place = { userId: event.user, home: true };
    await runSlackTurn(deps, {
      what: 'event',
      userId: event.user,
      arrivedAt: arrivedAt(context),
      run: (ctx) => deps.dispatcher.command(ctx, 'home'),
      // Whatever the answer (the home, or "not in the roster"), it becomes the tab.
      deliver: (result) => sendSlackReply(client, place, result.kind === 'message' ? { kind: 'update', message: result.message } : result),
      fail: (failure) => sendSlackReply(client, place, { kind: 'update', message: plainMessage(failure) }),
    });
  });
}
