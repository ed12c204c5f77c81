import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { FORM_SUBMIT_AS, type FieldErrors, type FormValues } from '../ui/model.js';
import { RAGS, type RagValue } from '../dependencies/dependency-labels.js';
import { GOALS, LIFECYCLES, SDGS } from './portfolio-labels.js';
import { portfolioTexts as T } from './texts.js';
import { parseAmount } from './parse-amount.js';

export type SegmentValue = 'samstyring' | 'koordinering' | 'orientering';

/** Which fields a segment is asked: risk for co-governance and coordination, budget and costs for co-governance. */
export const asksRisk = (segment: SegmentValue): boolean => segment !== 'orientering';
export const asksBudget = (segment: SegmentValue): boolean => segment === 'samstyring';

export const NARRATIVE_MAX = 2900;

export interface ReportInput {
  mode: 'submit' | 'draft';
  overall: RagValue | null;
  risk: RagValue | null;
  narrative: string | null;
  budgetMnok: number | null;
  costsMnok: number | null;
  opexChangeMnok: number | null;
  lifecycle: (typeof LIFECYCLES)[number] | null;
  mainGoal: number | null;
  sdgs: number[];
}

/** The report form's second action, "Lagre utkast" / "Save draft", sends this as `submitAs`. */
export const REPORT_DRAFT = 'draft';

const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();
const many = (v: string | string[] | undefined): string[] => (Array.isArray(v) ? v : v ? v.split(',') : []).map((s) => s.trim()).filter(Boolean);

/**
 * Checks a submitted report form. A draft only needs well-formed values; a submission also needs overall
 * status, risk where the segment reports it, and a narrative when either is not green.
 */
export function readReportForm(values: FormValues, segment: SegmentValue, locale: Locale): { ok: true; input: ReportInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  // "Lagre utkast" sends `submitAs: draft`; cards sent before it was a second action carry `mode: draft`.
  const mode = one(values[FORM_SUBMIT_AS]) === REPORT_DRAFT || one(values.mode) === REPORT_DRAFT ? 'draft' : 'submit';
  const choice = <V extends string | number>(id: string, allowed: readonly V[]): V | null => {
    const raw = one(values[id]);
    if (!raw) return null;
    const found = allowed.find((a) => String(a) === raw);
    if (found === undefined) errors[id] = t(locale, T.errChoice);
    return found ?? null;
  };
  const amount = (id: string, allowNegative: boolean): number | null => {
    const raw = one(values[id]);
    const value = parseAmount(raw);
    if (value === null) return null;
    if (Number.isNaN(value)) errors[id] = t(locale, T.errNumber, { value: raw });
    else if (!allowNegative && value < 0) errors[id] = t(locale, T.errNegative);
    return Number.isNaN(value) ? null : value;
  };

  const overall = choice('overall', RAGS);
  const risk = asksRisk(segment) ? choice('risk', RAGS) : null;
  const narrative = one(values.narrative) || null;
  const budgetMnok = asksBudget(segment) ? amount('budget', false) : null;
  const costsMnok = asksBudget(segment) ? amount('costs', false) : null;
  const opexChangeMnok = amount('opex', true);
  const lifecycle = choice('lifecycle', LIFECYCLES);
  const mainGoal = choice('mainGoal', GOALS);
  const sdgs: number[] = [];
  for (const raw of many(values.sdgs)) {
    const n = SDGS.find((s) => String(s) === raw);
    if (n === undefined) errors.sdgs = t(locale, T.errChoice);
    else sdgs.push(n);
  }
  if (narrative && narrative.length > NARRATIVE_MAX) errors.narrative = t(locale, T.errTooLong, { max: NARRATIVE_MAX });

  if (mode === 'submit') {
    if (!overall && !errors.overall) errors.overall = t(locale, T.errRequired);
    if (asksRisk(segment) && !risk && !errors.risk) errors.risk = t(locale, T.errRequired);
    if (!lifecycle && !errors.lifecycle) errors.lifecycle = t(locale, T.errRequired);
    const notGreen = (overall && overall !== 'green') || (risk && risk !== 'green');
    if (notGreen && !narrative) errors.narrative = t(locale, T.errNarrative);
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  return { ok: true, input: { mode, overall, risk, narrative, budgetMnok, costsMnok, opexChangeMnok, lifecycle, mainGoal, sdgs } };
}
