import type { AppServices } from '../app/services.js';
import type { Message } from '../ui/model.js';
import { choosePlatform } from './choose-platform.js';
import { enqueueDelivery } from './enqueue-delivery.js';

/** Queues a message to a committee's channel (Slack channel / Teams conversation). */
export async function postToCommittee(
  services: AppServices,
  request: { committeeId: string; kind: string; idempotencyKey: string; message: Message; runAt?: Date },
): Promise<string | null> {
  const committee = await services.db.committee.findUniqueOrThrow({ where: { id: request.committeeId } });
  const platform = choosePlatform(services.gateways, { slack: committee.slackChannelId, teams: committee.teamsConversationId });
  if (!platform) {
    services.log.warn('committee has no channel on a configured platform', { committee: committee.key, kind: request.kind });
    return null;
  }
  const target = platform === 'slack' ? committee.slackChannelId! : committee.teamsConversationId!;
  return enqueueDelivery(services, { ...request, platform, target, committeeId: committee.id });
}
