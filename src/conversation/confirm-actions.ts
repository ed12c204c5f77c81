import { t } from '../i18n/text.js';
import { ACTION_PREFIX, ActionIds } from '../ui/action-ids.js';
import type { Confirm, Message, Payload } from '../ui/model.js';
import type { ActionDefinition } from './handler-types.js';
import { plainMessage } from './plain-message.js';
import { reply } from './reply.js';
import { conversationTexts as T } from './texts.js';

/**
 * A confirmation step: the question, a "yes" button that is the real action (with `confirmed: true` in its
 * payload, so it acts at once) and a "no" that changes nothing. Commands whose effect is public or final
 * answer with it; on Teams, a button with a `confirm` question shows it as a new card (`confirmAskAction`).
 */
export function confirmationMessage(question: Confirm, action: { actionId: string; payload: Payload; style?: 'primary' | 'danger' }): Message {
  return {
    text: question.text,
    blocks: [
      { type: 'header', text: question.title },
      { type: 'text', text: question.text },
      {
        type: 'actions',
        buttons: [
          { actionId: action.actionId as `saksgang.${string}`, label: question.confirm, payload: { ...action.payload, confirmed: true }, style: action.style ?? 'primary' },
          { actionId: ActionIds.confirmCancel, label: question.deny },
        ],
      },
    ],
  };
}

const str = (value: unknown): string => (typeof value === 'string' ? value : '');

/** Teams' stand-in for Slack's confirm dialog: the clicked card stays, and a confirmation card comes below it. */
export const confirmAskAction: ActionDefinition = {
  actionId: ActionIds.confirmAsk,
  requiresPerson: false,
  async run({ actor }, payload) {
    const verb = str(payload.verb);
    let inner: Payload = {};
    try {
      const parsed: unknown = JSON.parse(str(payload.payload) || '{}');
      if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) inner = parsed as Payload;
    } catch {
      inner = {};
    }
    if (!verb.startsWith(ACTION_PREFIX) || verb === ActionIds.confirmAsk) return reply.message(plainMessage(t(actor.locale, T.unknownAction)));
    const style = payload.style === 'danger' || payload.style === 'primary' ? payload.style : undefined;
    const question = { title: str(payload.title), text: str(payload.text), confirm: str(payload.confirm), deny: str(payload.deny) };
    return reply.message(confirmationMessage(question, { actionId: verb, payload: inner, ...(style ? { style } : {}) }));
  },
};

/** The "no" of a confirmation step: the question is replaced by a note that nothing changed. */
export const confirmCancelAction: ActionDefinition = {
  actionId: ActionIds.confirmCancel,
  requiresPerson: false,
  run: async ({ actor }) => reply.update(plainMessage(t(actor.locale, T.confirmCancelled))),
};
