/** "2/2021": a meeting's number per committee and year. */
export function formatMeetingNumber(meeting: { number: number; year: number }): string {
  return `${meeting.number}/${meeting.year}`;
}

/** "NUIT 2/2021". */
export function meetingLabel(meeting: { number: number; year: number; committee: { key: string } }): string {
  return `${meeting.committee.key} ${formatMeetingNumber(meeting)}`;
}

/** "09/21": a case number per committee and year, as the papers write it. */
export function formatCaseNumber(item: { caseNumber: number; caseYear: number }): string {
  return `${String(item.caseNumber).padStart(2, '0')}/${String(item.caseYear % 100).padStart(2, '0')}`;
}
