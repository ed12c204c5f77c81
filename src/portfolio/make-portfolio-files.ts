import type { AppServices } from '../app/services.js';
import { fileBaseUrl, fileUrl, storeExpiringFile } from '../files/store-file.js';
import type { Locale } from '../i18n/locale.js';
import { compilePortfolioReport } from './compile-portfolio-report.js';
import { exportReportsCsv } from './export-reports-csv.js';
import { exportReportsXlsx } from './export-reports-xlsx.js';
import { plain, reportTexts as T } from './report-texts.js';

export interface PortfolioFile {
  id: string;
  name: string;
  /** The link to it, or null when the bot has no public address (`fileBaseUrl`). */
  url: string | null;
}
export interface PortfolioFiles {
  report: PortfolioFile;
  sheet: PortfolioFile;
  csv: PortfolioFile;
}

/**
 * A round's documents in one language: the portfolio report (.docx), the spreadsheet (.xlsx) and the CSV,
 * stored as expiring files (FILE_RETENTION_DAYS) and linked under the name the reader saves them as.
 */
export async function makePortfolioFiles(services: AppServices, roundId: string, locale: Locale): Promise<PortfolioFiles> {
  const round = await services.db.reportingRound.findUniqueOrThrow({ where: { id: roundId } });
  const baseUrl = fileBaseUrl(services.config);
  const store = async (extension: 'docx' | 'xlsx' | 'csv', content: Buffer | string, name: string): Promise<PortfolioFile> => {
    const id = await storeExpiringFile(services, extension, content);
    return { id, name, url: fileUrl(baseUrl, id, name) };
  };
  const data = await compilePortfolioReport(services.db, roundId);
  const label = { label: round.label };
  return {
    report: await store('docx', await (await import('./build-portfolio-report-docx.js')).buildPortfolioReportDocx(locale, data, services.clock()), plain(locale, T.fileName, label)),
    sheet: await store('xlsx', await exportReportsXlsx(services.db, roundId, locale), plain(locale, T.sheetFileName, label)),
    csv: await store('csv', await exportReportsCsv(services.db, roundId, locale), plain(locale, T.csvFileName, label)),
  };
}
