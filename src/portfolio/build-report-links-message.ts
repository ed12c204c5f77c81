import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Message } from '../ui/model.js';
import type { PortfolioFiles } from './make-portfolio-files.js';
import { portfolioTexts as T } from './texts.js';

/** The answer to `round report`: the portfolio report, the spreadsheet and the CSV as link buttons. */
export function buildReportLinksMessage(locale: Locale, label: string, files: PortfolioFiles): Message {
  const text = t(locale, T.reportReady, { label });
  const buttons = [
    { url: files.report.url, label: t(locale, T.reportLink) },
    { url: files.sheet.url, label: t(locale, T.sheetLink) },
    { url: files.csv.url, label: t(locale, T.csvLink) },
  ].flatMap((b) => (b.url ? [{ url: b.url, label: b.label }] : []));
  return { text, blocks: [{ type: 'text', text }, { type: 'actions', buttons }] };
}
