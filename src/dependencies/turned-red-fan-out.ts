import { z } from 'zod';
import type { DbTx } from '../db/prisma.js';
import { toLocale } from '../i18n/locale.js';
import { defineFanOutKind, recipientsByIds } from '../outbox/fan-out-kind.js';
import { buildDependencyMessage, DependencyMessageKinds } from './build-dependency-message.js';
import { dependencyInclude, isOpenRed, turnedRedRecipients } from './dependency-people.js';
import { portfolioSecretariatIds } from '../access/portfolio-committee.js';
import { dependencyKeys } from './ids.js';
import { loadDependencyViews } from './load-dependency-views.js';

const subject = z.object({ dependencyId: z.string().min(1), redSince: z.string().min(1) });
type Subject = z.infer<typeof subject>;

/** The people told that the dependency turned red, by id; none once that red spell is over. */
async function recipientIds(db: DbTx, s: Subject): Promise<string[]> {
  const dependency = await db.dependency.findUnique({ where: { id: s.dependencyId }, include: dependencyInclude });
  if (!dependency || !isOpenRed(dependency) || dependency.redSince?.toISOString() !== s.redSince) return [];
  return turnedRedRecipients(dependency, await portfolioSecretariatIds(db)).sort();
}

/** "A dependency turned red": the dependent initiative's owner, the provider, and for high criticality the portfolio's secretariat, once per red spell. */
export const turnedRedFanOut = defineFanOutKind({
  name: 'dependency-turned-red',
  subject,
  deliveryKind: DependencyMessageKinds.turnedRed,
  ...recipientsByIds(recipientIds),
  async prepare(services, s) {
    const views = await loadDependencyViews(services.db, [s.dependencyId]);
    if (views.length === 0) return null;
    const redSince = new Date(s.redSince);
    return ({ person }) => {
      const idempotencyKey = dependencyKeys.turnedRed(s.dependencyId, redSince, person.id);
      const message = buildDependencyMessage(views, { kind: DependencyMessageKinds.turnedRed, locale: toLocale(person.locale), now: services.clock(), deliveryKey: idempotencyKey });
      return { idempotencyKey, message };
    };
  },
});

/** One fan-out per dependency and red spell. */
export const turnedRedFanOutKey = (dependencyId: string, redSince: Date) => `dependency-red.${dependencyId}.${redSince.getTime()}`;
