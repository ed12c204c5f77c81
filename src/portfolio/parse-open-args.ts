import { parseDay } from '../calendar/parse-day.js';
import type { CalendarDay } from '../calendar/working-days.js';

export interface OpenRoundArgs {
  label: string;
  quarter: number;
  year: number;
  cutoff: CalendarDay;
  due: CalendarDay;
  includePlanned: boolean;
}

const PLANNED_WORDS = ['planned', 'with-planned', 'planlagte', 'med-planlagte', '+planlagte', '+planned'];

/**
 * `Q2 2026 30.06.2026 15.08.2026 [med-planlagte]`: label (quotes are optional: it is every word before the first
 * date), cut-off day, due day, and whether planned initiatives are asked. Days as Norwegians write them
 * (`31.12.2026`, `31.12`) or ISO. The quarter comes from the label ("Q2 2026", "K2 2026", "2. kvartal 2026"), else
 * from the cut-off day. Returns an error code for the caller to explain.
 */
export function parseOpenArgs(args: string[], today: CalendarDay = new Date().toISOString().slice(0, 10)): { ok: true; value: OpenRoundArgs } | { ok: false; error: 'usage' | 'dueBeforeCutoff' } {
  const first = args.findIndex((word, index) => index > 0 && parseDay(word, today) !== null);
  if (first < 1) return { ok: false, error: 'usage' };
  const label = args.slice(0, first).join(' ').trim();
  const cutoff = parseDay(args[first], today);
  const due = parseDay(args[first + 1], cutoff ?? today);
  const rest = args.slice(first + 2);
  if (!label || !cutoff || !due) return { ok: false, error: 'usage' };
  if (rest.some((w) => !PLANNED_WORDS.includes(w.toLowerCase()))) return { ok: false, error: 'usage' };
  if (due < cutoff) return { ok: false, error: 'dueBeforeCutoff' };
  const match = /(?:^|\s)(?:[QK]([1-4])|([1-4])\.\s*kvartal)\s*(\d{4})/i.exec(label);
  const quarter = match ? Number(match[1] ?? match[2]) : Math.floor((Number(cutoff.slice(5, 7)) - 1) / 3) + 1;
  const year = match ? Number(match[3]) : Number(cutoff.slice(0, 4));
  return { ok: true, value: { label, quarter, year, cutoff, due, includePlanned: rest.length > 0 } };
}
