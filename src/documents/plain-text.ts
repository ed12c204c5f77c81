import type { Locale } from '../i18n/locale.js';

/**
 * A text as it goes into a Word document or a calendar entry: the language's string with its parameters as they
 * are. Chat markup escaping (`t()`) would show up there as stray backslashes; docx and iCalendar escape themselves.
 */
export function plain(locale: Locale, text: Record<Locale, string>): string;
export function plain<P>(locale: Locale, text: Record<Locale, (params: P) => string>, params: P): string;
export function plain(locale: Locale, text: Record<Locale, string | ((params: any) => string)>, params?: unknown): string {
  const entry = text[locale];
  return typeof entry === 'function' ? entry(params) : entry;
}
