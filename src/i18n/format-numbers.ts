/*
 * How meeting and case numbers are written, the same in both languages. Neutral so that every capability
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
