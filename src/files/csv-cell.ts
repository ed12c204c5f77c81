/** Characters that make a spreadsheet read a text cell as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One cell of a semicolon-separated CSV file, safe to open in Excel: a text that starts like a formula gets a
 * single quote in front and is quoted (OWASP), so it shows as typed and never runs. Numbers are numbers (a
 * JavaScript `number`, e.g. an amount of -3.5): they are written as they are, since a number is never a formula.
 * Everything that is not a number is text, so a value read from a person is always neutralised.
 */
export function csvCell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const text = String(value);
  if (FORMULA_START.test(text)) return `"'${text.replace(/"/g, '""')}"`;
  return /[";\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
