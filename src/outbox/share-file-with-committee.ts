import type { AppServices } from '../app/services.js';
import type { SharedFile } from '../channels/gateway.js';
import type { Message } from '../ui/model.js';
import { choosePlatform } from './choose-platform.js';
import { postToCommittee } from './post-to-committee.js';

/**
 * Shares a generated file in a committee's channel, from a job (never a turn): on Slack it is uploaded as a file
 * (the gateway's upload flow, retried by the job on failure); where the platform has no bot upload (Teams, the
 * console) the `linkMessage` (a card with the download link) goes through the outbox under `idempotencyKey`.
 */
export async function shareFileWithCommittee(
  services: AppServices,
  request: { committeeId: string; kind: string; idempotencyKey: string; file: SharedFile; linkMessage: Message },
): Promise<'uploaded' | 'linked' | 'nowhere'> {
  const committee = await services.db.committee.findUniqueOrThrow({ where: { id: request.committeeId } });
  const platform = choosePlatform(services.gateways, { slack: committee.slackChannelId, teams: committee.teamsConversationId });
  const slack = services.gateways.slack;
  if (platform === 'slack' && slack?.uploadFile) {
    await slack.uploadFile(committee.slackChannelId!, request.file);
    services.log.info('file shared in committee channel', { committee: committee.key, kind: request.kind, filename: request.file.filename });
    return 'uploaded';
  }
  const id = await postToCommittee(services, { committeeId: committee.id, kind: request.kind, idempotencyKey: request.idempotencyKey, message: request.linkMessage });
  return id ? 'linked' : 'nowhere';
}
