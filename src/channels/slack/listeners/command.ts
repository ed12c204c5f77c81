import type { App, RespondFn } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import type { TurnContext } from '../../../conversation/handler-types.js';
import type { Reply } from '../../../conversation/reply.js';
import { conversationTexts } from '../../../conversation/texts.js';
import { t } from '../../../i18n/text.js';
import { arrivedAt } from '../arrived-at.js';
import { renderMessage, renderModal, toSlackText } from '../render-block-kit.js';
import { runSlackTurn, type SlackListenerDeps } from '../run-slack-turn.js';
import { SLACK_COMMAND } from '../slack-app-surface.js';

/** Opens a form while the command's trigger id lives (three seconds); says so by response_url if it no longer does. */
async function openForm(client: WebClient, respond: RespondFn, triggerId: string, ctx: TurnContext, result: Extract<Reply, { kind: 'form' }>): Promise<void> {
  try {
    await client.views.open({ trigger_id: triggerId, view: renderModal(result.form) as never });
  } catch {
    await respond({ response_type: 'ephemeral', text: t(ctx.actor.locale, conversationTexts.formTooSlow) });
  }
}

/** A reply that missed the budget, by response_url (which lives for 30 minutes). */
async function respondLate(client: WebClient, respond: RespondFn, triggerId: string, ctx: TurnContext, result: Reply): Promise<void> {
  if (result.kind === 'form') await openForm(client, respond, triggerId, ctx, result);
  else if (result.kind === 'none') await respond({ delete_original: true });
  else if (result.kind === 'formErrors') await respond({ response_type: 'ephemeral', replace_original: true, text: toSlackText(Object.values(result.errors).join('\n')) });
  else await respond({ response_type: 'ephemeral', replace_original: true, ...renderMessage(result.message) });
}

/** `/saksgang <command>`: the reply goes in the HTTP answer; a form is opened right after it. */
export function register(app: App, deps: SlackListenerDeps): void {
  app.command(SLACK_COMMAND, async ({ command, ack, client, respond, context }) => {
    await runSlackTurn(deps, {
      what: 'command',
      userId: command.user_id,
      arrivedAt: arrivedAt(context),
      run: (ctx) => deps.dispatcher.command(ctx, command.text),
      answer: async (result, ctx) => {
        if (result.kind === 'form') {
          // Within the budget the trigger id still lives; Bolt sends the (empty) answer when this returns.
          await ack();
          await openForm(client, respond, command.trigger_id, ctx, result);
          return;
        }
        if (result.kind === 'none' || result.kind === 'formErrors') return ack();
        await ack({ response_type: 'ephemeral', ...renderMessage(result.message) });
      },
      working: (locale) => ack({ response_type: 'ephemeral', text: t(locale, conversationTexts.working) }),
      late: (result, ctx) => respondLate(client, respond, command.trigger_id, ctx, result),
      fail: (text, answered) => (answered ? respond({ response_type: 'ephemeral', replace_original: true, text }) : ack({ response_type: 'ephemeral', text })),
    });
  });
}
