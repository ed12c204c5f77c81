import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { withValues, type Form, type FormValues } from '../ui/model.js';
import { ROSTER_FIELD, ROSTER_PASTE_MAX, RosterForms } from './ids.js';
import { rosterTexts as T } from './texts.js';

/** The roster import form: one multiline field for the pasted YAML, kept as typed when shown again. */
export function buildImportForm(locale: Locale, values: FormValues = {}): Form {
  return withValues(
    {
      formId: RosterForms.import,
      title: t(locale, T.formTitle),
      submitLabel: t(locale, T.formSubmit),
      cancelLabel: t(locale, T.formCancel),
      context: {},
      intro: [{ type: 'text', text: t(locale, T.formIntro) }],
      fields: [{ id: ROSTER_FIELD, type: 'text', label: t(locale, T.fieldLabel), hint: t(locale, T.fieldHint), required: true, multiline: true, maxLength: ROSTER_PASTE_MAX }],
    },
    values,
  );
}
