import type { AppServices } from '../app/services.js';
import type { SharedFile } from '../channels/gateway.js';
import { PlatformError } from '../channels/platform-error.js';
import type { Locale } from '../i18n/locale.js';
import type { Message } from '../ui/model.js';
import { channelLocales, messageInLocales } from './channel-locales.js';
import { committeePlatforms, copyKeys, postToCommittee } from './post-to-committee.js';

/**
 * Shares a generated file in a committee's channel on every platform it is on, from a job (never a turn): on
 * Slack it is uploaded as a file (the gateway's upload flow, retried by the job on failure, never twice: see
 * below); where the platform has no bot upload (Teams, the console) the link card (`linkMessage`, with the
 * download button) goes through the outbox under `idempotencyKey` (`<key>.teams` beside a Slack upload). The link
 * cards are queued first, so an upload that fails and is retried never holds them up (queueing them again changes
 * nothing). The upload's comment and the card are in the channel's languages (`channelLocales`), or in `locales`
 * when given (a document made in one of the channel's languages is shared with its text in that language).
 */
export async function shareFileWithCommittee(
  services: AppServices,
  request: {
    committeeId: string;
    kind: string;
    idempotencyKey: string;
    file: Omit<SharedFile, 'comment'>;
    /** The plain text posted with the uploaded file, in one language. */
    comment: (locale: Locale) => string;
    linkMessage: (locale: Locale) => Message;
    /** The languages of the comment and the card; the channel's languages when left out. */
    locales?: Locale[];
  },
): Promise<'uploaded' | 'linked' | 'nowhere'> {
  const committee = await services.db.committee.findUniqueOrThrow({ where: { id: request.committeeId } });
  const platforms = committeePlatforms(services, committee);
  const slack = services.gateways.slack;
  const uploads = platforms.includes('slack') && slack?.uploadFile !== undefined;
  const linked = platforms.filter((platform) => !(platform === 'slack' && uploads));
  const fixed = request.locales?.length ? request.locales : null;
  if (linked.length > 0) {
    const content = fixed ? { message: await messageInLocales(fixed, request.linkMessage) } : { build: request.linkMessage };
    await postToCommittee(services, { committeeId: committee.id, kind: request.kind, idempotencyKey: request.idempotencyKey, ...content, only: linked });
  }
  if (uploads) {
    const channel = committee.slackChannelId!;
    const locales = fixed ?? (await channelLocales(services.db, committee, services.config.DEFAULT_LOCALE));
    const comment = locales.map((locale) => request.comment(locale)).join('\n\n');
    // The upload's own outbox row, under the post's key: it holds Slack's file id from before the share is
    // completed, so a retry after a lost answer (a crash, a time-out, a 5xx after completeUploadExternal) finds the
    // share in the channel and does not upload the file twice.
    const { db } = services;
    const existing = await db.delivery.findMany({ where: { idempotencyKey: { in: copyKeys(request.idempotencyKey) }, platform: 'slack' } });
    const key = existing[0]?.idempotencyKey ?? request.idempotencyKey;
    const row = await db.delivery.upsert({
      where: { idempotencyKey: key },
      create: { idempotencyKey: key, kind: request.kind, platform: 'slack', target: channel, committeeId: committee.id, payload: request.linkMessage(locales[0]!) as object, state: 'pending' },
      update: {},
    });
    if (row.state === 'sent') return 'uploaded';
    const shared = row.platformMessageId && slack!.findSharedFile ? await slack!.findSharedFile(channel, row.platformMessageId, new Date(row.createdAt.getTime() - 60_000)) : false;
    if (shared) {
      services.log.warn('file share whose answer was lost found in the channel; not uploaded again', { committee: committee.key, kind: request.kind, fileId: row.platformMessageId });
    }
    let fileId = row.platformMessageId;
    if (!shared) {
      try {
        ({ fileId } = await slack!.uploadFile!(channel, { ...request.file, comment }, {
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
  return linked.length > 0 ? 'linked' : 'nowhere';
}
