import { assertAccess } from '../../access/decide-access.js';
import type { ActionDefinition, FormDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { t } from '../../i18n/text.js';
import { withValues } from '../../ui/model.js';
import { formatCaseNumber } from '../../i18n/format-numbers.js';
import { MeetingActionIds, MeetingFormIds } from '../ids.js';
import { loadMeeting } from '../load-meeting.js';
import { buildItemForm } from '../meeting-forms.js';
import { readItemForm } from '../read-meeting-forms.js';
import { saveAgendaItem } from '../save-agenda-item.js';
import { meetingTexts } from '../texts.js';
import { itemToManage, meetingToManage, readId } from './read-ids.js';
import { rosterPeopleAmong } from '../../roster/roster-people-among.js';

/** "Add item" on the status overview: opens the empty item form (secretariat). */
export const addItemAction: ActionDefinition = {
  actionId: MeetingActionIds.addItem,
  requiresPerson: true,
  async run(ctx, payload) {
    const meeting = await meetingToManage(ctx, readId(payload, 'meetingId'));
    return reply.form(buildItemForm(ctx.actor.locale, { meetingId: meeting.id, timeZone: meeting.committee.timeZone }));
  },
};

/** "Edit" on an agenda item: opens the item form filled in (secretariat). */
export const editItemAction: ActionDefinition = {
  actionId: MeetingActionIds.editItem,
  requiresPerson: true,
  async run(ctx, payload) {
    const item = await itemToManage(ctx, readId(payload, 'itemId'));
    const committee = await ctx.services.db.committee.findUniqueOrThrow({ where: { id: item.committeeId } });
    return reply.form(
      buildItemForm(ctx.actor.locale, { meetingId: item.meetingId, item, timeZone: committee.timeZone }),
    );
  },
};

/** The item form's submit: adds an item, or saves the one in the context. Bad input comes back on the form, all kept. */
export const itemForm: FormDefinition = {
  formId: MeetingFormIds.item,
  requiresPerson: true,
  async submit({ actor, services }, values, context) {
    const meeting = await loadMeeting(services.db, readId(context, 'meetingId', 'form'));
    await assertAccess(services.db, actor.personId, { action: 'manage_meeting', committeeId: meeting.committeeId });
    const itemId = typeof context.itemId === 'string' ? context.itemId : undefined;
    const zone = meeting.committee.timeZone;
    const read = readItemForm(values, actor.locale, { personIds: await rosterPeopleAmong(services.db, [values.presenter]), meeting, timeZone: zone });
    if (!read.ok) {
      const item = itemId ? meeting.agendaItems.find((i) => i.id === itemId) : undefined;
      return reply.formErrors(withValues(buildItemForm(actor.locale, { meetingId: meeting.id, item, timeZone: zone }), values), read.errors);
    }
    const item = await saveAgendaItem(services, { meetingId: meeting.id, ...(itemId ? { itemId } : {}) }, read.value);
    const params = { caseNumber: formatCaseNumber(item), title: item.title };
    return reply.formDone(plainMessage(t(actor.locale, itemId ? meetingTexts.itemSaved : meetingTexts.itemAdded, params)));
  },
};
