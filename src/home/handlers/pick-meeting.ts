import { assertAccess } from '../../access/decide-access.js';
import type { ActionDefinition, FormDefinition, TurnContext } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply, type Reply } from '../../conversation/reply.js';
import { publishReply } from '../../decisions/handlers/publish-decisions.js';
import { sendDecisionOverview } from '../../decisions/send-decision-overview.js';
import { AppError, ErrorCode } from '../../errors.js';
import { meetingLabel } from '../../i18n/format-numbers.js';
import { t } from '../../i18n/text.js';
import { distributeNow } from '../../meetings/distribute-now.js';
import { distributeConfirmation } from '../../meetings/handlers/distribute-now.js';
import { loadMeeting } from '../../meetings/load-meeting.js';
import { showMeetingStatus } from '../../meetings/show-meeting-status.js';
import type { Payload } from '../../ui/model.js';
import { buildMeetingPickForm } from '../build-home-forms.js';
import { HomeActionIds, HomeFields, HomeFormIds, MEETING_STEPS, type MeetingStep } from '../ids.js';
import { listPickableMeetings } from '../list-pickable-meetings.js';
import { homeTexts as T } from '../texts.js';

function readStep(payload: Payload): { step: MeetingStep; committeeId: string } {
  const step = MEETING_STEPS.find((s) => s === payload.step);
  const committeeId = typeof payload.committeeId === 'string' ? payload.committeeId : '';
  if (!step || !committeeId) throw new AppError(ErrorCode.InvalidInput, 'home: pick without step or committee');
  return { step, committeeId };
}

/** Decisions are recorded and published by the committee's secretariat; the rest of the steps are its meeting work. */
function permissionOf(step: MeetingStep, committeeId: string) {
  return step === 'decisions' || step === 'publish' ? ({ action: 'record_decisions', committeeId } as const) : ({ action: 'manage_meeting', committeeId } as const);
}

/**
 * What each step does once the meeting is picked: the existing flow, as its command answers. The agenda is the
 * status card with its "add item" button; a distribution asks first; decisions is the overview with a
 * "record" button per item; publishing asks first when items are unrecorded or the meeting has not ended.
 */
async function runStep(ctx: TurnContext, step: MeetingStep, meetingId: string): Promise<Reply> {
  const { services, actor } = ctx;
  switch (step) {
    case 'agenda':
      return reply.formDone(await showMeetingStatus(services, meetingId, actor.locale));
    case 'distribute': {
      const meeting = await loadMeeting(services.db, meetingId);
      if (meeting.state === 'cancelled' || meeting.distributedAt) return reply.formDone(plainMessage(await distributeNow(services, meeting.id, actor.locale)));
      return reply.formDone(distributeConfirmation(actor.locale, meeting));
    }
    case 'decisions': {
      // As the `decisions` command: the overview comes as a direct message kept in the outbox (a copy of kind
      // `decision_overview`), so every decision saved later edits it in place. A plain answer here would be a card
      // no one could find again, and it would stay "not recorded yet".
      await sendDecisionOverview(services, { meetingId, personId: actor.personId!, locale: actor.locale, platform: actor.platform, platformUserId: actor.platformUserId });
      const meeting = await loadMeeting(services.db, meetingId);
      return reply.formDone(plainMessage(t(actor.locale, T.overviewComing, { meeting: meetingLabel(meeting) })));
    }
    case 'publish': {
      const answer = await publishReply(ctx, meetingId);
      return answer.kind === 'message' ? reply.formDone(answer.message) : answer;
    }
  }
}

/** "Build the agenda", "Distribute", "Record decisions", "Publish" on the home: a small form to pick the meeting. */
export const pickMeetingAction: ActionDefinition = {
  actionId: HomeActionIds.pickMeeting,
  requiresPerson: true,
  async run({ services, actor }, payload) {
    const { step, committeeId } = readStep(payload);
    await assertAccess(services.db, actor.personId, permissionOf(step, committeeId));
    const { options, chosen } = await listPickableMeetings(services.db, committeeId, step, services.clock(), actor.locale);
    if (options.length === 0) return reply.message(plainMessage(t(actor.locale, T.pickNoMeetings)));
    return reply.form(buildMeetingPickForm(actor.locale, step, committeeId, options, chosen));
  },
};

/** The picked meeting: checked again (it must be the committee's, and the asker its secretariat), then the step's flow. */
export const pickMeetingForm: FormDefinition = {
  formId: HomeFormIds.pickMeeting,
  requiresPerson: true,
  async submit(ctx, values, context) {
    const { services, actor } = ctx;
    const { step, committeeId } = readStep(context);
    await assertAccess(services.db, actor.personId, permissionOf(step, committeeId));
    const raw = values[HomeFields.meeting];
    const meetingId = Array.isArray(raw) ? raw[0] : raw;
    const meeting = meetingId ? await services.db.meeting.findUnique({ where: { id: meetingId } }) : null;
    if (!meeting || meeting.committeeId !== committeeId) {
      const { options } = await listPickableMeetings(services.db, committeeId, step, services.clock(), actor.locale);
      return reply.formErrors(buildMeetingPickForm(actor.locale, step, committeeId, options), { [HomeFields.meeting]: t(actor.locale, T.pickRequired) });
    }
    return runStep(ctx, step, meeting.id);
  },
};
