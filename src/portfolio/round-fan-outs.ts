import { z } from 'zod';
import type { AppServices } from '../app/services.js';
import { toLocale } from '../i18n/locale.js';
import { defineFanOutKind } from '../outbox/fan-out-kind.js';
import { buildRoundRequest } from './build-round-request.js';
import { countRoundOwners, listRoundOwners, type RoundRecipient } from './round-recipients.js';

const roundSubject = z.object({ roundId: z.string().min(1), includePlanned: z.boolean() });

/** The round, while it is open: a closed round asks nobody any more. */
async function openRound(services: AppServices, roundId: string) {
  const round = await services.db.reportingRound.findUnique({ where: { id: roundId } });
  return round?.state === 'open' ? round : null;
}

/** The request to report, to the owner of every initiative in the round's scope (once per initiative and owner). */
export const roundInviteFanOut = defineFanOutKind<z.infer<typeof roundSubject>, RoundRecipient>({
  name: 'round-invite',
  subject: roundSubject,
  deliveryKind: 'portfolio_invite',
  count: (db, s) => countRoundOwners(db, { id: s.roundId, includePlanned: s.includePlanned }),
  recipients: (db, s, after, take) => listRoundOwners(db, { id: s.roundId, includePlanned: s.includePlanned }, after, take),
  async prepare(services, s) {
    const round = await openRound(services, s.roundId);
    if (!round) return null;
    // Initiatives with a report in an earlier round: their form comes filled in from it.
    const earlier = await services.db.statusReport.findMany({ where: { roundId: { not: round.id }, submittedAt: { not: null } }, select: { initiativeId: true }, distinct: ['initiativeId'] });
    const withPrevious = new Set(earlier.map((r) => r.initiativeId));
    return ({ person, initiative }) => ({
      idempotencyKey: `portfolio.invite.${round.id}.${initiative.id}.${person.id}`,
      message: buildRoundRequest(toLocale(person.locale), 'invite', round, initiative, null, { hasPrevious: withPrevious.has(initiative.id) }),
    });
  },
});

const remindSubject = roundSubject.extend({ day: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });

/** "Remind all missing": the owners of the round's unsubmitted initiatives, at most once per owner, initiative and day. */
export const roundRemindFanOut = defineFanOutKind<z.infer<typeof remindSubject>, RoundRecipient>({
  name: 'round-remind',
  subject: remindSubject,
  deliveryKind: 'portfolio_reminder',
  count: (db, s) => countRoundOwners(db, { id: s.roundId, includePlanned: s.includePlanned }, true),
  recipients: (db, s, after, take) => listRoundOwners(db, { id: s.roundId, includePlanned: s.includePlanned }, after, take, true),
  async prepare(services, s) {
    const round = await openRound(services, s.roundId);
    if (!round) return null;
    return ({ person, initiative }) => ({
      idempotencyKey: remindNowKey(round.id, initiative.id, person.id, s.day),
      message: buildRoundRequest(toLocale(person.locale), 'reminder', round, initiative),
    });
  },
});

/** One "remind now" per owner, initiative and Oslo day, whether pressed for one or for all. */
export const remindNowKey = (roundId: string, initiativeId: string, ownerId: string, day: string) => `portfolio.remind-now.${roundId}.${initiativeId}.${ownerId}.${day}`;

export const roundFanOutKeys = {
  invite: (roundId: string) => `portfolio.invite.${roundId}`,
  remind: (roundId: string, day: string) => `portfolio.remind-now.${roundId}.${day}`,
};
