import type { AppServices } from '../../app/services.js';
import { toLocale } from '../../i18n/locale.js';
import { t } from '../../i18n/text.js';
import { defineJobHandler } from '../../jobs/job-handler.js';
import { sendToPerson } from '../../outbox/send-to-person.js';
import type { PortfolioAudience } from '../../cycles/cycle-schema.js';
import { buildRoundRequest } from '../build-round-request.js';
import { buildMissingList } from '../build-missing-list.js';
import { loadRoundScope, type RoundScopeEntry } from '../load-round-scope.js';
import { sendToSecretariat } from '../notify-secretariat.js';
import { portfolioTexts as T } from '../texts.js';
import { roundEscalationJob, roundReminderJob } from './round-jobs.js';

async function missingOf(services: AppServices, roundId: string) {
  const round = await services.db.reportingRound.findUnique({ where: { id: roundId } });
  if (!round || round.state !== 'open') return null;
  const missing = (await loadRoundScope(services.db, round)).filter((e) => e.status !== 'submitted');
  return { round, missing };
}

async function tellContacts(services: AppServices, keyBase: string, round: { label: string }, entry: RoundScopeEntry) {
  const contacts = await services.db.portfolioContact.findMany({ where: { organisationId: entry.initiative.organisationId }, include: { person: true } });
  for (const { person } of contacts) {
    if (person.id === entry.initiative.ownerId) continue;
    const text = t(toLocale(person.locale), T.contactOverdueText, { initiative: entry.initiative.name, label: round.label, owner: entry.initiative.owner.name });
    await sendToPerson(services, { personId: person.id, kind: 'portfolio_contact_notice', idempotencyKey: `${keyBase}.${entry.initiative.id}.${person.id}`, message: { text, blocks: [{ type: 'text', text }] } });
  }
}

/** Reminds those who have not submitted, at one of the policy's reminder offsets (index into the policy's list). */
export const roundReminderHandler = defineJobHandler(roundReminderJob, {
  async handle({ roundId, index }, services) {
    const state = await missingOf(services, roundId);
    const rule = services.cycles.portfolio.reportingRound.reminders[index];
    if (!state || !rule || state.missing.length === 0) return;
    const { round, missing } = state;
    const keyBase = `portfolio.reminder.${roundId}.${index}`;
    await remindAudience(services, rule.to, keyBase, round, missing, 'reminder');
  },
});

async function remindAudience(
  services: AppServices,
  to: PortfolioAudience,
  keyBase: string,
  round: Parameters<typeof buildRoundRequest>[2] & { label: string },
  missing: RoundScopeEntry[],
  kind: 'reminder' | 'overdue',
) {
  if (to === 'initiative_owners') {
    for (const entry of missing) {
      const owner = entry.initiative.owner;
      await sendToPerson(services, {
        personId: owner.id,
        kind: `portfolio_${kind}`,
        idempotencyKey: `${keyBase}.${entry.initiative.id}.${owner.id}`,
        message: buildRoundRequest(toLocale(owner.locale), kind, round, entry.initiative),
      });
    }
  } else if (to === 'portfolio_contacts') {
    for (const entry of missing) await tellContacts(services, keyBase, round, entry);
  } else {
    await sendToSecretariat(services, { kind: 'portfolio_missing', keyBase: `${keyBase}.secretariat`, build: (locale) => buildMissingList(locale, round, missing) });
  }
}

/**
 * The day after the due date: a notice to each owner who has not submitted, and to the policy's escalation
 * audiences (portfolio contacts of their organisations, the secretariat with the list of what is missing).
 */
export const roundEscalationHandler = defineJobHandler(roundEscalationJob, {
  async handle({ roundId }, services) {
    const state = await missingOf(services, roundId);
    if (!state || state.missing.length === 0) return;
    const { round, missing } = state;
    const keyBase = `portfolio.overdue.${roundId}`;
    const audiences = new Set<PortfolioAudience>(['initiative_owners', ...(services.cycles.portfolio.reportingRound.escalation?.to ?? ['secretariat'])]);
    for (const to of audiences) await remindAudience(services, to, keyBase, round, missing, 'overdue');
  },
});
