import { formatDate } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { withValues, type Field, type Form, type FormValues } from '../ui/model.js';
import { ragOptions } from '../dependencies/dependency-labels.js';
import { goalOptions, lifecycleOptions, sdgOptions } from './portfolio-labels.js';
import { PortfolioForms } from './ids.js';
import { portfolioTexts as T } from './texts.js';
import { asksBudget, asksRisk, NARRATIVE_MAX, REPORT_DRAFT, type SegmentValue } from './read-report-form.js';

export interface ReportFormSubject {
  round: { id: string; label: string; dueDate: Date };
  initiative: { id: string; name: string; segment: SegmentValue };
}

/**
 * The status report form of one initiative in one round, filled in with `values` (previous report, draft or typed
 * input), with two actions: **Send inn** / **Submit** and **Lagre utkast** / **Save draft**.
 */
export function buildReportForm(locale: Locale, subject: ReportFormSubject, values: FormValues): Form {
  const { round, initiative } = subject;
  const number = (id: string, label: string): Field => ({ id, type: 'number', label, hint: t(locale, T.hintNumber) });
  const fields: Field[] = [
    { id: 'overall', type: 'select', label: t(locale, T.fieldOverall), required: true, options: ragOptions(locale) },
    ...(asksRisk(initiative.segment) ? [{ id: 'risk', type: 'select', label: t(locale, T.fieldRisk), required: true, options: ragOptions(locale) } as Field] : []),
    { id: 'narrative', type: 'text', label: t(locale, T.fieldNarrative), hint: t(locale, T.hintNarrative), multiline: true, maxLength: NARRATIVE_MAX },
    ...(asksBudget(initiative.segment) ? [number('budget', t(locale, T.fieldBudget)), number('costs', t(locale, T.fieldCosts))] : []),
    number('opex', t(locale, T.fieldOpex)),
    { id: 'lifecycle', type: 'select', label: t(locale, T.fieldLifecycle), required: true, options: lifecycleOptions(locale) },
    { id: 'mainGoal', type: 'select', label: t(locale, T.fieldMainGoal), options: goalOptions(locale) },
    { id: 'sdgs', type: 'multiselect', label: t(locale, T.fieldSdgs), options: sdgOptions(locale) },
  ];
  const form: Form = {
    formId: PortfolioForms.report,
    title: t(locale, T.formTitle),
    // Two actions that say what they do: "Send inn" submits, "Lagre utkast" keeps a draft.
    submitLabel: t(locale, T.formSubmit),
    alternative: { label: t(locale, T.formSaveDraft), value: REPORT_DRAFT },
    cancelLabel: t(locale, T.formCancel),
    context: { roundId: round.id, initiativeId: initiative.id },
    intro: [{ type: 'text', text: t(locale, T.formIntro, { initiative: initiative.name, label: round.label, due: formatDate(round.dueDate, locale) }) }],
    fields,
  };
  return withValues(form, values);
}
