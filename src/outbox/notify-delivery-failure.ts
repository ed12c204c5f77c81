import type { AppServices } from '../app/services.js';
import { defineTexts, t } from '../i18n/text.js';
import { toLocale } from '../i18n/locale.js';
import { describeReason, describeWhat } from './describe-delivery-failure.js';
import { sendToPerson } from './send-to-person.js';

export const deliveryFailureTexts = defineTexts({
  notice: {
    nb: (p: { what: string; to: string; reason: string }) =>
      `⚠️ Saksgang fikk ikke levert ${p.what} til ${p.to}: ${p.reason}. Ingenting blir sendt på nytt av seg selv; rett opp i årsaken og be om meldingen igjen.`,
    en: (p: { what: string; to: string; reason: string }) =>
      `⚠️ Saksgang could not deliver ${p.what} to ${p.to}: ${p.reason}. Nothing is resent by itself; fix the cause and ask for the message again.`,
  },
});

export const DELIVERY_FAILURE_KIND = 'delivery_failure';

/**
 * Tells the secretariat that a message could not be delivered for good (archived channel, removed user),
 * so nothing is lost in silence. The secretariat of the message's committee is told, or every secretariat
 * member when the message belonged to no committee. A failed notice is not itself reported again.
 */
export async function notifyDeliveryFailure(services: AppServices, deliveryId: string, reason: string): Promise<void> {
  const { db } = services;
  const delivery = await db.delivery.findUnique({ where: { id: deliveryId } });
  if (!delivery || delivery.kind === DELIVERY_FAILURE_KIND) return;
  const memberships = await db.membership.findMany({
    where: { role: 'secretariat', ...(delivery.committeeId ? { committeeId: delivery.committeeId } : {}) },
    include: { person: true },
  });
  const recipient = delivery.personId ? await db.person.findUnique({ where: { id: delivery.personId } }) : null;
  const committee = delivery.committeeId ? await db.committee.findUnique({ where: { id: delivery.committeeId } }) : null;
  const to = recipient?.name ?? committee?.name ?? delivery.target;
  const seen = new Set<string>();
  for (const { person } of memberships) {
    if (seen.has(person.id) || person.id === delivery.personId) continue;
    seen.add(person.id);
    const locale = toLocale(person.locale);
    const text = t(locale, deliveryFailureTexts.notice, { what: describeWhat(delivery.kind, locale), to, reason: describeReason(reason, locale) });
    await sendToPerson(services, {
      personId: person.id,
      kind: DELIVERY_FAILURE_KIND,
      idempotencyKey: `delivery-failure.${delivery.id}.${person.id}`,
      message: { text, blocks: [{ type: 'text', text }] },
    });
  }
}
