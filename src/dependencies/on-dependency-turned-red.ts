import type { AppServices } from '../app/services.js';
import { calendarDayOf } from '../calendar/working-days.js';
import { DependencyMessageKinds } from './build-dependency-message.js';
import { dependencyKeys } from './ids.js';
import { isOpenRed, portfolioSecretariatIds, turnedRedRecipients } from './dependency-people.js';
import { loadDependencyViews } from './load-dependency-views.js';
import { scheduleDependencyEscalation, scheduleDependencyReminders } from './schedule-dependency-reminders.js';
import { sendDependencyMessage } from './send-dependency-message.js';

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
  const recipients = turnedRedRecipients(dependency, await portfolioSecretariatIds(services.db));
  for (const personId of recipients) {
    await sendDependencyMessage(services, {
      personId,
      kind: DependencyMessageKinds.turnedRed,
      idempotencyKey: dependencyKeys.turnedRed(dependency.id, redSince, personId),
      views,
    });
  }
  const today = calendarDayOf(services.clock(), services.cycles.portfolio.timeZone);
  await scheduleDependencyReminders(services, dependency.id, today);
  await scheduleDependencyEscalation(services, dependency.id);
}
