import { assertAccess } from '../../access/decide-access.js';
import type { ActionDefinition } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { AppError, ErrorCode } from '../../errors.js';
import { buildMeetingForm } from '../../meetings/meeting-forms.js';
import { HomeActionIds } from '../ids.js';

/** "Plan a meeting NUIT" on the home: the meetings capability's own meeting form (`møte ny NUIT`), for that committee. */
export const planMeetingAction: ActionDefinition = {
  actionId: HomeActionIds.planMeeting,
  requiresPerson: true,
  async run({ services, actor }, payload) {
    const committeeId = typeof payload.committeeId === 'string' ? payload.committeeId : '';
    const committee = committeeId ? await services.db.committee.findUnique({ where: { id: committeeId } }) : null;
    if (!committee) throw new AppError(ErrorCode.NotFound, `committee ${committeeId} not found`);
    await assertAccess(services.db, actor.personId, { action: 'manage_meeting', committeeId: committee.id });
    return reply.form(buildMeetingForm(actor.locale, { committeeId: committee.id, committeeKey: committee.key }));
  },
};
