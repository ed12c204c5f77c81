import type { Locale } from './locale.js';

/**
 * One user-facing text in both languages. The type makes a missing translation a compile error.
 * A text is either a plain string per language or a function of its parameters.
 */
export type Text<P = void> = [P] extends [void] ? Record<Locale, string> : Record<Locale, (params: P) => string>;

export type AnyText = Record<Locale, string> | Record<Locale, (params: any) => string>;

/** Declares a catalogue of texts; only there to keep the inferred types exact. */
export function defineTexts<T extends Record<string, AnyText>>(texts: T): T {
  return texts;
}

export function t(locale: Locale, text: Record<Locale, string>): string;
export function t<P>(locale: Locale, text: Record<Locale, (params: P) => string>, params: P): string;
export function t(locale: Locale, text: AnyText, params?: unknown): string {
  const entry = text[locale];
  return typeof entry === 'function' ? entry(params) : entry;
}
