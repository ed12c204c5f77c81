import { formatDate } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Block, Button, Message } from '../ui/model.js';
import type { RoundScopeEntry } from './load-round-scope.js';
import { closeQuestion } from './build-round-closed.js';
import { PortfolioActions } from './ids.js';
import { portfolioTexts as T } from './texts.js';
import { escapeMarkup } from '../ui/markup.js';

const MARK = { submitted: '✅', draft: '📝', missing: '❌' } as const;
const LINES_PER_BLOCK = 25;

/** The round's progress for the secretariat: submitted / draft / missing per initiative, with remind buttons. */
export function buildProgressMessage(locale: Locale, round: { id: string; label: string; dueDate: Date; state?: string }, scope: RoundScopeEntry[]): Message {
  const count = (s: RoundScopeEntry['status']) => scope.filter((e) => e.status === s).length;
  const title = t(locale, T.progressTitle, { label: round.label });
  const counts = t(locale, T.progressCounts, { submitted: count('submitted'), draft: count('draft'), missing: count('missing'), due: formatDate(round.dueDate, locale) });
  const label = { submitted: T.stSubmitted, draft: T.stDraft, missing: T.stMissing } as const;
  const lines = scope.map((e) => `${MARK[e.status]} **${escapeMarkup(e.initiative.name)}** – ${escapeMarkup(e.initiative.owner.name)} (${t(locale, label[e.status])})`);
  const blocks: Block[] = [{ type: 'header', text: title }, { type: 'context', text: counts }];
  for (let i = 0; i < lines.length; i += LINES_PER_BLOCK) blocks.push({ type: 'text', text: lines.slice(i, i + LINES_PER_BLOCK).join('\n') });
  const notSubmitted = scope.filter((e) => e.status !== 'submitted');
  if (notSubmitted.length) {
    // The main action first: remind everyone missing, then each one.
    const buttons: Button[] = [{ actionId: PortfolioActions.remindAll, label: t(locale, T.remindAll), style: 'primary', payload: { roundId: round.id } }];
    buttons.push(
      ...notSubmitted
        .slice(0, 20)
        .map((e) => ({ actionId: PortfolioActions.remindOne, label: t(locale, T.remindOne, { name: e.initiative.name }), payload: { roundId: round.id, initiativeId: e.initiative.id } })),
    );
    blocks.push({ type: 'actions', buttons });
  }
  if (round.state !== 'closed') {
    const question = closeQuestion(locale, round, scope);
    blocks.push({
      type: 'actions',
      buttons: [{ actionId: PortfolioActions.closeRound, label: t(locale, T.closeButton), style: 'danger', payload: { roundId: round.id, confirmed: true }, ...(question ? { confirm: question } : {}) }],
    });
  }
  return { text: `${title}: ${counts}`, blocks };
}
