import { formatDate } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Confirm, Message } from '../ui/model.js';
import type { RoundScopeEntry } from './load-round-scope.js';
import type { SecretariatPost } from './notify-secretariat.js';
import { PortfolioActions } from './ids.js';
import { portfolioTexts as T } from './texts.js';

/** How many of the round's reports are not submitted, of how many asked. */
export function countMissing(scope: RoundScopeEntry[]): { missing: number; total: number } {
  return { missing: scope.filter((e) => e.status !== 'submitted').length, total: scope.length };
}

/** The question before a round with missing reports is closed; null when nothing is missing. */
export function closeQuestion(locale: Locale, round: { label: string; dueDate: Date }, scope: RoundScopeEntry[]): Confirm | null {
  const { missing, total } = countMissing(scope);
  if (missing === 0) return null;
  return {
    title: t(locale, T.closeConfirmTitle),
    text: t(locale, T.closeConfirmText, { label: round.label, missing, total, due: formatDate(round.dueDate, locale) }),
    confirm: t(locale, T.closeConfirm),
    deny: t(locale, T.confirmDeny),
  };
}

/** The answer to closing: what was closed and, truthfully, where the summary went; with a way back. */
export function roundClosedMessage(locale: Locale, round: { id: string; label: string }, posted: SecretariatPost): Message {
  const where = posted.where === 'channel' ? t(locale, T.summaryPostedIn, { channel: posted.committee }) : t(locale, T.summarySentTo, { count: posted.count });
  const text = `${t(locale, T.closed, { label: round.label })} ${where}`;
  return {
    text,
    blocks: [
      { type: 'text', text },
      { type: 'actions', buttons: [{ actionId: PortfolioActions.reopenRound, label: t(locale, T.reopenButton), payload: { roundId: round.id } }] },
    ],
  };
}
