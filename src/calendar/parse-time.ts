/** A time of day as `HH:mm` (24-hour clock). */
export type ClockTime = string;

const pad = (n: string) => n.padStart(2, '0');

/**
 * A time as Norwegians write it: `10.00`, `10:00`, `9.05`, `kl. 10`, `kl 10.30`, `kl.10`, `klokka 10`, `10`; also
 * `10:00:00` as Teams may send it. Returns `HH:mm`, or null when it is no time of day.
 */
export function parseTime(text: string | undefined): ClockTime | null {
  if (!text) return null;
  const value = text
    .trim()
    .toLowerCase()
    .replace(/^kl(?:okka|\.)?\s*/, '')
    .trim();
  const match = /^(\d{1,2})(?:[.:](\d{2})(?::(\d{2}))?)?$/.exec(value);
  if (!match) return null;
  const [, hours, minutes = '00', seconds] = match;
  if (Number(hours) > 23 || Number(minutes) > 59 || (seconds !== undefined && Number(seconds) > 59)) return null;
  return `${pad(hours!)}:${minutes}`;
}
