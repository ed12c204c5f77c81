import { z } from 'zod';
import type { DbTx } from '../db/prisma.js';
import { toLocale } from '../i18n/locale.js';
import { defineFanOutKind, recipientsByIds } from '../outbox/fan-out-kind.js';
import { buildDependencyMessage, DependencyMessageKinds } from './build-dependency-message.js';
import { dependencyInclude, isOpenRed, providerPersonIds } from './dependency-people.js';
import { dependencyKeys } from './ids.js';
import { loadDependencyViews } from './load-dependency-views.js';

const subject = z.object({ dependencyId: z.string().min(1), changeId: z.string().min(1) });
type Subject = z.infer<typeof subject>;

/**
 * The people told that they are a red dependency's new provider: the provider's people (an initiative's owner,
 * an organisation's portfolio contacts, a person), but not the one who made the change. None once the
 * dependency is no longer red, or the provider was changed again after this change (the later one tells).
 */
async function recipientIds(db: DbTx, s: Subject): Promise<string[]> {
  const dependency = await db.dependency.findUnique({ where: { id: s.dependencyId }, include: dependencyInclude });
  if (!dependency || !isOpenRed(dependency)) return [];
  const latest = await db.dependencyChange.findFirst({ where: { dependencyId: s.dependencyId, field: 'provider' }, orderBy: [{ at: 'desc' }, { id: 'desc' }] });
  if (latest?.id !== s.changeId) return [];
  return [...new Set(providerPersonIds(dependency))].filter((id) => id !== latest.changedById).sort();
}

/** "You are the new provider of a red dependency", with the answer buttons; once per provider change and person. */
export const providerNamedFanOut = defineFanOutKind({
  name: 'dependency-provider-named',
  subject,
  deliveryKind: DependencyMessageKinds.providerNamed,
  ...recipientsByIds(recipientIds),
  async prepare(services, s) {
    const views = await loadDependencyViews(services.db, [s.dependencyId]);
    if (views.length === 0) return null;
    return ({ person }) => {
      const idempotencyKey = dependencyKeys.providerNamed(s.changeId, person.id);
      const message = buildDependencyMessage(views, { kind: DependencyMessageKinds.providerNamed, locale: toLocale(person.locale), now: services.clock(), deliveryKey: idempotencyKey });
      return { idempotencyKey, message };
    };
  },
});

/** One fan-out per provider change. */
export const providerNamedFanOutKey = (changeId: string) => `dependency-provider.${changeId}`;
