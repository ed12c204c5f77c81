import type { Platform } from '../channels/gateway.js';
import type { Db } from '../db/prisma.js';
import { toLocale, type Locale } from '../i18n/locale.js';
import type { Actor } from './actor.js';

export interface PlatformIdentity {
  platform: Platform;
  userId: string;
  aadObjectId?: string | null;
  /** The platform's idea of the person's language, used when the roster does not know them. */
  localeHint?: string | null;
}

/** Finds the roster person behind a platform user; their stored language wins over the platform's hint. */
export async function identifyActor(db: Db, identity: PlatformIdentity, fallback: Locale): Promise<Actor> {
  const person =
    identity.platform === 'slack'
      ? await db.person.findUnique({ where: { slackUserId: identity.userId } })
      : ((identity.aadObjectId ? await db.person.findUnique({ where: { aadObjectId: identity.aadObjectId } }) : null) ??
        (await db.person.findUnique({ where: { teamsUserId: identity.userId } })));
  return {
    platform: identity.platform,
    platformUserId: identity.userId,
    personId: person?.id ?? null,
    name: person?.name ?? null,
    locale: person ? toLocale(person.locale) : identity.localeHint ? toLocale(identity.localeHint) : fallback,
  };
}
