import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { dependencyTexts as T } from './texts.js';

/** "Still red" and "remind me later" only make sense while a dependency is red and open: otherwise, why not. */
export function notRedText(dependency: { resolvedAt: Date | null; status: string; description: string }, locale: Locale): string | null {
  if (dependency.resolvedAt) return t(locale, T.alreadyResolved, { description: dependency.description });
  if (dependency.status !== 'red') return t(locale, T.notRedAnyMore, { description: dependency.description });
  return null;
}
