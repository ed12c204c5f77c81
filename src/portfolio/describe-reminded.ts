import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { RemindedAll } from './remind-all-now.js';
import type { Reminded } from './remind-now.js';
import { portfolioTexts as T } from './texts.js';

/** What a press of "Remind …" did, in the secretariat member's language; `one` for the button of one initiative. */
export function describeReminded(locale: Locale, reminded: Reminded[], one: boolean): string {
  const of = (outcome: Reminded['outcome']) => reminded.filter((r) => r.outcome === outcome);
  if (reminded.length === 0) return t(locale, T.remindNothing);
  if (one) {
    const [r] = reminded as [Reminded];
    const text = r.outcome === 'sent' ? T.remindedOne : r.outcome === 'alreadyToday' ? T.remindedOneAlready : T.remindUnreachable;
    return t(locale, text, { owner: r.owner, initiative: r.initiative });
  }
  const parts = [t(locale, T.reminded, { count: of('sent').length })];
  if (of('alreadyToday').length) parts.push(t(locale, T.remindedAlready, { count: of('alreadyToday').length }));
  for (const r of of('unreachable')) parts.push(t(locale, T.remindUnreachable, { owner: r.owner, initiative: r.initiative }));
  return parts.join(' ');
}

/** What "Remind all missing" did: to how many the reminder goes, and how many had theirs today already. */
export function describeRemindedAll(locale: Locale, { reminded, alreadyToday }: RemindedAll): string {
  if (reminded === 0 && alreadyToday === 0) return t(locale, T.remindNothing);
  const parts = reminded > 0 ? [t(locale, T.remindAllQueued, { count: reminded })] : [];
  if (alreadyToday > 0) parts.push(t(locale, T.remindedAlready, { count: alreadyToday }));
  return parts.join(' ');
}
