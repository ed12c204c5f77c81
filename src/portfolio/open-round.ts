import type { AppServices } from '../app/services.js';
import { AppError, ErrorCode } from '../errors.js';
import { toLocale } from '../i18n/locale.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { buildRoundRequest } from './build-round-request.js';
import { computeRoundSchedule } from './compute-round-schedule.js';
import { loadRoundScope } from './load-round-scope.js';
import type { OpenRoundArgs } from './parse-open-args.js';
import { portfolioTexts } from './texts.js';
import { roundEscalationJob, roundReminderJob } from './jobs/round-jobs.js';

/**
 * Opens a reporting round: every initiative in scope gets its owner asked by direct message (once per round,
 * initiative and owner), and the policy's reminders and escalation are scheduled first, so a failure while
 * sending still leaves a round with its reminders. Reminders and an escalation whose time has already passed
 * are left out: owners are not told they are late in the same breath as they are asked.
 */
export async function openRound(services: AppServices, args: OpenRoundArgs): Promise<{ roundId: string; asked: number }> {
  const { db } = services;
  if (await db.reportingRound.findFirst({ where: { label: { equals: args.label, mode: 'insensitive' } } })) {
    throw new AppError(ErrorCode.Conflict, 'portfolio: round exists', portfolioTexts.roundExists, { label: args.label });
  }
  const now = services.clock();
  const round = await db.reportingRound.create({
    data: {
      label: args.label,
      quarter: args.quarter,
      year: args.year,
      cutoffDate: new Date(`${args.cutoff}T00:00:00Z`),
      dueDate: new Date(`${args.due}T00:00:00Z`),
      includePlanned: args.includePlanned,
      openedAt: now,
    },
  });
  const schedule = computeRoundSchedule(services.cycles.portfolio, args.due);
  for (const reminder of schedule.reminders) {
    if (reminder.at <= now) continue;
    await services.jobs.enqueue(roundReminderJob, { roundId: round.id, index: reminder.index }, { runAt: reminder.at });
  }
  if (schedule.escalation && schedule.escalation.at > now) {
    await services.jobs.enqueue(roundEscalationJob, { roundId: round.id }, { runAt: schedule.escalation.at });
  }
  const scope = await loadRoundScope(db, round);
  for (const { initiative } of scope) {
    const owner = initiative.owner;
    await sendToPerson(services, {
      personId: owner.id,
      kind: 'portfolio_invite',
      idempotencyKey: `portfolio.invite.${round.id}.${initiative.id}.${owner.id}`,
      message: buildRoundRequest(toLocale(owner.locale), 'invite', round, initiative),
    });
  }
  return { roundId: round.id, asked: scope.length };
}
