import type { AppServices } from '../app/services.js';
import { plainMessage } from '../conversation/plain-message.js';
import { toLocale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { updateDelivery } from '../outbox/enqueue-delivery.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { DependencyMessageKinds } from './build-dependency-message.js';
import { dependencyKeys } from './ids.js';
import { ragLabel } from './dependency-labels.js';
import { dependencyInclude, providerPersonIds, type LoadedDependency } from './dependency-people.js';
import { dependencyTexts as T } from './texts.js';
import { rebuildDependencyMessage } from './rebuild-dependency-message.js';

/** The outbox kind of the short notice that tells the other side of a status change. */
export const ANSWER_NOTICE_KIND = 'dependency_answer';

/**
 * After an answer is recorded: every copy of every message that lists the dependency (each recipient's red
 * notice, reminders and escalations) is rebuilt in its recipient's language and edited in place through the
 * outbox, except `exceptDeliveryKey` (the message the button sat in, which the transport already updated). When
 * the answer changed the status (`statusChangeId`), the other side is told once per change: the provider's
 * answer goes to the dependent owner, the owner's to the provider's contact(s), anyone else's to both.
 */
export async function shareDependencyAnswer(
  services: AppServices,
  request: { dependencyId: string; actorId: string; exceptDeliveryKey?: string | null; statusChangeId?: string | null },
): Promise<void> {
  const { db } = services;
  const { dependencyId, actorId } = request;
  const copies = await db.delivery.findMany({
    where: {
      kind: { in: Object.values(DependencyMessageKinds) },
      payload: { path: ['dependencyIds'], array_contains: [dependencyId] },
      ...(request.exceptDeliveryKey ? { idempotencyKey: { not: request.exceptDeliveryKey } } : {}),
    },
    include: { person: { select: { locale: true } } },
    orderBy: { createdAt: 'asc' },
  });
  for (const copy of copies) {
    const locale = toLocale(copy.person?.locale);
    const message = await rebuildDependencyMessage(services, { deliveryKey: copy.idempotencyKey, dependencyId, locale });
    await updateDelivery(services, copy.idempotencyKey, message);
  }
  if (!request.statusChangeId) return;
  const dependency = await db.dependency.findUnique({ where: { id: dependencyId }, include: dependencyInclude });
  const actor = await db.person.findUnique({ where: { id: actorId }, select: { name: true } });
  if (!dependency || !actor) return;
  const { role, tell } = otherSide(dependency, actorId);
  for (const personId of tell) {
    const person = await db.person.findUnique({ where: { id: personId }, select: { locale: true } });
    const locale = toLocale(person?.locale);
    const status = dependency.resolvedAt ? t(locale, T.statusResolved) : ragLabel(locale, dependency.status);
    const text = t(locale, T.otherSideChanged, { who: actor.name, role: t(locale, role), description: dependency.description, initiative: dependency.initiative.name, status });
    await sendToPerson(services, { personId, kind: ANSWER_NOTICE_KIND, idempotencyKey: dependencyKeys.answerNotice(request.statusChangeId, personId), message: plainMessage(text) });
  }
}

/** Who answered (as a role) and who on the other side hears of it. */
function otherSide(dependency: LoadedDependency, actorId: string) {
  const owner = dependency.initiative.ownerId;
  const providers = providerPersonIds(dependency);
  const others = (ids: string[]) => [...new Set(ids)].filter((id) => id !== actorId);
  if (providers.includes(actorId)) return { role: T.roleProvider, tell: others([owner]) };
  if (actorId === owner) return { role: T.roleOwner, tell: others(providers) };
  const contact = dependency.initiative.organisation.portfolioContacts.some((c) => c.personId === actorId);
  return { role: contact ? T.roleContact : T.roleSecretariat, tell: others([owner, ...providers]) };
}
