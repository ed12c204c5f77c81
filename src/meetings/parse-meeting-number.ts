const MEETING_NUMBER = /^(\d{1,3})\/(\d{2}|\d{4})$/;

/** A meeting's number and year from "2/2026" or "2/26" (read as 2026); null when the words are not one. */
export function parseMeetingNumber(text: string): { number: number; year: number } | null {
  const match = MEETING_NUMBER.exec(text.trim());
  if (!match) return null;
  const year = match[2]!.length === 2 ? 2000 + Number(match[2]) : Number(match[2]);
  return { number: Number(match[1]), year };
}
