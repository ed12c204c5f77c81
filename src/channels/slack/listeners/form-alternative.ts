import type { SlackViewAction } from '@slack/bolt';
import type { WebClient } from '@slack/web-api';
import { plainMessage } from '../../../conversation/plain-message.js';
import type { Reply } from '../../../conversation/reply.js';
import { conversationTexts } from '../../../conversation/texts.js';
import { t } from '../../../i18n/text.js';
import { FORM_SUBMIT_AS } from '../../../ui/model.js';
import { parsePayload } from '../parse-payload.js';
import { readViewValues } from '../read-view-values.js';
import { renderMessageModal, renderModal } from '../render-block-kit.js';
import { runSlackTurn, type SlackListenerDeps } from '../run-slack-turn.js';
import { sendSlackReply } from '../slack-reply.js';

type View = SlackViewAction['view'];

/**
 * A form's second action (`Form.alternative`, e.g. "Lagre utkast") clicked inside a Slack modal: the modal's values
 * are submitted to its form with `submitAs` set, counted once per view version like a submission. Slack shows field
 * errors only for a modal's own submit, so the answer replaces the modal: the form again with every typed value and
 * the errors under their fields, or the outcome with a close button (a confirmation also comes by direct message).
 */
export async function submitFormAlternative(deps: SlackListenerDeps, client: WebClient, request: { userId: string; view: View; value: string; arrivedAt: number | undefined }): Promise<void> {
  const { view, userId } = request;
  const title = view.title?.text ?? 'Saksgang';
  const show = (next: unknown) => client.views.update({ view_id: view.id, hash: view.hash, view: next as never });
  await runSlackTurn(deps, {
    what: 'action',
    userId,
    arrivedAt: request.arrivedAt,
    run: (ctx) =>
      deps.dispatcher.submit(
        ctx,
        view.callback_id,
        { ...readViewValues(view.state as never), [FORM_SUBMIT_AS]: request.value },
        parsePayload(view.private_metadata),
        view.id && view.hash ? `${view.id}.${view.hash}.${request.value}` : null,
      ),
    deliver: async (result: Reply, ctx) => {
      const close = t(ctx.actor.locale, conversationTexts.close);
      switch (result.kind) {
        case 'formErrors':
          return void (await show(renderModal(result.form, result.errors)));
        case 'form':
          return void (await show(renderModal(result.form)));
        case 'none':
          return void (await show(renderMessageModal(title, close, plainMessage('✓'), { clearOnClose: true })));
        default:
          await show(renderMessageModal(title, close, result.message, { clearOnClose: result.kind === 'formDone' }));
          if (result.kind === 'formDone') await sendSlackReply(client, { userId }, result);
      }
    },
    fail: (text) => sendSlackReply(client, { userId }, { kind: 'message', message: plainMessage(text) }),
  });
}
