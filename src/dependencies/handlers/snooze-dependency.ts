import type { ActionDefinition, FormDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { formatDate } from '../../i18n/format-date.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from '../../i18n/text.js';
import { withValues, type Form, type Payload } from '../../ui/model.js';
import { DependencyActionIds, DependencyFormIds, SNOOZE_MAX, SNOOZE_MIN, SNOOZE_WORKING_DAYS } from '../ids.js';
import { loadDependencyForAnswer } from '../load-dependency-for-answer.js';
import { notRedText } from '../not-red-text.js';
import { recordDependencyAnswer } from '../record-dependency-answer.js';
import { refreshOwnCopy } from '../refresh-own-copy.js';
import { dependencyTexts as T } from '../texts.js';

/** A whole number of working days within the allowed range, or null. */
function readSnoozeDays(raw: unknown): number | null {
  const text = String(Array.isArray(raw) ? raw[0] : (raw ?? '')).trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const n = Number(text);
  return n >= SNOOZE_MIN && n <= SNOOZE_MAX ? n : null;
}

function snoozeForm(locale: Locale, description: string, context: Payload, days: number): Form {
  return {
    formId: DependencyFormIds.snooze,
    title: t(locale, T.snoozeFormTitle),
    submitLabel: t(locale, T.formSubmit),
    cancelLabel: t(locale, T.formCancel),
    context,
    intro: [{ type: 'text', text: t(locale, T.snoozeFormIntro, { description }) }],
    fields: [{ id: 'days', type: 'number', label: t(locale, T.snoozeDaysLabel), required: true, value: String(days) }],
  };
}

/** "Remind me in N days": opens a small form for N working days (1–30, first offered: the button's `n`, else 5). */
export const snoozeAction: ActionDefinition = {
  actionId: DependencyActionIds.snooze,
  requiresPerson: true,
  async run(ctx, payload) {
    const { dependency, deliveryKey } = await loadDependencyForAnswer(ctx.services.db, ctx.actor.personId, payload);
    const locale = ctx.actor.locale;
    const notRed = notRedText(dependency, locale);
    if (notRed) return reply.message(plainMessage(notRed));
    const offered = readSnoozeDays(payload.n) ?? SNOOZE_WORKING_DAYS;
    return reply.form(snoozeForm(locale, dependency.description, { d: dependency.id, k: deliveryKey }, offered));
  },
};

/** The snooze form: pauses the person's own reminders and updates the message the button sat in, through the outbox. */
export const snoozeFormHandler: FormDefinition = {
  formId: DependencyFormIds.snooze,
  requiresPerson: true,
  async submit(ctx, values, context) {
    const { dependency, deliveryKey } = await loadDependencyForAnswer(ctx.services.db, ctx.actor.personId, context);
    const locale = ctx.actor.locale;
    const days = readSnoozeDays(values.days);
    if (days === null) {
      return reply.formErrors(withValues(snoozeForm(locale, dependency.description, context, SNOOZE_WORKING_DAYS), values), { days: t(locale, T.snoozeDaysBad) });
    }
    const { snoozedUntil } = await recordDependencyAnswer(ctx.services, { dependencyId: dependency.id, actorId: ctx.actor.personId!, answer: { kind: 'snooze', workingDays: days } });
    if (deliveryKey) await refreshOwnCopy(ctx.services, deliveryKey, dependency.id, locale, ctx.actor.personId);
    return reply.formDone(plainMessage(t(locale, T.snoozeDone, { description: dependency.description, until: formatDate(snoozedUntil!, locale) })));
  },
};
