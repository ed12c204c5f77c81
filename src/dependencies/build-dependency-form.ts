import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { withValues, type Form, type FormValues, type Payload } from '../ui/model.js';
import { categoryOptions, criticalityOptions, ragOptions } from './dependency-labels.js';
import { DependencyFormIds } from './ids.js';
import { dependencyTexts as T } from './texts.js';
import { DESCRIPTION_MAX } from './read-dependency-form.js';
import { escapeMarkup } from '../ui/markup.js';
import { RosterSearches } from '../roster/ids.js';

/** One dependency as a form: a second, small form, so the report form stays within each platform's limits. */
export function buildDependencyForm(locale: Locale, initiativeName: string, context: Payload, values: FormValues): Form {
  return withValues(
    {
      formId: DependencyFormIds.dependency,
      title: t(locale, T.depFormTitle),
      submitLabel: t(locale, T.formSubmit),
      cancelLabel: t(locale, T.formCancel),
      context,
      intro: [{ type: 'text', text: `**${escapeMarkup(initiativeName)}**` }],
      fields: [
        { id: 'description', type: 'text', label: t(locale, T.depDescription), required: true, multiline: true, maxLength: DESCRIPTION_MAX },
        { id: 'category', type: 'select', label: t(locale, T.depCategory), required: true, options: categoryOptions(locale) },
        // Picked from the roster (initiatives, organisations, people: they are told); free text only when it is not there.
        { id: 'provider', type: 'search', dataset: RosterSearches.providers, label: t(locale, T.depProvider), placeholder: t(locale, T.depProviderSearch) },
        { id: 'providerText', type: 'text', label: t(locale, T.depProviderText), hint: t(locale, T.depProviderTextHint), maxLength: 200 },
        { id: 'criticality', type: 'select', label: t(locale, T.depCriticality), required: true, options: criticalityOptions(locale) },
        { id: 'status', type: 'select', label: t(locale, T.depStatus), required: true, options: ragOptions(locale) },
        { id: 'dueDate', type: 'date', label: t(locale, T.depDue) },
        {
          id: 'resolved',
          type: 'select',
          label: t(locale, T.depResolved),
          required: true,
          options: [
            { value: 'open', label: t(locale, T.depOpen) },
            { value: 'resolved', label: t(locale, T.depIsResolved) },
          ],
        },
      ],
    },
    { resolved: 'open', ...values },
  );
}
