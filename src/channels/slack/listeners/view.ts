import type { App, SlackViewAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { plainMessage } from '../../../conversation/plain-message.js';
import type { Reply } from '../../../conversation/reply.js';
import { conversationTexts } from '../../../conversation/texts.js';
import type { Locale } from '../../../i18n/locale.js';
import { t } from '../../../i18n/text.js';
import { ACTION_PREFIX } from '../../../ui/action-ids.js';
import { unescapeMarkup } from '../../../ui/markup.js';
import { arrivedAt } from '../arrived-at.js';
import { parsePayload } from '../parse-payload.js';
import { readViewValues } from '../read-view-values.js';
import { renderMessageModal, renderModal } from '../render-block-kit.js';
import { runSlackTurn, type SlackListenerDeps } from '../run-slack-turn.js';
import { FROM_HOME, sendSlackReply } from '../slack-reply.js';

const ourForms = new RegExp(`^${ACTION_PREFIX.replace('.', '\\.')}form\\.`);

type View = SlackViewAction['view'];

function firstInput(view: View): string | undefined {
  return ((view.blocks ?? []) as { type: string; block_id?: string }[]).find((b) => b.type === 'input')?.block_id;
}

/**
 * Names this copy of the modal: the view id and its hash, which changes whenever the view is replaced.
 * The same modal sent twice (a double click, a retry after an error) has the same key and counts once.
 */
function submissionKey(view: View): string | null {
  return view.id && view.hash ? `${view.id}.${view.hash}` : null;
}

/**
 * The outcome of a slow submission, shown in the "working on it" view pushed over the form: a confirmation
 * closes both; a refusal or errors say what to fix, and closing the view goes back to the form as typed.
 */
async function showLateOutcome(client: WebClient, userId: string, view: View, externalId: string, locale: Locale, result: Reply): Promise<void> {
  const title = view.title?.text ?? 'Saksgang';
  const close = t(locale, conversationTexts.close);
  const done = result.kind === 'formDone' || result.kind === 'update' || result.kind === 'none';
  const message =
    result.kind === 'formErrors'
      ? plainMessage([...Object.values(result.errors).map((e) => `⚠️ ${e}`), t(locale, conversationTexts.backToForm)].join('\n'))
      : 'message' in result
        ? done
          ? result.message
          : { ...result.message, blocks: [...result.message.blocks, { type: 'context' as const, text: t(locale, conversationTexts.backToForm) }] }
        : plainMessage('✓');
  const next = result.kind === 'form' ? renderModal(result.form) : renderMessageModal(title, close, message, { clearOnClose: done });
  try {
    await client.views.update({ external_id: externalId, view: next as never });
  } catch {
    // The person closed the view meanwhile: the outcome comes as a direct message instead.
    await sendSlackReply(client, { userId }, { kind: 'message', message: plainMessage(message.text) });
    return;
  }
  if (result.kind === 'formDone') await sendSlackReply(client, { userId }, result);
}

/** A modal submitted: errors go on the fields of the open modal; a confirmation closes it and comes by DM. */
export function register(app: App, deps: SlackListenerDeps): void {
  const { log } = deps.services;
  app.view(ourForms, async ({ view, body, ack, client, context }) => {
    const userId = body.user.id;
    const dm = (result: Reply) => void sendSlackReply(client, { userId }, result).catch((error: unknown) => log.error('Slack reply could not be delivered', { what: 'view', error }));
    let locale: Locale = deps.services.config.DEFAULT_LOCALE;
    const externalId = `saksgang-working-${view.id}-${Date.now()}`;
    await runSlackTurn(deps, {
      what: 'view',
      userId,
      arrivedAt: arrivedAt(context),
      run: async (ctx) => {
        locale = ctx.actor.locale;
        return deps.dispatcher.submit(ctx, view.callback_id, readViewValues(view.state as never), parsePayload(view.private_metadata), submissionKey(view));
      },
      // Waiting for a turn slot: the form's own checks first, so their errors still go on the open form.
      precheck: async (known) => {
        const errors = deps.dispatcher.check(view.callback_id, readViewValues(view.state as never), known);
        if (!errors) return false;
        await ack({ response_action: 'errors', errors: Object.fromEntries(Object.entries(errors).map(([field, error]) => [field, unescapeMarkup(error)])) });
        return true;
      },
      answer: async (result, ctx) => {
        switch (result.kind) {
          case 'formErrors':
            // Field errors are plain text in Slack: our markup's escapes are shown as the characters they stand for.
            return ack({ response_action: 'errors', errors: Object.fromEntries(Object.entries(result.errors).map(([field, error]) => [field, unescapeMarkup(error)])) });
          case 'form':
            return ack({ response_action: 'update', view: renderModal(result.form) as never });
          case 'message': {
            // A refusal or failure: the modal stays open with the message on its first field, so nothing typed is lost.
            const input = firstInput(view);
            if (input) return ack({ response_action: 'errors', errors: { [input]: unescapeMarkup(result.message.text).slice(0, 2000) } });
            await ack();
            return dm(result);
          }
          default:
            await ack();
            // Not awaited: the modal closes now; the confirmation follows as a direct message.
            dm(result);
            // A modal opened from the App Home tab closes onto the tab: it is published again, so it shows what was just done.
            if (parsePayload(view.private_metadata)[FROM_HOME] === true) {
              const home = await deps.dispatcher.command(ctx, 'home');
              if (home.kind === 'message') await sendSlackReply(client, { userId, home: true }, { kind: 'update', message: home.message });
            }
            return;
        }
      },
      // Too slow to answer in the modal: a "working on it" view is pushed on top of the form, which stays
      // underneath with everything typed; the outcome replaces the pushed view.
      working: (known) => {
        locale = known;
        const title = view.title?.text ?? 'Saksgang';
        const working = renderMessageModal(title, t(known, conversationTexts.close), plainMessage(t(known, conversationTexts.working)), { externalId });
        return ack({ response_action: 'push', view: working as never });
      },
      late: (result) => showLateOutcome(client, userId, view, externalId, locale, result),
      fail: async (text, answered) => {
        if (answered) return sendSlackReply(client, { userId }, { kind: 'message', message: plainMessage(text) });
        const input = firstInput(view);
        if (input) return ack({ response_action: 'errors', errors: { [input]: unescapeMarkup(text) } });
        await ack();
        return dm({ kind: 'message', message: plainMessage(text) });
      },
    });
  });
}
