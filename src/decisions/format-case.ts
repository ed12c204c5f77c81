/** "12/26": a case number with the two last digits of its year, as the minutes write it. */
export function formatCaseNumber(caseNumber: number, caseYear: number): string {
  return `${caseNumber}/${String(caseYear % 100).padStart(2, '0')}`;
}

/** "NUIT 2/2026": the committee's key and the meeting's number in its year. */
export function formatMeetingRef(committeeKey: string, meeting: { number: number; year: number }): string {
  return `${committeeKey} ${meeting.number}/${meeting.year}`;
}
