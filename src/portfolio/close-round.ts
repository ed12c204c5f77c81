import type { AppServices } from '../app/services.js';
import { LOCALES, type Locale } from '../i18n/locale.js';
import type { Message } from '../ui/model.js';
import { postToPortfolioSecretariat, type SecretariatPost } from './notify-secretariat.js';
import { ROUND_SUBJECT } from './ids.js';
import { prepareSummary } from './publish-summary.js';

/**
 * Closes a round: no more corrections, its reminders are cancelled, and the summary goes to the secretariat
 * (the channel of the committee that treats the portfolio, else each secretariat member). Closing twice posts
 * once; a round reopened and closed again posts its new summary (the key names the closing). Returns where
 * the summary went, so the reply can say so.
 */
export async function closeRound(services: AppServices, roundId: string): Promise<{ posted: SecretariatPost }> {
  const now = services.clock();
  await services.db.reportingRound.updateMany({ where: { id: roundId, state: 'open' }, data: { state: 'closed', closedAt: now } });
  const round = await services.db.reportingRound.findUniqueOrThrow({ where: { id: roundId } });
  await services.jobs.cancelBySubject(ROUND_SUBJECT, roundId);
  const prepared = await prepareSummary(services, roundId);
  const messages = new Map<Locale, Message>();
  for (const locale of LOCALES) messages.set(locale, await prepared.message(locale));
  const closing = round.closedAt ? `.${round.closedAt.getTime()}` : '';
  const posted = await postToPortfolioSecretariat(services, { kind: 'portfolio_summary', keyBase: `portfolio.summary.${roundId}${closing}`, build: (locale) => messages.get(locale)! });
  return { posted };
}

/** Reopens a closed round, so owners can correct and submit reports again; closing it again posts a new summary. */
export async function reopenRound(services: AppServices, roundId: string): Promise<boolean> {
  const { count } = await services.db.reportingRound.updateMany({ where: { id: roundId, state: 'closed' }, data: { state: 'open', closedAt: null } });
  return count > 0;
}
