import { escapeMarkup, Markup } from '../ui/markup.js';
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

/** A text's parameters as `t()` takes them: any of them may be a fragment of our own markup. */
export type TextParams<P> = { [K in keyof P]: P[K] | Markup };

/**
 * A text in the person's language. Every string parameter is escaped as user text (`escapeMarkup`), so what a
 * person typed can never become a link or formatting; a fragment we formatted ourselves is passed as `markup(…)`.
 */
export function t(locale: Locale, text: Record<Locale, string>): string;
export function t<P>(locale: Locale, text: Record<Locale, (params: P) => string>, params: TextParams<P>): string;
export function t(locale: Locale, text: AnyText, params?: unknown): string {
  const entry = text[locale];
  return typeof entry === 'function' ? entry(escapeParams(params)) : entry;
}

function escapeValue(value: unknown): unknown {
  if (typeof value === 'string') return escapeMarkup(value);
  if (value instanceof Markup) return value.value;
  if (Array.isArray(value)) return value.map(escapeValue);
  return value;
}

/** Escapes the top-level string parameters (and strings in arrays); numbers, dates and objects pass as they are. */
export function escapeParams(params: unknown): unknown {
  if (params === null || typeof params !== 'object' || params instanceof Date) return params;
  return Object.fromEntries(Object.entries(params).map(([key, value]) => [key, escapeValue(value)]));
}
