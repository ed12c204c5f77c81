import type { AppServices } from '../app/services.js';
import { calendarDayOf } from '../calendar/working-days.js';
import { queueFanOut, stageFanOut, TURN_TRANSACTION } from '../outbox/stage-fan-out.js';
import { roundFanOutKeys, roundRemindFanOut } from './round-fan-outs.js';

export interface RemindedAll {
  /** Owners this press reminds (staged as one fan-out, sent by the queue). */
  reminded: number;
  /** Owners of unsubmitted initiatives already reminded today (by an earlier press, for one or for all). */
  alreadyToday: number;
}

/**
 * "Remind all missing": stages one fan-out to the owners of the round's unsubmitted initiatives and says how
 * many it reaches (counts, not a loop). At most one reminder per owner, initiative and Oslo day: the day is
 * part of every key, and a second press the same day finds today's fan-out and adds nothing.
 */
export async function remindAllNow(services: AppServices, round: { id: string; includePlanned: boolean }): Promise<RemindedAll> {
  const day = calendarDayOf(services.clock());
  const { staged, alreadyToday } = await services.db.$transaction(async (tx) => {
    const alreadyToday = await tx.delivery.count({
      where: { kind: 'portfolio_reminder', idempotencyKey: { startsWith: `portfolio.remind-now.${round.id}.`, endsWith: `.${day}` } },
    });
    const staged = await stageFanOut(tx, services, roundRemindFanOut, roundFanOutKeys.remind(round.id, day), { roundId: round.id, includePlanned: round.includePlanned, day });
    return { staged, alreadyToday };
  }, TURN_TRANSACTION);
  if (!staged.isNew) return { reminded: 0, alreadyToday: Math.max(alreadyToday, staged.total) };
  await queueFanOut(services, staged);
  return { reminded: Math.max(0, staged.total - alreadyToday), alreadyToday };
}
