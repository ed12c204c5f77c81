import type { FallbackAnswer } from '../../conversation/handler-registry.js';
import { reply } from '../../conversation/reply.js';
import { t } from '../../i18n/text.js';
import { ActionIds } from '../../ui/action-ids.js';
import { homeTexts as T } from '../texts.js';
import { homeMessage } from './show-home.js';

/** Longer sentences are cut when quoted back. */
const QUOTE_MAX = 80;

/**
 * A message that is no command ("hva er neste møte?", "hei"): instead of "unknown command", the person's home,
 * with its next meetings and every button they may use, under a line that quotes what they wrote. Someone
 * outside the roster gets a polite line and the help button. This is also what a first "hei" gets.
 */
export const answerSentence: FallbackAnswer = async (ctx, text) => {
  const locale = ctx.actor.locale;
  const quoted = text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
  if (!ctx.actor.personId) {
    const line = t(locale, T.unknownSentenceStranger, { text: quoted });
    return reply.message({ text: line, blocks: [{ type: 'text', text: line }, { type: 'actions', buttons: [{ actionId: ActionIds.helpShow, label: t(locale, T.help) }] }] });
  }
  const line = t(locale, T.unknownSentence, { text: quoted });
  const home = await homeMessage(ctx);
  return reply.message({ text: line, blocks: [{ type: 'text', text: line }, ...home.blocks] });
};
