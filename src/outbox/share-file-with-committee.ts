import type { AppServices } from '../app/services.js';
import type { SharedFile } from '../channels/gateway.js';
import type { Locale } from '../i18n/locale.js';
import type { Message } from '../ui/model.js';
import { channelLocales } from './channel-locales.js';
import { committeePlatforms, postToCommittee } from './post-to-committee.js';

/**
 * Shares a generated file in a committee's channel on every platform it is on, from a job (never a turn): on
 * Slack it is uploaded as a file (the gateway's upload flow, retried by the job on failure); where the platform
 * has no bot upload (Teams, the console) the link card (`linkMessage`, with the download button) goes through
 * the outbox under `idempotencyKey`. The link cards are queued first, so an upload that fails and is retried never
 * holds them up (queueing them again changes nothing). The upload's comment and the card are in the channel's
 * languages (`channelLocales`).
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
  },
): Promise<'uploaded' | 'linked' | 'nowhere'> {
  const committee = await services.db.committee.findUniqueOrThrow({ where: { id: request.committeeId } });
  const platforms = committeePlatforms(services, committee);
  const slack = services.gateways.slack;
  const uploads = platforms.includes('slack') && slack?.uploadFile !== undefined;
  const linked = platforms.filter((platform) => !(platform === 'slack' && uploads));
  if (linked.length > 0) {
    await postToCommittee(services, { committeeId: committee.id, kind: request.kind, idempotencyKey: request.idempotencyKey, build: request.linkMessage, only: linked });
  }
  if (uploads) {
    const locales = await channelLocales(services.db, committee, services.config.DEFAULT_LOCALE);
    const comment = locales.map((locale) => request.comment(locale)).join('\n\n');
    await slack!.uploadFile!(committee.slackChannelId!, { ...request.file, comment });
    services.log.info('file shared in committee channel', { committee: committee.key, kind: request.kind, filename: request.file.filename });
    return 'uploaded';
  }
  return linked.length > 0 ? 'linked' : 'nowhere';
}
