import type { Db } from '../db/prisma.js';
import { csvCell } from '../files/csv-cell.js';
import type { Locale } from '../i18n/locale.js';
import { loadExportTables, osloWallClock, type ExportValue } from './load-export-rows.js';

/** The CSV's separator, and its decimal mark per language (Norwegian Excel reads "21.4" as a date). */
export const CSV_SEPARATOR = ';';
export const CSV_DECIMAL_MARK: Record<Locale, ',' | '.'> = { nb: ',', en: '.' };

/** A day whose UTC fields carry it (a `@db.Date`, or `osloWallClock`): "10.08.2023" in bokmål, "2023-08-10" in English. */
function day(d: Date, locale: Locale): string {
  const [y, m, dd] = d.toISOString().slice(0, 10).split('-');
  return locale === 'nb' ? `${dd}.${m}.${y}` : `${y}-${m}-${dd}`;
}

function cell(value: ExportValue, locale: Locale): string {
  if (value && typeof value === 'object') {
    if ('dateTime' in value) {
      const wall = osloWallClock(value.dateTime);
      return `${day(wall, locale)} ${wall.toISOString().slice(11, 16)}`;
    }
    return day(value.day, locale);
  }
  return csvCell(value, CSV_DECIMAL_MARK[locale]);
}

/**
 * One row per initiative in the round's scope (those that did not report included and marked) as CSV, in the
 * reader's language: headers and values in bokmål or English, times in Oslo time, separated by `;`, decimal
 * comma in bokmål (point in English), with a BOM so Excel reads UTF-8. Text cells that start like a formula
 * are neutralised (`files/csv-cell.ts`); numbers are written as numbers.
 */
export async function exportReportsCsv(db: Db, roundId: string, locale: Locale = 'nb'): Promise<string> {
  const { initiatives } = await loadExportTables(db, roundId, locale);
  const lines = [initiatives.columns.map((c) => csvCell(c.header)), ...initiatives.rows.map((row) => row.map((v) => cell(v, locale)))];
  return `\uFEFF${lines.map((l) => l.join(CSV_SEPARATOR)).join('\r\n')}\r\n`;
}
