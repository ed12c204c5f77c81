import type { AppServices } from '../app/services.js';
import type { Platform } from '../channels/gateway.js';
import type { Committee } from '../generated/prisma/client.js';
import type { Locale } from '../i18n/locale.js';
import type { Message } from '../ui/model.js';
import { channelLocales, messageInLocales } from './channel-locales.js';
import { reachablePlatforms } from './choose-platform.js';
import { enqueueDelivery, updateDelivery } from './enqueue-delivery.js';

/** A channel post's content: built in each language the channel is written in, or one fixed message. */
export type CommitteeContent = { build: (locale: Locale) => Message | Promise<Message> } | { message: Message };

export interface CommitteePost {
  committeeId: string;
  kind: string;
  /** The post's key: each platform's copy is its own delivery, under this key or `<key>.<platform>` (`copyKeys`). */
  idempotencyKey: string;
  runAt?: Date;
}

/** The platforms a committee's channel is on, of those configured: Slack channel and Teams conversation. */
export function committeePlatforms(services: AppServices, committee: Committee): Platform[] {
  return reachablePlatforms(services.gateways, { slack: committee.slackChannelId, teams: committee.teamsConversationId });
}

/** Every key a post's copies can have, whichever platforms the committee was on when it was posted. */
export function copyKeys(idempotencyKey: string): string[] {
  return [idempotencyKey, `${idempotencyKey}.slack`, `${idempotencyKey}.teams`];
}

/** A channel post in the committee's languages (`channelLocales`): one message, bokmål first when there are two. */
export async function committeeMessage(services: AppServices, committee: Committee, content: CommitteeContent): Promise<Message> {
  if ('message' in content) return content.message;
  return messageInLocales(await channelLocales(services.db, committee, services.config.DEFAULT_LOCALE), content.build);
}

/**
 * Queues a message to a committee's channel on every platform it is on: its Slack channel and its Teams
 * conversation each get their own delivery (own key, own job), so a failure on one never holds up the other.
 * `only` limits the copies to some platforms (a file uploaded on Slack needs its link card on Teams only).
 * Returns the first copy's row id, or null when the committee has no channel on a configured platform.
 */
export async function postToCommittee(services: AppServices, request: CommitteePost & CommitteeContent & { only?: Platform[] }): Promise<string | null> {
  const committee = await services.db.committee.findUniqueOrThrow({ where: { id: request.committeeId } });
  const platforms = committeePlatforms(services, committee);
  const wanted = platforms.filter((p) => !request.only || request.only.includes(p));
  if (wanted.length === 0) {
    if (platforms.length === 0) services.log.warn('committee has no channel on a configured platform', { committee: committee.key, kind: request.kind });
    return null;
  }
  // A copy already made under another key (the committee's platforms changed since) is not made again.
  const made = await services.db.delivery.findMany({ where: { idempotencyKey: { in: copyKeys(request.idempotencyKey) } }, select: { id: true, platform: true, idempotencyKey: true } });
  const message = await committeeMessage(services, committee, request);
  const ids: string[] = [];
  for (const platform of wanted) {
    const done = made.find((row) => row.platform === platform);
    if (done) {
      ids.push(done.id);
      continue;
    }
    // The first copy keeps the post's own key (a post made before it had two copies keeps its row); the other
    // is `<key>.<platform>`, as is a first copy whose key another platform's copy took when the platforms changed.
    const baseTaken = made.some((row) => row.idempotencyKey === request.idempotencyKey);
    const key = platform === platforms[0] && !baseTaken ? request.idempotencyKey : `${request.idempotencyKey}.${platform}`;
    const target = platform === 'slack' ? committee.slackChannelId! : committee.teamsConversationId!;
    ids.push(await enqueueDelivery(services, { idempotencyKey: key, kind: request.kind, platform, target, committeeId: committee.id, message, runAt: request.runAt }));
  }
  return ids[0] ?? null;
}

/**
 * Edits every copy of a channel post in place (each copy's own deliver job: Slack `chat.update`, Teams activity
 * update), in the committee's languages as they are now. A copy not posted yet just gets the new content.
 * Returns false when the post has no copy (it was never queued).
 */
export async function updateCommitteePost(services: AppServices, request: { committeeId: string; idempotencyKey: string } & CommitteeContent): Promise<boolean> {
  const copies = await services.db.delivery.findMany({ where: { idempotencyKey: { in: copyKeys(request.idempotencyKey) } }, select: { idempotencyKey: true } });
  if (copies.length === 0) return false;
  const committee = await services.db.committee.findUniqueOrThrow({ where: { id: request.committeeId } });
  const message = await committeeMessage(services, committee, request);
  let updated = false;
  for (const copy of copies) if (await updateDelivery(services, copy.idempotencyKey, message)) updated = true;
  return updated;
}
