import type { AppServices } from '../app/services.js';
import { toLocale } from '../i18n/locale.js';
import { updateDelivery } from '../outbox/enqueue-delivery.js';
import { buildRoundRequest, type RequestKind } from './build-round-request.js';

const PROMPT_KINDS: Record<string, RequestKind> = { portfolio_invite: 'invite', portfolio_reminder: 'reminder', portfolio_overdue: 'overdue' };

/**
 * After a report is submitted, every copy of the prompt to report it (invitation, reminders, overdue notice)
 * is edited in place to say "Levert <date>" without the button, in its recipient's language. Each edit is a
 * queued delivery update, so it survives a crash after the submission.
 */
export async function refreshReportPrompts(services: AppServices, roundId: string, initiativeId: string): Promise<number> {
  const { db } = services;
  const report = await db.statusReport.findUnique({ where: { roundId_initiativeId: { roundId, initiativeId } }, include: { round: true, initiative: true } });
  if (!report?.submittedAt) return 0;
  const deliveries = await db.delivery.findMany({
    where: { kind: { in: Object.keys(PROMPT_KINDS) }, AND: [{ idempotencyKey: { contains: roundId } }, { idempotencyKey: { contains: `.${initiativeId}.` } }] },
    orderBy: { createdAt: 'asc' },
  });
  const people = new Map((await db.person.findMany({ where: { id: { in: deliveries.flatMap((d) => (d.personId ? [d.personId] : [])) } } })).map((p) => [p.id, p]));
  let updated = 0;
  for (const delivery of deliveries) {
    const locale = toLocale(people.get(delivery.personId ?? '')?.locale ?? services.config.DEFAULT_LOCALE);
    const message = buildRoundRequest(locale, PROMPT_KINDS[delivery.kind]!, report.round, report.initiative, report.submittedAt);
    if (await updateDelivery(services, delivery.idempotencyKey, message)) updated += 1;
  }
  return updated;
}
