import type { AppServices } from '../app/services.js';
import type { Actor } from '../conversation/actor.js';
import { toLocale, type Locale } from '../i18n/locale.js';
import { enqueueDelivery, updateDelivery } from '../outbox/enqueue-delivery.js';
import { decisionKeys } from './ids.js';
import { openDecisions } from './open-decisions.js';

/** The outbox kind of a decision overview: every copy is a delivery, so each can be edited in place later. */
export const OVERVIEW_KIND = 'decision_overview';

/**
 * Sends the asker the meeting's decision overview as a direct message on the platform they asked from. Each
 * request is a new copy with its own key (`decisions.overview.<meeting>.<person>.<n>`), kept in the outbox, so
 * saving a decision later edits every copy (`refreshOverviewCopies`). Two copies of one request (a double send)
 * get the same key and make one message.
 */
export async function sendDecisionOverview(
  services: AppServices,
  request: { meetingId: string; personId: string; locale: Locale; platform: Actor['platform']; platformUserId: string },
): Promise<void> {
  const { db } = services;
  const earlier = await db.delivery.count({ where: { kind: OVERVIEW_KIND, idempotencyKey: { startsWith: decisionKeys.overviewPrefix(request.meetingId, request.personId) } } });
  await enqueueDelivery(services, {
    idempotencyKey: decisionKeys.overview(request.meetingId, request.personId, earlier + 1),
    kind: OVERVIEW_KIND,
    platform: request.platform,
    target: request.platformUserId,
    personId: request.personId,
    message: await openDecisions(db, request.meetingId, request.locale, services.clock()),
  });
}

/** Every copy of a meeting's decision overview, rebuilt in its recipient's language and edited in place. */
export async function refreshOverviewCopies(services: AppServices, meetingId: string): Promise<number> {
  const { db } = services;
  const copies = await db.delivery.findMany({
    where: { kind: OVERVIEW_KIND, idempotencyKey: { startsWith: decisionKeys.overviewPrefix(meetingId) } },
    include: { person: true },
    orderBy: { createdAt: 'asc' },
  });
  const now = services.clock();
  const byLocale = new Map<Locale, Awaited<ReturnType<typeof openDecisions>>>();
  let updated = 0;
  for (const copy of copies) {
    const locale = toLocale(copy.person?.locale ?? services.config.DEFAULT_LOCALE);
    if (!byLocale.has(locale)) byLocale.set(locale, await openDecisions(db, meetingId, locale, now));
    if (await updateDelivery(services, copy.idempotencyKey, byLocale.get(locale)!)) updated += 1;
  }
  return updated;
}
