import type { AppServices } from '../app/services.js';
import { toLocale } from '../i18n/locale.js';
import { defineTexts, t } from '../i18n/text.js';
import { sendToPerson } from '../outbox/send-to-person.js';

export const dependencyRedTexts = defineTexts({
  turnedRed: {
    nb: (p: { description: string; initiative: string }) => `🔴 Avhengigheten «${p.description}» for **${p.initiative}** er nå rød (uklart når den kan innfris).`,
    en: (p: { description: string; initiative: string }) => `🔴 The dependency "${p.description}" of **${p.initiative}** is now red (unclear when it can be fulfilled).`,
  },
});

/**
 * Called whenever a dependency turns red (in a report or in between rounds), after `redSince` is set and a
 * `DependencyChange` is recorded. For now it tells the dependent initiative's owner at once, once per red
 * spell; provider, secretariat and the reminder schedule come with the red-dependency capability (issue 5).
 */
export async function onDependencyTurnedRed(services: AppServices, dependencyId: string): Promise<void> {
  const dependency = await services.db.dependency.findUnique({ where: { id: dependencyId }, include: { initiative: { include: { owner: true } } } });
  if (!dependency || dependency.status !== 'red' || dependency.resolvedAt || !dependency.redSince) return;
  const owner = dependency.initiative.owner;
  const text = t(toLocale(owner.locale), dependencyRedTexts.turnedRed, { description: dependency.description, initiative: dependency.initiative.name });
  await sendToPerson(services, {
    personId: owner.id,
    kind: 'dependency_red',
    idempotencyKey: `dependency-red.${dependency.id}.${dependency.redSince.getTime()}.${owner.id}`,
    message: { text, blocks: [{ type: 'text', text }] },
  });
}
