import type ExcelJS from 'exceljs';
import type { Db } from '../db/prisma.js';
import { neutraliseText } from '../files/csv-cell.js';
import type { Locale } from '../i18n/locale.js';
import { loadExportTables, osloWallClock, type ExportTable } from './load-export-rows.js';

function addSheet(book: ExcelJS.Workbook, table: ExportTable, locale: Locale): void {
  const sheet = book.addWorksheet(table.name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = table.columns.map((c) => ({ header: neutraliseText(c.header), width: c.width }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFDCE6F0' } };
  const dateTimeFormat = locale === 'nb' ? 'dd.mm.yyyy hh:mm' : 'yyyy-mm-dd hh:mm';
  const dayFormat = locale === 'nb' ? 'dd.mm.yyyy' : 'yyyy-mm-dd';
  for (const values of table.rows) {
    const row = sheet.addRow(
      values.map((v) => {
        if (v === null) return null;
        if (typeof v === 'string') return neutraliseText(v);
        if (typeof v === 'number') return v;
        return 'dateTime' in v ? osloWallClock(v.dateTime) : v.day;
      }),
    );
    values.forEach((v, i) => {
      const cell = row.getCell(i + 1);
      const column = table.columns[i]!;
      if (typeof v === 'number') cell.numFmt = column.decimals ? `0.${'0'.repeat(column.decimals)}` : '0';
      else if (v && typeof v === 'object') cell.numFmt = 'dateTime' in v ? dateTimeFormat : dayFormat;
    });
  }
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.columns.length } };
}

/**
 * The round as a spreadsheet (.xlsx) in the reader's language: a sheet with one row per initiative in scope
 * (those that did not report marked in "Rapportert"), and a sheet of the open dependencies. Amounts are real
 * numbers and times real dates (Oslo time), so Excel shows them with the reader's decimal mark; text cells that
 * start like a formula are neutralised as in the CSV.
 */
export async function exportReportsXlsx(db: Db, roundId: string, locale: Locale): Promise<Buffer> {
  const tables = await loadExportTables(db, roundId, locale);
  // Loaded on first use: a bot that never exports never pays for it.
  const { default: Excel } = await import('exceljs');
  const book = new Excel.Workbook();
  book.creator = 'Saksgang';
  addSheet(book, tables.initiatives, locale);
  addSheet(book, tables.dependencies, locale);
  return Buffer.from(await book.xlsx.writeBuffer());
}
