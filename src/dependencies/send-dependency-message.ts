import type { AppServices } from '../app/services.js';
import { toLocale } from '../i18n/locale.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { buildDependencyMessage, type DependencyMessageKind } from './build-dependency-message.js';
import type { DependencyView } from './load-dependency-views.js';

/** Queues one message about the given dependencies to a person, in their language, under a deterministic key. */
export async function sendDependencyMessage(
  services: AppServices,
  request: { personId: string; kind: DependencyMessageKind; idempotencyKey: string; views: DependencyView[] },
): Promise<string | null> {
  if (request.views.length === 0) return null;
  const existing = await services.db.delivery.findUnique({ where: { idempotencyKey: request.idempotencyKey }, select: { id: true } });
  if (existing) return existing.id;
  const person = await services.db.person.findUnique({ where: { id: request.personId } });
  if (!person) return null;
  const message = buildDependencyMessage(request.views, {
    kind: request.kind,
    locale: toLocale(person.locale),
    now: services.clock(),
    deliveryKey: request.idempotencyKey,
  });
  return sendToPerson(services, { personId: person.id, kind: request.kind, idempotencyKey: request.idempotencyKey, message });
}
