import type { AppServices } from '../app/services.js';
import type { Locale } from '../i18n/locale.js';
import type { Message } from '../ui/model.js';
import { buildChartSvg } from './build-chart-svg.js';
import { buildSummaryMessage, summaryCharts } from './build-summary-message.js';
import { exportReportsCsv } from './export-reports-csv.js';
import { renderChartPng } from './render-chart-png.js';
import { fileBaseUrl, fileUrl, storeExpiringFile } from '../files/store-file.js';
import { summariseRound } from './summarise-round.js';

/**
 * Builds a round's summary: the figures, the CSV export and, per language asked for, the message with its
 * two charts rendered to PNG, all stored under DATA_DIR/files (deleted after FILE_RETENTION_DAYS) and linked
 * from `fileBaseUrl`.
 */
export async function prepareSummary(services: AppServices, roundId: string) {
  const summary = await summariseRound(services.db, roundId);
  const baseUrl = fileBaseUrl(services.config);
  const csvId = await storeExpiringFile(services, 'csv', await exportReportsCsv(services.db, roundId));
  const chartUrl = async (svg: string) => {
    if (!baseUrl) return null;
    const png = await renderChartPng(svg);
    return png ? fileUrl(baseUrl, await storeExpiringFile(services, 'png', png)) : null;
  };
  const cache = new Map<Locale, Message>();
  return {
    summary,
    csvId,
    async message(locale: Locale): Promise<Message> {
      const cached = cache.get(locale);
      if (cached) return cached;
      const charts = summaryCharts(locale, summary);
      const message = buildSummaryMessage(locale, summary, {
        csvUrl: fileUrl(baseUrl, csvId),
        overallChartUrl: await chartUrl(buildChartSvg(charts.overall)),
        dependencyChartUrl: await chartUrl(buildChartSvg(charts.dependencies)),
      });
      cache.set(locale, message);
      return message;
    },
  };
}
