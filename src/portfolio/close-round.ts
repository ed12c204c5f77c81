import type { AppServices } from '../app/services.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import type { Message } from '../ui/model.js';
import { postToPortfolioSecretariat } from './notify-secretariat.js';
import { ROUND_SUBJECT } from './ids.js';
import { prepareSummary } from './publish-summary.js';

/**
 * Closes a round: no more corrections, its reminders are cancelled, and the summary goes to the secretariat
 * (the channel of the committee that treats the portfolio, else each secretariat member). Closing twice posts once.
 */
export async function closeRound(services: AppServices, roundId: string): Promise<void> {
  const now = services.clock();
  await services.db.reportingRound.updateMany({ where: { id: roundId, state: 'open' }, data: { state: 'closed', closedAt: now } });
  await services.jobs.cancelBySubject(ROUND_SUBJECT, roundId);
  const prepared = await prepareSummary(services, roundId);
  const messages = new Map<Locale, Message>();
  for (const locale of LOCALES) messages.set(locale, await prepared.message(locale));
  await postToPortfolioSecretariat(services, { kind: 'portfolio_summary', keyBase: `portfolio.summary.${roundId}`, build: (locale) => messages.get(locale)! });
}
