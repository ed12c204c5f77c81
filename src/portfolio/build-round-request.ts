import { formatDate } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Message } from '../ui/model.js';
import { PortfolioActions } from './ids.js';
import { portfolioTexts as T } from './texts.js';

export type RequestKind = 'invite' | 'reminder' | 'overdue';

/** The direct message asking an owner to report (invitation, reminder, overdue notice), with the report button. */
export function buildRoundRequest(
  locale: Locale,
  kind: RequestKind,
  round: { id: string; label: string; cutoffDate: Date; dueDate: Date },
  initiative: { id: string; name: string },
  /** When the report is in: the prompt says so instead of offering the button. */
  submittedAt: Date | null = null,
  /** Whether the form comes filled in from an earlier report: only then does the invitation say so. */
  options: { hasPrevious?: boolean } = {},
): Message {
  const due = formatDate(round.dueDate, locale);
  const text =
    kind === 'invite'
      ? `${t(locale, T.inviteText, { initiative: initiative.name, cutoff: formatDate(round.cutoffDate, locale), due })}${options.hasPrevious ? ` ${t(locale, T.inviteFilledIn)}` : ''}`
      : kind === 'reminder'
        ? t(locale, T.reminderText, { initiative: initiative.name, label: round.label, due })
        : t(locale, T.overdueText, { initiative: initiative.name, label: round.label, due });
  return {
    text,
    blocks: [
      { type: 'header', text: t(locale, T.inviteTitle, { label: round.label }) },
      { type: 'text', text },
      submittedAt
        ? { type: 'context', text: `✅ ${t(locale, T.deliveredOn, { date: formatDate(submittedAt, locale) })}` }
        : { type: 'actions', buttons: [{ actionId: PortfolioActions.openReport, label: t(locale, T.reportButton), style: 'primary', payload: { roundId: round.id, initiativeId: initiative.id } }] },
    ],
  };
}
