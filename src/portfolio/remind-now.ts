import type { AppServices } from '../app/services.js';
import { calendarDayOf } from '../calendar/working-days.js';
import { toLocale } from '../i18n/locale.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { buildRoundRequest } from './build-round-request.js';
import { loadRoundScope } from './load-round-scope.js';

/**
 * Reminds the owners of the round's unsubmitted initiatives now (one, or all when `initiativeId` is absent).
 * At most one such reminder per owner, initiative and day, however often the button is pressed.
 */
export async function remindNow(services: AppServices, round: { id: string; label: string; cutoffDate: Date; dueDate: Date; includePlanned: boolean }, initiativeId?: string): Promise<number> {
  const day = calendarDayOf(services.clock());
  const scope = (await loadRoundScope(services.db, round)).filter((e) => e.status !== 'submitted' && (!initiativeId || e.initiative.id === initiativeId));
  for (const { initiative } of scope) {
    await sendToPerson(services, {
      personId: initiative.owner.id,
      kind: 'portfolio_reminder',
      idempotencyKey: `portfolio.remind-now.${round.id}.${initiative.id}.${initiative.owner.id}.${day}`,
      message: buildRoundRequest(toLocale(initiative.owner.locale), 'reminder', round, initiative),
    });
  }
  return scope.length;
}
