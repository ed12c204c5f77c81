import type { Db } from '../db/prisma.js';
import type { Locale } from '../i18n/locale.js';
import { bilingualMessage } from '../ui/bilingual-message.js';
import type { Message } from '../ui/model.js';

/**
 * The languages a committee's channel posts are written in: the committee's configured language (roster
 * `channelLanguage: nb|en`, `Committee.channelLocale`) when it has one; otherwise the language its people
 * (every seat: secretariat, chair, members, observers) share, or bokmål then English when they do not share one.
 * A committee with nobody seated is written to in `fallback` (the installation's `DEFAULT_LOCALE`).
 */
export async function channelLocales(db: Db, committee: { id: string; channelLocale: Locale | null }, fallback: Locale): Promise<Locale[]> {
  if (committee.channelLocale) return [committee.channelLocale];
  const seated = await db.person.findMany({
    where: { memberships: { some: { committeeId: committee.id } } },
    distinct: ['locale'],
    select: { locale: true },
  });
  const locales = new Set(seated.map((p) => p.locale));
  if (locales.size === 0) return [fallback];
  if (locales.size === 1) return [...locales];
  return ['nb', 'en'];
}

/** Builds a channel post in the channel's languages: one message, bokmål first when there are two. */
export async function messageInLocales(locales: Locale[], build: (locale: Locale) => Message | Promise<Message>): Promise<Message> {
  const [first, second] = await Promise.all(locales.map((locale) => build(locale)));
  return second ? bilingualMessage(first!, second) : first!;
}
