import type { AppServices } from '../app/services.js';
import type { Message } from '../ui/model.js';
import { choosePlatform } from './choose-platform.js';
import { enqueueDelivery } from './enqueue-delivery.js';

/**
 * Queues a direct message to a person on the platform that reaches them. Returns null (and logs) when the
 * person is on no configured platform, so the caller can tell the secretariat instead of failing silently.
 */
export async function sendToPerson(
  services: AppServices,
  request: { personId: string; kind: string; idempotencyKey: string; message: Message; runAt?: Date },
): Promise<string | null> {
  const person = await services.db.person.findUniqueOrThrow({ where: { id: request.personId } });
  const platform = choosePlatform(services.gateways, { slack: person.slackUserId, teams: person.teamsUserId, teamsRef: person.teamsConversationRef });
  if (!platform) {
    services.log.warn('person is on no configured platform', { personId: person.id, kind: request.kind });
    return null;
  }
  const target = platform === 'slack' ? person.slackUserId! : (person.teamsUserId ?? person.id);
  return enqueueDelivery(services, { ...request, platform, target, personId: person.id });
}
