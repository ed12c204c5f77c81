import type { AppServices } from '../app/services.js';
import type { SharedFile } from '../channels/gateway.js';
import { PlatformError } from '../channels/platform-error.js';
import type { Message } from '../ui/model.js';
import { choosePlatform } from './choose-platform.js';
import { postToCommittee } from './post-to-committee.js';

/**
 * Shares a generated file in a committee's channel, from a job (never a turn): on Slack it is uploaded as a file
 * (the gateway's upload flow, retried by the job on failure, never twice: see below); where the platform has no bot upload (Teams, the
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
    const channel = committee.slackChannelId!;
    // The upload's own outbox row, under the same key: it holds Slack's file id from before the share is completed,
    // so a retry after a lost answer (a crash, a time-out, a 5xx after completeUploadExternal) finds the share in
    // the channel and does not upload the file twice.
    const { db } = services;
    const row = await db.delivery.upsert({
      where: { idempotencyKey: request.idempotencyKey },
      create: { idempotencyKey: request.idempotencyKey, kind: request.kind, platform: 'slack', target: channel, committeeId: committee.id, payload: request.linkMessage as object, state: 'pending' },
      update: {},
    });
    if (row.state === 'sent') return 'uploaded';
    const shared = row.platformMessageId && slack.findSharedFile ? await slack.findSharedFile(channel, row.platformMessageId, new Date(row.createdAt.getTime() - 60_000)) : false;
    if (shared) {
      services.log.warn('file share whose answer was lost found in the channel; not uploaded again', { committee: committee.key, kind: request.kind, fileId: row.platformMessageId });
    }
    let fileId = row.platformMessageId;
    if (!shared) {
      try {
        ({ fileId } = await slack.uploadFile(channel, request.file, {
          onFileId: async (id) => void (await db.delivery.update({ where: { id: row.id }, data: { platformMessageId: id, platformConversationId: channel, attempts: { increment: 1 } } })),
        }));
      } catch (error) {
        // A refusal (an archived channel, a missing scope) ends the row; anything else is the job's to retry.
        const refused = error instanceof PlatformError && !error.retryable;
        await db.delivery.update({ where: { id: row.id }, data: { lastError: String((error as Error).message).slice(0, 500), ...(refused ? { state: 'failed' as const } : {}) } });
        throw error;
      }
    }
    await db.delivery.update({ where: { id: row.id }, data: { state: 'sent', sentAt: services.clock(), platformMessageId: fileId, platformConversationId: channel, lastError: null } });
    services.log.info('file shared in committee channel', { committee: committee.key, kind: request.kind, filename: request.file.filename });
    return 'uploaded';
  }
  const id = await postToCommittee(services, { committeeId: committee.id, kind: request.kind, idempotencyKey: request.idempotencyKey, message: request.linkMessage });
  return id ? 'linked' : 'nowhere';
}
