import { portfolioCommitteeId, portfolioSecretariatIds } from '../access/portfolio-committee.js';
import type { AppServices } from '../app/services.js';
import { toLocale, type Locale } from '../i18n/locale.js';
import { postToCommittee } from '../outbox/post-to-committee.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import type { Message } from '../ui/model.js';

/** The secretariat of the committee the portfolio belongs to, as the access module names it. */
export async function portfolioSecretariat(services: AppServices) {
  const ids = await portfolioSecretariatIds(services.db);
  return services.db.person.findMany({ where: { id: { in: ids } }, orderBy: { key: 'asc' } });
}

/** A direct message to each secretariat member, in their language, once per key. */
export async function sendToSecretariat(services: AppServices, request: { kind: string; keyBase: string; build: (locale: Locale) => Message }): Promise<number> {
  let sent = 0;
  for (const person of await portfolioSecretariat(services)) {
    const id = await sendToPerson(services, { personId: person.id, kind: request.kind, idempotencyKey: `${request.keyBase}.${person.id}`, message: request.build(toLocale(person.locale)) });
    if (id) sent += 1;
  }
  return sent;
}

/**
 * Posts to the channel of the committee the portfolio belongs to (on each platform it is on, in the channel's
 * languages); when no such committee has a channel, to each secretariat member directly.
 */
/** Where a message to the portfolio secretariat went: the committee's channel, or direct messages to so many. */
export type SecretariatPost = { where: 'channel'; committee: string } | { where: 'direct'; count: number };

export async function postToPortfolioSecretariat(services: AppServices, request: { kind: string; keyBase: string; build: (locale: Locale) => Message }): Promise<SecretariatPost> {
  const committeeId = await portfolioCommitteeId(services.db);
  const committee = committeeId
    ? await services.db.committee.findFirst({ where: { id: committeeId, OR: [{ slackChannelId: { not: null } }, { teamsConversationId: { not: null } }] } })
    : null;
  const posted = committee
    ? await postToCommittee(services, { committeeId: committee.id, kind: request.kind, idempotencyKey: `${request.keyBase}.committee`, build: request.build })
    : null;
  if (posted && committee) return { where: 'channel', committee: committee.key };
  return { where: 'direct', count: await sendToSecretariat(services, request) };
}
