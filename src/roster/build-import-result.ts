import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Message } from '../ui/model.js';
import type { ImportResult } from './import-result.js';
import { rosterTexts as T } from './texts.js';

/** The counts of an import: created, updated and unchanged entries per section, added and removed links. */
export function buildImportResult(locale: Locale, result: ImportResult): Message {
  const title = t(locale, T.imported);
  const kinds = (['organisations', 'people', 'committees', 'initiatives'] as const).map((k) => ({ label: t(locale, T[k]), value: t(locale, T.kindCounts, result[k]) }));
  const links = (['memberships', 'portfolioContacts'] as const).map((k) => ({ label: t(locale, T[k]), value: t(locale, T.linkCounts, result[k]) }));
  const lines = [...kinds, ...links].map((f) => `${f.label}: ${f.value}`);
  return { text: `${title}\n${lines.join('\n')}`, blocks: [{ type: 'text', text: `**${title}**` }, { type: 'fields', fields: [...kinds, ...links] }] };
}
