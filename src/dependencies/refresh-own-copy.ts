import type { AppServices } from '../app/services.js';
import type { Locale } from '../i18n/locale.js';
import { toLocale } from '../i18n/locale.js';
import { updateDelivery } from '../outbox/enqueue-delivery.js';
import { rebuildDependencyMessage } from './rebuild-dependency-message.js';

/**
 * The message a button sat in, rebuilt in its recipient's language (else `fallbackLocale`) and edited in place
 * through the outbox.
 */
export async function refreshOwnCopy(services: AppServices, deliveryKey: string, dependencyId: string, fallbackLocale: Locale, readerId: string | null): Promise<void> {
  const delivery = await services.db.delivery.findUnique({ where: { idempotencyKey: deliveryKey }, include: { person: true } });
  if (!delivery) return;
  const recipientLocale = delivery.person ? toLocale(delivery.person.locale) : fallbackLocale;
  const message = await rebuildDependencyMessage(services, { deliveryKey, dependencyId, locale: recipientLocale, readerId });
  await updateDelivery(services, deliveryKey, message);
}
