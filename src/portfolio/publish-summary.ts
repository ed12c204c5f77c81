import type { AppServices } from '../app/services.js';
import type { Locale } from '../i18n/locale.js';
import type { Message } from '../ui/model.js';
import { buildChartSvg } from './build-chart-svg.js';
import { buildSummaryMessage, summaryCharts } from './build-summary-message.js';
import { renderChartPng } from './render-chart-png.js';
import { fileBaseUrl, fileUrl, storeExpiringFile } from '../files/store-file.js';
import { makePortfolioFiles } from './make-portfolio-files.js';
import { summariseRound } from './summarise-round.js';

/**
 * Builds a round's summary: the figures and, per language asked for, the message with its two charts rendered
 * to PNG and links to the portfolio report (.docx), the spreadsheet (.xlsx) and the CSV in that language, all
 * stored under DATA_DIR/files (deleted after FILE_RETENTION_DAYS) and linked from `fileBaseUrl`.
 */
export async function prepareSummary(services: AppServices, roundId: string) {
  const summary = await summariseRound(services.db, roundId);
  const baseUrl = fileBaseUrl(services.config);
  const chartUrl = async (svg: string) => {
    if (!baseUrl) return null;
    const png = await renderChartPng(svg);
    return png ? fileUrl(baseUrl, await storeExpiringFile(services, 'png', png)) : null;
  };
  const cache = new Map<Locale, Message>();
  return {
    summary,
    async message(locale: Locale): Promise<Message> {
      const cached = cache.get(locale);
      if (cached) return cached;
      const charts = summaryCharts(locale, summary);
      const files = baseUrl ? await makePortfolioFiles(services, roundId, locale) : null;
      const message = buildSummaryMessage(locale, summary, {
        reportUrl: files?.report.url,
        sheetUrl: files?.sheet.url,
        csvUrl: files?.csv.url,
        overallChartUrl: await chartUrl(await buildChartSvg(charts.overall)),
        dependencyChartUrl: await chartUrl(await buildChartSvg(charts.dependencies)),
      });
      cache.set(locale, message);
      return message;
    },
  };
}
