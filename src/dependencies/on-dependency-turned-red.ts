import type { AppServices } from '../app/services.js';
import { calendarDayOf } from '../calendar/working-days.js';
import { queueFanOut, stageFanOut, TURN_TRANSACTION } from '../outbox/stage-fan-out.js';
import { isOpenRed } from './dependency-people.js';
import { loadDependencyViews } from './load-dependency-views.js';
import { scheduleDependencyEscalation, scheduleDependencyReminders } from './schedule-dependency-reminders.js';
import { turnedRedFanOut, turnedRedFanOutKey } from './turned-red-fan-out.js';

/**
 * Called whenever a dependency turns red (in a report or in between rounds), after `redSince` is set and a
 * `DependencyChange` is recorded. Tells at once the dependent initiative's owner and the provider (a provider
 * initiative's owner, or a provider organisation's portfolio contacts), and for high criticality the
 * portfolio's secretariat; once per red spell (`redSince`) and person. Then schedules the reminders and,
 * when it has a due date, the escalation. Safe to call again for the same red spell.
 */
export async function onDependencyTurnedRed(services: AppServices, dependencyId: string): Promise<void> {
  const views = await loadDependencyViews(services.db, [dependencyId]);
  const dependency = views[0]?.dependency;
  if (!dependency || !isOpenRed(dependency) || !dependency.redSince) return;
  const redSince = dependency.redSince;
  // The notices go out through the queue (one staged fan-out per red spell), not from the turn.
  const staged = await services.db.$transaction(
    (tx) => stageFanOut(tx, services, turnedRedFanOut, turnedRedFanOutKey(dependency.id, redSince), { dependencyId: dependency.id, redSince: redSince.toISOString() }),
    TURN_TRANSACTION,
  );
  if (staged.isNew) await queueFanOut(services, staged);
  const today = calendarDayOf(services.clock(), services.cycles.portfolio.timeZone);
  await scheduleDependencyReminders(services, dependency.id, today);
  await scheduleDependencyEscalation(services, dependency.id);
}
