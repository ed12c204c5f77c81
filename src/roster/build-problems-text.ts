import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { LocalizedProblems } from './roster-error.js';
import { rosterTexts as T } from './texts.js';

/** Problems shown on the field; the rest are counted, so the message stays readable and within Slack's limits. */
const MAX_LINES = 15;

/**
 * The problems of a rejected roster as one field message: a line in the person's language, then the paths (a
 * problem that has its own text in the person's language, e.g. a bad `dmPlatform`, in that text).
 */
export function buildProblemsText(locale: Locale, problems: string[], localized: LocalizedProblems = new Map()): string {
  const shown = problems.slice(0, MAX_LINES).map((line) => localized.get(line)?.[locale] ?? line);
  const more = problems.length > MAX_LINES ? [t(locale, T.errMore, { count: problems.length - MAX_LINES })] : [];
  return [t(locale, T.errProblems, { count: problems.length }), ...shown, ...more].join('\n');
}
