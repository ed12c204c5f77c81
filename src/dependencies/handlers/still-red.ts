import type { ActionDefinition, FormDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import type { Db } from '../../db/prisma.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from '../../i18n/text.js';
import { withValues, type Form, type Payload } from '../../ui/model.js';
import { DependencyMessageKinds } from '../build-dependency-message.js';
import { DependencyActionIds, DependencyFormIds } from '../ids.js';
import { loadDependencyForAnswer } from '../load-dependency-for-answer.js';
import { notRedText } from '../not-red-text.js';
import { recordDependencyAnswer } from '../record-dependency-answer.js';
import { refreshOwnCopy } from '../refresh-own-copy.js';
import { dependencyTexts as T } from '../texts.js';

const NOTE_MAX = 500;

function stillRedForm(locale: Locale, description: string, context: Payload): Form {
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

/** Is the delivery a red-dependency message (so `shareDependencyAnswer` already refreshed it)? */
async function isDependencyMessage(db: Db, deliveryKey: string): Promise<boolean> {
  const delivery = await db.delivery.findUnique({ where: { idempotencyKey: deliveryKey }, select: { kind: true } });
  return !!delivery && (Object.values(DependencyMessageKinds) as string[]).includes(delivery.kind);
}

/** "Still red": opens the small form for an optional note. */
export const stillRedAction: ActionDefinition = {
  actionId: DependencyActionIds.stillRed,
  requiresPerson: true,
  async run(ctx, payload) {
    const { dependency, deliveryKey } = await loadDependencyForAnswer(ctx.services.db, ctx.actor.personId, payload);
    const locale = ctx.actor.locale;
    const notRed = notRedText(dependency, locale);
    if (notRed) return reply.message(plainMessage(notRed));
    return reply.form(stillRedForm(locale, dependency.description, { d: dependency.id, k: deliveryKey }));
  },
};

/** The note form: records "still red" and updates the message the button sat in, through the outbox. */
export const stillRedFormHandler: FormDefinition = {
  formId: DependencyFormIds.stillRed,
  requiresPerson: true,
  async submit(ctx, values, context) {
    const { dependency, deliveryKey } = await loadDependencyForAnswer(ctx.services.db, ctx.actor.personId, context);
    const locale = ctx.actor.locale;
    const raw = values.note;
    const note = (Array.isArray(raw) ? raw[0] : raw)?.trim() ?? '';
    if (note.length > NOTE_MAX) {
      return reply.formErrors(withValues(stillRedForm(locale, dependency.description, context), values), { note: t(locale, T.noteTooLong) });
    }
    // Every copy of its messages, the one the button sat in too, is updated in place through the outbox.
    await recordDependencyAnswer(ctx.services, { dependencyId: dependency.id, actorId: ctx.actor.personId!, answer: { kind: 'still_red', note } });
    if (deliveryKey && !(await isDependencyMessage(ctx.services.db, deliveryKey))) await refreshOwnCopy(ctx.services, deliveryKey, dependency.id, locale, ctx.actor.personId);
    return reply.formDone(plainMessage(t(locale, T.stillRedDone, { description: dependency.description })));
  },
};
