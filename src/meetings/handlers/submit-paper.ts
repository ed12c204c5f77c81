import { assertAccess } from '../../access/decide-access.js';
import type { ActionDefinition, FormDefinition, TurnContext } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { AppError, ErrorCode } from '../../errors.js';
import { t } from '../../i18n/text.js';
import { withValues } from '../../ui/model.js';
import { formatCaseNumber } from '../../i18n/format-numbers.js';
import { MeetingActionIds, MeetingFormIds } from '../ids.js';
import { buildPaperForm } from '../meeting-forms.js';
import { readPaperForm } from '../read-meeting-forms.js';
import { submitPaper } from '../submit-paper.js';
import { meetingTexts } from '../texts.js';
import { readId } from './read-ids.js';

/** The item whose paper is to be submitted (not removed), once the asker is known to be its presenter or secretariat. */
async function itemForPaper(ctx: TurnContext, itemId: string) {
  const item = await ctx.services.db.agendaItem.findUnique({ where: { id: itemId } });
  if (!item || item.removedAt) throw new AppError(ErrorCode.NotFound, 'item not found');
  await assertAccess(ctx.services.db, ctx.actor.personId, { action: 'submit_paper', item });
  return item;
}

/** "Submit paper" button (in the presenter's reminder): opens the paper form. */
export const submitPaperAction: ActionDefinition = {
  actionId: MeetingActionIds.submitPaper,
  requiresPerson: true,
  async run(ctx, payload) {
    const item = await itemForPaper(ctx, readId(payload, 'itemId'));
    return reply.form(buildPaperForm(ctx.actor.locale, item));
  },
};

/** The paper form's submit: stores the paper's link. Bad input comes back on the form, all kept. */
export const paperForm: FormDefinition = {
  formId: MeetingFormIds.paper,
  requiresPerson: true,
  check: (values, locale) => {
    const read = readPaperForm(values, locale);
    return read.ok ? null : read.errors;
  },
  async submit(ctx, values, context) {
    const { actor, services } = ctx;
    const item = await itemForPaper(ctx, readId(context, 'itemId', 'form'));
    const read = readPaperForm(values, actor.locale);
    if (!read.ok) return reply.formErrors(withValues(buildPaperForm(actor.locale, item), values), read.errors);
    await submitPaper(services, { itemId: item.id, personId: actor.personId!, ...read.value });
    return reply.formDone(plainMessage(t(actor.locale, meetingTexts.paperSubmitted, { caseNumber: formatCaseNumber(item), title: item.title })));
  },
};
