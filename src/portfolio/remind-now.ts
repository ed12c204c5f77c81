import type { AppServices } from '../app/services.js';
import { calendarDayOf } from '../calendar/working-days.js';
import { toLocale } from '../i18n/locale.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { buildRoundRequest } from './build-round-request.js';
import { loadRoundScope } from './load-round-scope.js';

export interface Reminded {
  initiative: string;
  owner: string;
  /** `sent` now; `alreadyToday`: this owner was reminded of this initiative earlier today; `unreachable`: on no platform. */
  outcome: 'sent' | 'alreadyToday' | 'unreachable';
}

/**
 * Reminds the owners of the round's unsubmitted initiatives now (one, or all when `initiativeId` is absent).
 * At most one such reminder per owner, initiative and Oslo day (the day is part of the idempotency key),
 * however often the button is pressed; a press that finds today's reminder already sent says so.
 */
export async function remindNow(services: AppServices, round: { id: string; label: string; cutoffDate: Date; dueDate: Date; includePlanned: boolean }, initiativeId?: string): Promise<Reminded[]> {
  const day = calendarDayOf(services.clock());
  const scope = (await loadRoundScope(services.db, round)).filter((e) => e.status !== 'submitted' && (!initiativeId || e.initiative.id === initiativeId));
  const result: Reminded[] = [];
  for (const { initiative } of scope) {
    const owner = initiative.owner;
    const idempotencyKey = `portfolio.remind-now.${round.id}.${initiative.id}.${owner.id}.${day}`;
    const base = { initiative: initiative.name, owner: owner.name };
    if (await services.db.delivery.findUnique({ where: { idempotencyKey }, select: { id: true } })) {
      result.push({ ...base, outcome: 'alreadyToday' });
      continue;
    }
    const id = await sendToPerson(services, {
      personId: owner.id,
      kind: 'portfolio_reminder',
      idempotencyKey,
      message: buildRoundRequest(toLocale(owner.locale), 'reminder', round, initiative),
    });
    result.push({ ...base, outcome: id ? 'sent' : 'unreachable' });
  }
  return result;
}
