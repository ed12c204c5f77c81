import type { TurnContext } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply, type Reply } from '../../conversation/reply.js';
import { t } from '../../i18n/text.js';
import { buildAttendanceForm } from '../build-attendance-form.js';
import { buildDecisionForm } from '../build-decision-form.js';
import { decisionTexts } from '../texts.js';
import { formatMeetingRef } from '../../meetings/format-numbers.js';
import { loadAttendanceForm } from '../load-attendance-form.js';
import { loadDecisionForm } from '../load-decision-form.js';
import { requestPublish } from '../request-publish.js';
import { requireCommitteeRole } from '../../meetings/require-committee-role.js';

/** The answers shared by the `decisions` command and the buttons of its overview; each checks the secretariat first. */
export async function decisionFormReply({ actor, services }: TurnContext, itemId: string): Promise<Reply> {
  const { committeeId, data } = await loadDecisionForm(services.db, itemId);
  await requireCommitteeRole(services.db, actor.personId, committeeId, ['secretariat'], decisionTexts.onlySecretariat);
  return reply.form(buildDecisionForm(data, actor.locale));
}

export async function attendanceFormReply({ actor, services }: TurnContext, meetingId: string): Promise<Reply> {
  const meeting = await services.db.meeting.findUniqueOrThrow({ where: { id: meetingId } });
  await requireCommitteeRole(services.db, actor.personId, meeting.committeeId, ['secretariat'], decisionTexts.onlySecretariat);
  return reply.form(buildAttendanceForm(await loadAttendanceForm(services.db, meetingId), actor.locale));
}

export async function publishReply({ actor, services }: TurnContext, meetingId: string): Promise<Reply> {
  const meeting = await services.db.meeting.findUniqueOrThrow({ where: { id: meetingId }, include: { committee: true } });
  await requireCommitteeRole(services.db, actor.personId, meeting.committeeId, ['secretariat'], decisionTexts.onlySecretariat);
  await requestPublish(services, meetingId);
  return reply.message(plainMessage(t(actor.locale, decisionTexts.publishQueued, { meeting: formatMeetingRef(meeting.committee.key, meeting) })));
}
