import type { Locale } from '../../i18n/locale.js';

/**
 * The language each Slack user was last identified with in this process, so that a turn answered before it
 * runs (all turn slots taken: `turn-slots.ts`) says "working on it" in the person's language without a query
 * on a loaded database. Only that early answer reads it; the turn itself always identifies the person anew.
 * A changed language shows in the early answer after at most `ttlMs`.
 */
export interface KnownLocales {
  get(userId: string): Locale | undefined;
  set(userId: string, locale: Locale): void;
}

export function createKnownLocales(options: { ttlMs?: number; max?: number } = {}): KnownLocales {
  const ttlMs = options.ttlMs ?? 10 * 60_000;
  const max = options.max ?? 10_000;
  const known = new Map<string, { locale: Locale; at: number }>();
  return {
    get(userId) {
      const entry = known.get(userId);
      if (!entry) return undefined;
      if (Date.now() - entry.at > ttlMs) {
        known.delete(userId);
        return undefined;
      }
      return entry.locale;
    },
    set(userId, locale) {
      known.delete(userId);
      // A Map keeps insertion order: the first key is the one seen longest ago.
      if (known.size >= max) known.delete(known.keys().next().value!);
      known.set(userId, { locale, at: Date.now() });
    },
  };
}
