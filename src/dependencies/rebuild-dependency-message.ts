import type { AppServices } from '../app/services.js';
import type { Locale } from '../i18n/locale.js';
import { buildDependencyMessage, dependencyIdsOf, DependencyMessageKinds, type DependencyMessage, type DependencyMessageKind } from './build-dependency-message.js';
import { loadDependencyViews } from './load-dependency-views.js';

const KINDS = Object.values(DependencyMessageKinds) as string[];

/**
 * The message a button sat in, rebuilt with the dependencies' current state: the outbox row under `deliveryKey`
 * tells which dependencies it listed and what kind it was. Without the row (an old or foreign message), a
 * message about the one dependency. A pause shown is the pause of the message's recipient (else `readerId`).
 */
export async function rebuildDependencyMessage(
  services: AppServices,
  request: { deliveryKey: string | null; dependencyId: string; locale: Locale; readerId?: string | null },
): Promise<DependencyMessage> {
  const delivery = request.deliveryKey ? await services.db.delivery.findUnique({ where: { idempotencyKey: request.deliveryKey } }) : null;
  const stored = (delivery?.payload ?? {}) as Partial<DependencyMessage>;
  const ids = dependencyIdsOf(stored);
  if (!ids.includes(request.dependencyId)) ids.push(request.dependencyId);
  const kind = (delivery && KINDS.includes(delivery.kind) ? delivery.kind : DependencyMessageKinds.reminder) as DependencyMessageKind;
  const views = await loadDependencyViews(services.db, ids, delivery?.personId ?? request.readerId ?? null);
  return buildDependencyMessage(views, { kind, locale: request.locale, now: services.clock(), deliveryKey: request.deliveryKey ?? '' });
}
