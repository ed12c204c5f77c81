import { formatDate } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Message } from '../ui/model.js';
import type { RoundScopeEntry } from './load-round-scope.js';
import { portfolioTexts as T } from './texts.js';
import { escapeMarkup } from '../ui/markup.js';

/** The list of initiatives without a submitted report, with owners, for the secretariat. */
export function buildMissingList(locale: Locale, round: { label: string; dueDate: Date }, missing: RoundScopeEntry[]): Message {
  const title = t(locale, T.missingListTitle, { label: round.label, count: missing.length });
  const lines = missing.map((e) => `• **${escapeMarkup(e.initiative.name)}** (${escapeMarkup(e.initiative.organisation.name)}) – ${escapeMarkup(e.initiative.owner.name)}, ${t(locale, e.status === 'draft' ? T.stDraft : T.stMissing)}`);
  return {
    text: title,
    blocks: [
      { type: 'header', text: title },
      { type: 'context', text: `${t(locale, T.due)} ${formatDate(round.dueDate, locale)}` },
      { type: 'text', text: lines.join('\n') },
    ],
  };
}
