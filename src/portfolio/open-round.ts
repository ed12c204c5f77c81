import type { AppServices } from '../app/services.js';
import { AppError, ErrorCode } from '../errors.js';
import { queueFanOut, stageFanOut, TURN_TRANSACTION } from '../outbox/stage-fan-out.js';
import { computeRoundSchedule } from './compute-round-schedule.js';
import type { OpenRoundArgs } from './parse-open-args.js';
import { portfolioTexts } from './texts.js';
import { roundEscalationJob, roundReminderJob } from './jobs/round-jobs.js';
import { roundFanOutKeys, roundInviteFanOut } from './round-fan-outs.js';

/**
 * Opens a reporting round in ONE transaction: the round, the policy's reminders and escalation (staged
 * jobs), and the request to every initiative owner in scope as one staged fan-out (once per round,
 * initiative and owner, sent by the queue). Either the round exists with all of that owed, or nothing
 * exists. Reminders and an escalation whose time has already passed are left out: owners are not told they
 * are late in the same breath as they are asked. Returns how many owners are asked (a count, not a loop).
 */
export async function openRound(services: AppServices, args: OpenRoundArgs): Promise<{ roundId: string; asked: number }> {
  const { db, jobs } = services;
  const now = services.clock();
  const schedule = computeRoundSchedule(services.cycles.portfolio, args.due);
  const reminders = schedule.reminders.filter((reminder) => reminder.at > now);
  const escalation = schedule.escalation && schedule.escalation.at > now ? schedule.escalation : null;
  const opened = await db.$transaction(async (tx) => {
    if (await tx.reportingRound.findFirst({ where: { label: { equals: args.label, mode: 'insensitive' } } })) {
      throw new AppError(ErrorCode.Conflict, 'portfolio: round exists', portfolioTexts.roundExists, { label: args.label });
    }
    const round = await tx.reportingRound.create({
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
    for (const reminder of reminders) await jobs.stage(tx, roundReminderJob, { roundId: round.id, index: reminder.index }, reminder.at);
    if (escalation) await jobs.stage(tx, roundEscalationJob, { roundId: round.id }, escalation.at);
    const invitation = await stageFanOut(tx, services, roundInviteFanOut, roundFanOutKeys.invite(round.id), { roundId: round.id, includePlanned: round.includePlanned });
    return { round, invitation };
  }, TURN_TRANSACTION);
  // Committed: queue now what the worker's sweep would otherwise queue when it is due.
  const { round, invitation } = opened;
  await Promise.all([
    ...reminders.map((reminder) => jobs.enqueue(roundReminderJob, { roundId: round.id, index: reminder.index }, { runAt: reminder.at })),
    ...(escalation ? [jobs.enqueue(roundEscalationJob, { roundId: round.id }, { runAt: escalation.at })] : []),
    queueFanOut(services, invitation),
  ]);
  return { roundId: round.id, asked: invitation.total };
}
