import { assertAccess } from '../../access/decide-access.js';
import { calendarDayOf } from '../../calendar/working-days.js';
import type { ActionDefinition, FormDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { t } from '../../i18n/text.js';
import { withValues } from '../../ui/model.js';
import { buildDecisionForm } from '../build-decision-form.js';
import { DecisionActionIds, DecisionFields, DecisionFormIds, FOLLOW_UP_SLOTS } from '../ids.js';
import { rosterPeopleAmong } from '../../roster/roster-people-among.js';
import { loadDecisionForm } from '../load-decision-form.js';
import { recordDecision } from '../record-decision.js';
import { decisionTexts } from '../texts.js';
import { validateDecisionForm } from '../validate-decision-form.js';
import { readId } from './read-id.js';

const OWNER_FIELDS = new Set(Array.from({ length: FOLLOW_UP_SLOTS }, (_, i) => DecisionFields.owner(i + 1)));
const isOwnerField = (id: string) => OWNER_FIELDS.has(id);

/** "Record decision" on an item of the `decisions` overview: opens the decision form (secretariat). */
export const recordDecisionAction: ActionDefinition = {
  actionId: DecisionActionIds.record,
  requiresPerson: true,
  async run({ actor, services }, payload) {
    const { committeeId, data } = await loadDecisionForm(services.db, readId(payload, 'itemId'));
    await assertAccess(services.db, actor.personId, { action: 'record_decisions', committeeId });
    return reply.form(buildDecisionForm(data, actor.locale));
  },
};

/** The decision form: checked per field (typed values kept), then recorded or corrected. */
export const decisionForm: FormDefinition = {
  formId: DecisionFormIds.decision,
  requiresPerson: true,
  async submit({ actor, services }, values, context) {
    const itemId = readId(context, 'itemId', 'form');
    const { committeeId, data } = await loadDecisionForm(services.db, itemId);
    await assertAccess(services.db, actor.personId, { action: 'record_decisions', committeeId });
    const checked = validateDecisionForm(values, {
      locale: actor.locale,
      today: calendarDayOf(services.clock()),
      ownerIds: new Set(await rosterPeopleAmong(services.db, Object.entries(values).filter(([id]) => isOwnerField(id)).map(([, v]) => v))),
    });
    if (!checked.ok) return reply.formErrors(withValues(buildDecisionForm(data, actor.locale), values), checked.errors);
    const { corrected } = await recordDecision(services, { itemId, recordedById: actor.personId!, input: checked.input });
    return reply.formDone(plainMessage(t(actor.locale, corrected ? decisionTexts.savedCorrected : decisionTexts.saved, { caseNo: data.caseNo })));
  },
};
