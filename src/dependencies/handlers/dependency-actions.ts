import type { ActionDefinition, FormDefinition, TurnContext } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply, type Reply } from '../../conversation/reply.js';
import { AppError, ErrorCode } from '../../errors.js';
import { t } from '../../i18n/text.js';
import { toLocale } from '../../i18n/locale.js';
import { updateDelivery } from '../../outbox/enqueue-delivery.js';
import { withValues, type Form, type Payload } from '../../ui/model.js';
import { formatDate } from '../../i18n/format-date.js';
import { DependencyMessageKinds } from '../build-dependency-message.js';
import { DependencyActionIds, DependencyFormIds, SNOOZE_MAX, SNOOZE_MIN, SNOOZE_WORKING_DAYS } from '../ids.js';
import { dependencyInclude, mayAnswer } from '../dependency-people.js';
import { dependencyTexts as T } from '../texts.js';
import { rebuildDependencyMessage } from '../rebuild-dependency-message.js';
import { recordDependencyAnswer, type DependencyAnswer } from '../record-dependency-answer.js';

const NOTE_MAX = 500;

/** Reads the button's ids and checks that the person may answer for the dependency. */
async function loadForAnswer(ctx: TurnContext, payload: Payload) {
  const dependencyId = typeof payload.d === 'string' ? payload.d : '';
  const deliveryKey = typeof payload.k === 'string' && payload.k ? payload.k : null;
  const dependency = dependencyId ? await ctx.services.db.dependency.findUnique({ where: { id: dependencyId }, include: dependencyInclude }) : null;
  if (!dependency) throw new AppError(ErrorCode.NotFound, `dependency ${dependencyId} not found`);
  if (!(await mayAnswer(ctx.services.db, ctx.actor.personId, dependency))) {
    throw new AppError(ErrorCode.Forbidden, `dependencies: ${ctx.actor.personId} may not answer for ${dependency.id}`, T.notAllowed);
  }
  return { dependency, deliveryKey };
}

/** A button that records an answer at once and shows the message again, updated in place. */
function answerAction(actionId: string, answerOf: (payload: Payload) => DependencyAnswer): ActionDefinition {
  return {
    actionId: actionId as ActionDefinition['actionId'],
    requiresPerson: true,
    async run(ctx, payload): Promise<Reply> {
      const { dependency, deliveryKey } = await loadForAnswer(ctx, payload);
      await recordDependencyAnswer(ctx.services, { dependencyId: dependency.id, actorId: ctx.actor.personId!, answer: answerOf(payload), viaDeliveryKey: deliveryKey });
      return reply.update(await rebuildDependencyMessage(ctx.services, { deliveryKey, dependencyId: dependency.id, locale: ctx.actor.locale, readerId: ctx.actor.personId }));
    },
  };
}

/** A whole number of working days within the allowed range, or null. */
function readSnoozeDays(raw: unknown): number | null {
  const text = String(Array.isArray(raw) ? raw[0] : (raw ?? '')).trim();
  if (!/^\d{1,3}$/.test(text)) return null;
  const n = Number(text);
  return n >= SNOOZE_MIN && n <= SNOOZE_MAX ? n : null;
}

