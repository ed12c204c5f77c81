import { isCalendarDay, type CalendarDay } from '../calendar/working-days.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { FieldErrors, FormValues } from '../ui/model.js';
import { DecisionFields, FOLLOW_UP_SLOTS } from './ids.js';
import { decisionTexts } from './texts.js';

export interface DecisionInput {
  text: string;
  notes: string | null;
  followUps: { ownerId: string; description: string; dueDate: CalendarDay }[];
}

function read(values: FormValues, id: string): string {
  const value = values[id];
  return (Array.isArray(value) ? (value[0] ?? '') : (value ?? '')).trim();
}

/**
 * Checks a submitted decision form. A follow-up row that is left entirely empty is ignored; a row that is
 * partly filled needs an owner from the roster, a text and a due date that is not in the past (`today`).
 */
export function validateDecisionForm(
  values: FormValues,
  options: { locale: Locale; today: CalendarDay; ownerIds: ReadonlySet<string> },
): { ok: true; input: DecisionInput } | { ok: false; errors: FieldErrors } {
  const { locale, today, ownerIds } = options;
  const errors: FieldErrors = {};
  const text = read(values, DecisionFields.decision);
  if (!text) errors[DecisionFields.decision] = t(locale, decisionTexts.decisionRequired);
  const followUps: DecisionInput['followUps'] = [];
  for (let slot = 1; slot <= FOLLOW_UP_SLOTS; slot += 1) {
    const [ownerField, whatField, dueField] = [DecisionFields.owner(slot), DecisionFields.what(slot), DecisionFields.due(slot)];
    const ownerId = read(values, ownerField);
    const description = read(values, whatField);
    const due = read(values, dueField);
    if (!ownerId && !description && !due) continue;
    if (!ownerId) errors[ownerField] = t(locale, decisionTexts.ownerRequired);
    else if (!ownerIds.has(ownerId)) errors[ownerField] = t(locale, decisionTexts.ownerUnknown);
    if (!description) errors[whatField] = t(locale, decisionTexts.whatRequired);
    if (!due) errors[dueField] = t(locale, decisionTexts.dueRequired);
    else if (!isCalendarDay(due)) errors[dueField] = t(locale, decisionTexts.dueInvalid);
    else if (due < today) errors[dueField] = t(locale, decisionTexts.duePast);
    followUps.push({ ownerId, description, dueDate: due });
  }
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const notes = read(values, DecisionFields.notes);
  return { ok: true, input: { text, notes: notes || null, followUps } };
}
