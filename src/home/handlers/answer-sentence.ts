import type { FallbackAnswer } from '../../conversation/handler-registry.js';
import { reply } from '../../conversation/reply.js';
import { t } from '../../i18n/text.js';
import { ActionIds } from '../../ui/action-ids.js';
import { homeTexts as T } from '../texts.js';
import { meetingBlocks, secretariatBlocks } from '../build-home.js';
import { HomeActionIds } from '../ids.js';
import { loadHome } from '../load-home.js';

/** Longer sentences are cut when quoted back. */
const QUOTE_MAX = 80;

/**
 * A message that is no command ("hva er neste møte?", "hei"): instead of "unknown command", a line that quotes
 * it, the next meetings of the person's committees (with their next deadline) and the home's buttons: **Home**,
 * **Help** and, for the secretariat, every one of its actions. What is the person's own (papers, reports,
 * follow-ups) stays behind **Home**, since a mention in a channel is answered in the channel. Someone outside the
 * roster gets a polite line and the help button. This is also what a first "hei" gets.
 */
export const answerSentence: FallbackAnswer = async (ctx, text) => {
  const locale = ctx.actor.locale;
  const quoted = text.length > QUOTE_MAX ? `${text.slice(0, QUOTE_MAX - 1)}…` : text;
  if (!ctx.actor.personId) {
    const line = t(locale, T.unknownSentenceStranger, { text: quoted });
    return reply.message({ text: line, blocks: [{ type: 'text', text: line }, { type: 'actions', buttons: [{ actionId: ActionIds.helpShow, label: t(locale, T.help) }] }] });
  }
  const line = t(locale, T.unknownSentence, { text: quoted });
  const data = await loadHome(ctx.services, ctx.actor.personId, locale);
  return reply.message({
    text: line,
    blocks: [
      { type: 'text', text: line },
      ...meetingBlocks(data, locale),
      { type: 'actions', buttons: [{ actionId: HomeActionIds.show, label: t(locale, T.openHome), style: 'primary' }, { actionId: ActionIds.helpShow, label: t(locale, T.help) }] },
      ...secretariatBlocks(data, locale),
    ],
  });
};
