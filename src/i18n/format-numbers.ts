/*
 * How numbers are written: meeting and case numbers (the same in both languages) and amounts (per language). Neutral so that every capability
 * (meetings, decisions) can show them without importing another capability.
 */

/** "2/2021": a meeting's number per committee and year. */
export function formatMeetingNumber(meeting: { number: number; year: number }): string {
  return `${meeting.number}/${meeting.year}`;
}

/** "NUIT 2/2021". */
export function meetingLabel(meeting: { number: number; year: number; committee: { key: string } }): string {
  return `${meeting.committee.key} ${formatMeetingNumber(meeting)}`;
}

/** "NUIT 2/2021", from the committee's key and the meeting. */
export function formatMeetingRef(committeeKey: string, meeting: { number: number; year: number }): string {
  return `${committeeKey} ${formatMeetingNumber(meeting)}`;
}

/** "9/21": a case number per committee and year, as DOMAIN.md writes it (`12/21`), without leading zeros. */
export function formatCaseNumber(item: { caseNumber: number; caseYear: number }): string {
  return `${item.caseNumber}/${String(item.caseYear % 100).padStart(2, '0')}`;
}

const NBSP = '\u00a0';

/**
 * A number as the reader writes it: bokmål with a decimal comma and a (no-break) space between thousands
 * ("1 234,5"), English with a point and commas ("1,234.5"). `decimals` fixes the digits after the mark.
 * A minus stays the ASCII hyphen-minus, so the text can be copied into a spreadsheet.
 */
export function formatNumber(value: number, locale: 'nb' | 'en', decimals = 0): string {
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const grouped = whole.replace(/\B(?=(\d{3})+(?!\d))/g, locale === 'nb' ? NBSP : ',');
  const sign = value < 0 && Number(fixed) !== 0 ? '-' : '';
  return `${sign}${grouped}${fraction ? (locale === 'nb' ? ',' : '.') + fraction : ''}`;
}
