import { isCalendarDay, type CalendarDay } from '../calendar/working-days.js';

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
 * `"Q2 2026" 2026-06-30 2026-08-15 [med-planlagte]`: label, cut-off day, due day, and whether planned
 * initiatives are asked. The quarter comes from the label ("Q2 2026", "K2 2026", "2. kvartal 2026"), else
 * from the cut-off day. Returns an error code for the caller to explain.
 */
export function parseOpenArgs(args: string[]): { ok: true; value: OpenRoundArgs } | { ok: false; error: 'usage' | 'dueBeforeCutoff' } {
  const [label, cutoff, due, ...rest] = args;
  if (!label || !isCalendarDay(cutoff) || !isCalendarDay(due)) return { ok: false, error: 'usage' };
  if (rest.some((w) => !PLANNED_WORDS.includes(w.toLowerCase()))) return { ok: false, error: 'usage' };
  if (due < cutoff) return { ok: false, error: 'dueBeforeCutoff' };
  const match = /(?:^|\s)(?:[QK]([1-4])|([1-4])\.\s*kvartal)\s*(\d{4})/i.exec(label);
  const quarter = match ? Number(match[1] ?? match[2]) : Math.floor((Number(cutoff.slice(5, 7)) - 1) / 3) + 1;
  const year = match ? Number(match[3]) : Number(cutoff.slice(0, 4));
  return { ok: true, value: { label: label.trim(), quarter, year, cutoff, due, includePlanned: rest.length > 0 } };
}