function snoozeForm(locale: ReturnType<typeof toLocale>, description: string, context: Payload, days: number): Form {
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

/** Answers that only make sense while the dependency is red and open get a clear refusal otherwise. */
function refuseUnlessRed(dependency: { resolvedAt: Date | null; status: string; description: string }, locale: ReturnType<typeof toLocale>): Reply | null {
  if (dependency.resolvedAt) return reply.message(plainMessage(t(locale, T.alreadyResolved, { description: dependency.description })));
  if (dependency.status !== 'red') return reply.message(plainMessage(t(locale, T.notRedAnyMore, { description: dependency.description })));
  return null;
}

/** "Remind me in N days": opens a small form for N working days (1–30, first offered: the button's `n`, else 5). */
const snoozeAction: ActionDefinition = {
  actionId: DependencyActionIds.snooze,
  requiresPerson: true,
  async run(ctx, payload) {
    const { dependency, deliveryKey } = await loadForAnswer(ctx, payload);
    const locale = ctx.actor.locale;
    const refusal = refuseUnlessRed(dependency, locale);
    if (refusal) return refusal;
    const offered = readSnoozeDays(payload.n) ?? SNOOZE_WORKING_DAYS;
    return reply.form(snoozeForm(locale, dependency.description, { d: dependency.id, k: deliveryKey }, offered));
  },
};

/** The snooze form: pauses the person's own reminders and updates the message the button sat in, through the outbox. */
const snoozeFormHandler: FormDefinition = {
  formId: DependencyFormIds.snooze,
  requiresPerson: true,
  async submit(ctx, values, context) {
    const { dependency, deliveryKey } = await loadForAnswer(ctx, context);
    const locale = ctx.actor.locale;
    const days = readSnoozeDays(values.days);
    if (days === null) {
      return reply.formErrors(withValues(snoozeForm(locale, dependency.description, context, SNOOZE_WORKING_DAYS), values), { days: t(locale, T.snoozeDaysBad) });
    }
    const { snoozedUntil } = await recordDependencyAnswer(ctx.services, { dependencyId: dependency.id, actorId: ctx.actor.personId!, answer: { kind: 'snooze', workingDays: days } });
    if (deliveryKey) await refreshOwnCopy(ctx, deliveryKey, dependency.id);
    return reply.formDone(plainMessage(t(locale, T.snoozeDone, { description: dependency.description, until: formatDate(snoozedUntil!, locale) })));
  },
};

/** The message the button sat in, rebuilt in its recipient's language and edited in place through the outbox. */
async function refreshOwnCopy(ctx: TurnContext, deliveryKey: string, dependencyId: string): Promise<void> {
  const delivery = await ctx.services.db.delivery.findUnique({ where: { idempotencyKey: deliveryKey }, include: { person: true } });
  if (!delivery) return;
  const recipientLocale = delivery.person ? toLocale(delivery.person.locale) : ctx.actor.locale;
  const message = await rebuildDependencyMessage(ctx.services, { deliveryKey, dependencyId, locale: recipientLocale, readerId: ctx.actor.personId });
  await updateDelivery(ctx.services, deliveryKey, message);
}

function stillRedForm(locale: ReturnType<typeof toLocale>, description: string, context: Payload): Form {
  return {
    formId: DependencyFormIds.stillRed,
    title: t(locale, T.formTitle),
    submitLabel: t(locale, T.formSubmit),
    cancelLabel: t(locale, T.formCancel),
    context,
    intro: [{ type: 'text', text: t(locale, T.formIntro, { description }) }],
    fields: [{ id: 'note', type: 'text', label: t(locale, T.noteLabel), multiline: true, maxLength: NOTE_MAX }],
  };
}

/** "Still red": opens the small form for an optional note. */
const stillRedAction: ActionDefinition = {
  actionId: DependencyActionIds.stillRed,
  requiresPerson: true,
  async run(ctx, payload) {
    const { dependency, deliveryKey } = await loadForAnswer(ctx, payload);
    const locale = ctx.actor.locale;
    const refusal = refuseUnlessRed(dependency, locale);
    if (refusal) return refusal;
    return reply.form(stillRedForm(locale, dependency.description, { d: dependency.id, k: deliveryKey }));
  },
};

/** The note form: records "still red" and updates the message the button sat in, through the outbox. */
const stillRedFormHandler: FormDefinition = {
  formId: DependencyFormIds.stillRed,
  requiresPerson: true,
  async submit(ctx, values, context) {
    const { dependency, deliveryKey } = await loadForAnswer(ctx, context);
    const locale = ctx.actor.locale;
    const raw = values.note;
    const note = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
    if (note.length > NOTE_MAX) {
      return reply.formErrors(withValues(stillRedForm(locale, dependency.description, context), values), { note: t(locale, T.noteTooLong) });
    }
    // Every copy of its messages, the one the button sat in too, is updated in place through the outbox.
    await recordDependencyAnswer(ctx.services, { dependencyId: dependency.id, actorId: ctx.actor.personId!, answer: { kind: 'still_red', note } });
    if (deliveryKey && !(await isDependencyMessage(ctx, deliveryKey))) await refreshOwnCopy(ctx, deliveryKey, dependency.id);
    return reply.formDone(plainMessage(t(locale, T.stillRedDone, { description: dependency.description })));
  },
};

/** Every button and form of the red-dependency messages. */
export const dependencyActions: ActionDefinition[] = [
  stillRedAction,
  answerAction(DependencyActionIds.nowYellow, () => ({ kind: 'status', status: 'yellow' })),
  answerAction(DependencyActionIds.nowGreen, () => ({ kind: 'status', status: 'green' })),
  answerAction(DependencyActionIds.resolved, () => ({ kind: 'resolved' })),
  snoozeAction,
];

export const dependencyForms: FormDefinition[] = [stillRedFormHandler, snoozeFormHandler];

/** Is the delivery a red-dependency message (so `shareDependencyAnswer` already refreshed it)? */
async function isDependencyMessage(ctx: TurnContext, deliveryKey: string): Promise<boolean> {
  const delivery = await ctx.services.db.delivery.findUnique({ where: { idempotencyKey: deliveryKey }, select: { kind: true } });
  return !!delivery && (Object.values(DependencyMessageKinds) as string[]).includes(delivery.kind);
}
