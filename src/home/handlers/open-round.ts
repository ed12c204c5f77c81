import { assertAccess } from '../../access/decide-access.js';
import { parseDay } from '../../calendar/parse-day.js';
import type { ActionDefinition, FormDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { formatDate, isoDay } from '../../i18n/format-date.js';
import { t } from '../../i18n/text.js';
import { openRound } from '../../portfolio/open-round.js';
import { parseOpenArgs } from '../../portfolio/parse-open-args.js';
import { portfolioTexts } from '../../portfolio/texts.js';
import type { FieldErrors, FormValues } from '../../ui/model.js';
import { buildOpenRoundForm } from '../build-home-forms.js';
import { HomeActionIds, HomeFields, HomeFormIds } from '../ids.js';
import { homeTexts as T } from '../texts.js';

const one = (values: FormValues, id: string): string => {
  const value = values[id];
  return (Array.isArray(value) ? value[0] : value)?.trim() ?? '';
};

/** "Open a round" on the home (the portfolio's secretariat): the form with the round's name and days. */
export const openRoundAction: ActionDefinition = {
  actionId: HomeActionIds.openRound,
  requiresPerson: true,
  async run({ services, actor }) {
    await assertAccess(services.db, actor.personId, { action: 'manage_round' });
    return reply.form(buildOpenRoundForm(actor.locale));
  },
};

/**
 * The open-round form: read as `round open` reads its words (`parse-open-args.ts`, so the quarter comes from the
 * name the same way), then the portfolio's own `openRound`. Bad input comes back on the fields, all kept.
 */
export const openRoundForm: FormDefinition = {
  formId: HomeFormIds.openRound,
  requiresPerson: true,
  async submit({ services, actor }, values) {
    await assertAccess(services.db, actor.personId, { action: 'manage_round' });
    const locale = actor.locale;
    const today = isoDay(services.clock());
    const label = one(values, HomeFields.label).replace(/\s+/g, ' ');
    const cutoff = parseDay(one(values, HomeFields.cutoff), today);
    const due = cutoff ? parseDay(one(values, HomeFields.due), cutoff) : null;
    const errors: FieldErrors = {};
    if (!label) errors[HomeFields.label] = t(locale, T.errRequired);
    if (!cutoff) errors[HomeFields.cutoff] = t(locale, T.errDay);
    if (!due) errors[HomeFields.due] = t(locale, T.errDay);
    if (cutoff && due && due < cutoff) errors[HomeFields.due] = t(locale, T.errDueBeforeCutoff);
    if (Object.keys(errors).length > 0 || !cutoff || !due) return reply.formErrors(buildOpenRoundForm(locale, values), errors);
    const planned = one(values, HomeFields.planned) === 'yes' ? ['planned'] : [];
    const parsed = parseOpenArgs([...label.split(' '), cutoff, due, ...planned], today);
    if (!parsed.ok) return reply.formErrors(buildOpenRoundForm(locale, values), { [HomeFields.label]: t(locale, T.errRequired) });
    const { asked } = await openRound(services, parsed.value);
    const dueText = formatDate(new Date(`${parsed.value.due}T00:00:00Z`), locale);
    return reply.formDone(plainMessage(t(locale, portfolioTexts.opened, { label: parsed.value.label, due: dueText, count: asked })));
  },
};
