import { isCalendarDay, type CalendarDay } from '../calendar/working-days.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { FieldErrors, FormValues } from '../ui/model.js';
import { CATEGORIES, CRITICALITIES, RAGS, type CategoryValue, type RagValue } from './dependency-labels.js';
import { dependencyTexts as T } from './texts.js';
import { parseProviderValue, type ProviderKind } from '../roster/provider-value.js';

export interface ProviderPick {
  kind: ProviderKind;
  id: string;
}

export const DESCRIPTION_MAX = 500;

export interface DependencyInput {
  description: string;
  category: CategoryValue;
  /** The provider typed as free text (matched on an initiative's or organisation's exact key or name, else kept as text). */
  provider: string | null;
  /** The provider picked from the roster; wins over `provider`. */
  providerPick?: ProviderPick | null;
  criticality: (typeof CRITICALITIES)[number];
  status: RagValue;
  dueDate: CalendarDay | null;
  resolved: boolean;
}

const one = (v: string | string[] | undefined): string => (Array.isArray(v) ? (v[0] ?? '') : (v ?? '')).trim();

/** Checks a dependency form; `today` is the Oslo calendar day, so an open dependency cannot be due in the past. */
export function readDependencyForm(values: FormValues, today: CalendarDay, locale: Locale): { ok: true; input: DependencyInput } | { ok: false; errors: FieldErrors } {
  const errors: FieldErrors = {};
  const pick = <V extends string>(id: string, allowed: readonly V[]): V | null => {
    const raw = one(values[id]);
    if (!raw) {
      errors[id] = t(locale, T.errRequired);
      return null;
    }
    const found = allowed.find((a) => a === raw);
    if (!found) errors[id] = t(locale, T.errChoice);
    return found ?? null;
  };
  const description = one(values.description);
  if (!description) errors.description = t(locale, T.errRequired);
  else if (description.length > DESCRIPTION_MAX) errors.description = t(locale, T.errTooLong, { max: DESCRIPTION_MAX });
  const category = pick('category', CATEGORIES);
  const criticality = pick('criticality', CRITICALITIES);
  const status = pick('status', RAGS);
  const resolved = one(values.resolved) === 'resolved';
  const dueRaw = one(values.dueDate);
  let dueDate: CalendarDay | null = null;
  if (dueRaw) {
    if (!isCalendarDay(dueRaw)) errors.dueDate = t(locale, T.errDate);
    else if (!resolved && dueRaw < today) errors.dueDate = t(locale, T.errPastDue);
    else dueDate = dueRaw;
  }
  // The picker gives `initiative:<id>` and the like; an older form (a plain text field) gives the typed name.
  const picked = one(values.provider);
  const providerPick = picked ? parseProviderValue(picked) : null;
  const typed = one(values.providerText) || (picked && !providerPick ? picked : '');
  if (providerPick && typed) errors.providerText = t(locale, T.errProviderBoth);
  else if (typed.length > 200) errors.providerText = t(locale, T.errTooLong, { max: 200 });
  const provider = providerPick ? null : typed || null;
  if (Object.keys(errors).length > 0 || !category || !criticality || !status) return { ok: false, errors };
  return { ok: true, input: { description, category, provider, providerPick, criticality, status, dueDate, resolved } };
}
