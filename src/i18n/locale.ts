/** The languages every user-facing text exists in. Bokmål is the default. */
export const LOCALES = ['nb', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'nb';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

/** Reads a locale from a stored value or a platform hint ("nb-NO", "en-US"), falling back to bokmål. */
export function toLocale(value: string | null | undefined): Locale {
  if (!value) return DEFAULT_LOCALE;
  const lower = value.toLowerCase();
  if (lower.startsWith('en')) return 'en';
  if (lower.startsWith('nb') || lower.startsWith('no') || lower.startsWith('nn')) return 'nb';
  return DEFAULT_LOCALE;
}
