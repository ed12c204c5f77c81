import type { AppServices } from '../app/services.js';
import type { Message } from '../ui/model.js';
import { choosePlatform } from './choose-platform.js';
import { enqueueDelivery } from './enqueue-delivery.js';

export const UNREACHABLE = 'the person is on no configured platform (no Slack or Teams id in the roster)';

/**
 * Queues a direct message to a person on the platform that reaches them (the one they chose, else Slack first). A person on no configured platform
 * cannot be reached: the message is recorded as failed and the secretariat is told, never dropped in
 * silence. Returns the outbox row's id, or null when nothing could be queued.
 */
export async function sendToPerson(
  services: AppServices,
  request: { personId: string; kind: string; idempotencyKey: string; message: Message; runAt?: Date },
): Promise<string | null> {
  const { db, log } = services;
  const person = await db.person.findUniqueOrThrow({ where: { id: request.personId } });
  const platform = choosePlatform(services.gateways, { slack: person.slackUserId, teams: person.teamsUserId, teamsRef: person.teamsConversationRef, preferred: person.dmPlatform });
  if (!platform) {
    log.warn('person is on no configured platform', { personId: person.id, kind: request.kind });
    // Upsert, so two workers racing here write one row; the notice's own keys keep it to one per person.
    const failed = await db.delivery.upsert({
      where: { idempotencyKey: request.idempotencyKey },
      create: {
        idempotencyKey: request.idempotencyKey,
        kind: request.kind,
        platform: services.gateways.slack ? 'slack' : 'teams',
        target: person.key,
        personId: person.id,
        payload: request.message as object,
        state: 'failed',
        lastError: UNREACHABLE,
      },
      update: {},
    });
    if (failed.state === 'failed' && failed.lastError === UNREACHABLE) await services.notifyDeliveryFailure?.(failed.id, UNREACHABLE);
    return null;
  }
  const target = platform === 'slack' ? person.slackUserId! : (person.teamsUserId ?? person.id);
  return enqueueDelivery(services, { ...request, platform, target, personId: person.id });
}
