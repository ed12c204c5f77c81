/**
 * Reads an amount as Norwegians and others type it: "12,5", "12.5", "1 234,5", "-3". Returns null for an
 * empty input and NaN for anything that is not a number ("12,5x"), so the caller can refuse it on the field.
 */
export function parseAmount(raw: string | undefined): number | null {
  const text = (raw ?? '').replace(/[\s\u00a0]/g, '');
  if (text === '') return null;
  const normalised = text.replace(',', '.');
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)$/.test(normalised)) return Number.NaN;
  return Number(normalised);
}
