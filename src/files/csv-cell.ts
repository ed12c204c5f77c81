/** Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * A text as a spreadsheet cell may hold it: one that starts like a formula gets a single quote in front (OWASP),
 * so it shows as typed and never runs, in a CSV file and in an .xlsx string cell alike (where it would run again
 * once the sheet is saved as CSV and reopened).
 */
export function neutraliseText(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}

/**
 * One cell of a semicolon-separated CSV file, safe to open in Excel: a text that starts like a formula is
 * neutralised (`neutraliseText`) and quoted, so it shows as typed and never runs. Numbers are numbers (a
 * JavaScript `number`, e.g. an amount of -3.5): they are written as they are, with the given decimal mark (`,`
 * for Norwegian Excel, which reads "21.4" as a date), since a number is never a formula. Everything that is not
 * a number is text, so a value read from a person is always neutralised.
 */
export function csvCell(value: unknown, decimalMark: '.' | ',' = '.'): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value).replace('.', decimalMark) : '';
  const text = String(value);
  if (FORMULA_START.test(text)) return `"${neutraliseText(text).replace(/"/g, '""')}"`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
