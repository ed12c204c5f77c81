import type { App } from '@slack/bolt';
import { plainMessage } from '../../../conversation/plain-message.js';
import { conversationTexts } from '../../../conversation/texts.js';
import { t } from '../../../i18n/text.js';
import { ACTION_PREFIX, ActionIds } from '../../../ui/action-ids.js';
import { arrivedAt } from '../arrived-at.js';
import { parsePayload } from '../parse-payload.js';
import { runSlackTurn, type SlackListenerDeps } from '../run-slack-turn.js';
import { FROM_HOME, sendSlackReply } from '../slack-reply.js';
import { submitFormAlternative } from './form-alternative.js';

const ourActions = new RegExp(`^${ACTION_PREFIX.replace('.', '\\.')}`);

/**
 * A button click. Slack gets its answer before any work starts; the turn then runs and its reply updates
 * the message, opens a form with the click's trigger id (which lives three seconds, so nothing else
 * delays it) or comes as a message. Action ids may carry `#n` to stay unique within a message.
 */
export function register(app: App, deps: SlackListenerDeps): void {
  app.action(ourActions, async ({ action, body, ack, client, context }) => {
    await ack();
    const a = action as { action_id: string; value?: string };
    const actionId = a.action_id.split('#')[0]!;
    const view = (body as { view?: Parameters<typeof submitFormAlternative>[2]['view'] }).view;
    if (actionId === ActionIds.formAlternative && view) {
      // Not awaited, as below: a form's second action, read as a submission of the modal (form-alternative.ts).
      void submitFormAlternative(deps, client, { userId: body.user.id, view, value: a.value ?? '', arrivedAt: arrivedAt(context) });
      return;
    }
    const b = body as { user: { id: string }; trigger_id?: string; channel?: { id: string }; message?: { ts: string }; view?: { type?: string } };
    // A click in the App Home tab: an update publishes the tab again (slack-reply.ts).
    const place = { userId: b.user.id, channelId: b.channel?.id, messageTs: b.message?.ts, triggerId: b.trigger_id, home: b.view?.type === 'home' };
    const tell = (text: string) => sendSlackReply(client, { ...place, messageTs: undefined }, { kind: 'message', message: plainMessage(text) });
    // Not awaited: Bolt sends the answer when this listener returns.
    void runSlackTurn(deps, {
      what: 'action',
      userId: b.user.id,
      arrivedAt: arrivedAt(context),
      run: (ctx) => deps.dispatcher.action(ctx, actionId, parsePayload(a.value)),
      deliver: async (result, ctx) => {
        try {
          // A form opened from the App Home tab remembers it (private_metadata), so its submission publishes the tab again (view.ts).
          await sendSlackReply(client, place, place.home && result.kind === 'form' ? { ...result, form: { ...result.form, context: { ...result.form.context, [FROM_HOME]: true } } } : result);
          // A click in the App Home tab whose answer is not the tab itself (a message by DM): the tab is published
          // again, so the home the person looks at shows what they have just done (their own view, this turn's answer).
          if (place.home && result.kind !== 'update' && result.kind !== 'form') {
            const home = await deps.dispatcher.command(ctx, 'home');
            if (home.kind === 'message') await sendSlackReply(client, place, { kind: 'update', message: home.message });
          }
        } catch (error) {
          // A form whose trigger expired while the turn ran: say so instead of showing nothing.
          if (result.kind !== 'form') throw error;
          await tell(t(ctx.actor.locale, conversationTexts.buttonFormTooSlow));
        }
      },
      fail: (text) => tell(text),
    });
  });
}
