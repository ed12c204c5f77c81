import type { ActionDefinition, FormDefinition, TurnContext } from '../conversation/handler-types.js';
import { plainMessage } from '../conversation/plain-message.js';
import { reply, type Reply } from '../conversation/reply.js';
import { AppError, ErrorCode } from '../errors.js';
import { t } from '../i18n/text.js';
import { toLocale } from '../i18n/locale.js';
import { updateDelivery } from '../outbox/enqueue-delivery.js';
import { withValues, type Form, type Payload } from '../ui/model.js';
import { DependencyActionIds, DependencyFormIds, SNOOZE_WORKING_DAYS } from './dependency-ids.js';
import { dependencyInclude, mayAnswer } from './dependency-people.js';
import { dependencyTexts as T } from './dependency-texts.js';
import { rebuildDependencyMessage } from './rebuild-dependency-message.js';
import { recordDependencyAnswer, type DependencyAnswer } from './record-dependency-answer.js';

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
      await recordDependencyAnswer(ctx.services, { dependencyId: dependency.id, actorId: ctx.actor.personId!, answer: answerOf(payload) });
      return reply.update(await rebuildDependencyMessage(ctx.services, { deliveryKey, dependencyId: dependency.id, locale: ctx.actor.locale }));
    },
  };
}

function snoozeDays(payload: Payload): number {
  const n = Number(payload.n);
  return Number.isInteger(n) && n >= 1 && n <= 60 ? n : SNOOZE_WORKING_DAYS;
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
    if (dependency.resolvedAt) return reply.message(plainMessage(t(locale, T.alreadyResolved, { description: dependency.description })));
    if (dependency.status !== 'red') return reply.message(plainMessage(t(locale, T.notRedAnyMore, { description: dependency.description })));
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
    await recordDependencyAnswer(ctx.services, { dependencyId: dependency.id, actorId: ctx.actor.personId!, answer: { kind: 'still_red', note } });
    if (deliveryKey) {
      const delivery = await ctx.services.db.delivery.findUnique({ where: { idempotencyKey: deliveryKey }, include: { person: true } });
      const recipientLocale = delivery?.person ? toLocale(delivery.person.locale) : locale;
      const message = await rebuildDependencyMessage(ctx.services, { deliveryKey, dependencyId: dependency.id, locale: recipientLocale });
      await updateDelivery(ctx.services, deliveryKey, message);
    }
    return reply.formDone(plainMessage(t(locale, T.stillRedDone, { description: dependency.description })));
  },
};

/** Every button and form of the red-dependency messages. */
export const dependencyActions: ActionDefinition[] = [
  stillRedAction,
  answerAction(DependencyActionIds.nowYellow, () => ({ kind: 'status', status: 'yellow' })),
  answerAction(DependencyActionIds.nowGreen, () => ({ kind: 'status', status: 'green' })),
  answerAction(DependencyActionIds.resolved, () => ({ kind: 'resolved' })),
  answerAction(DependencyActionIds.snooze, (payload) => ({ kind: 'snooze', workingDays: snoozeDays(payload) })),
];

export const dependencyForms: FormDefinition[] = [stillRedFormHandler];
