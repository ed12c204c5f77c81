import type { AppServices } from '../app/services.js';
import { toLocale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { postToCommittee } from '../outbox/post-to-committee.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { addMinutesItemToNextMeeting } from './add-minutes-item.js';
import { buildDecisionSummary } from './build-decision-summary.js';
import { buildPresenterMessage } from './build-presenter-message.js';
import { decisionKeys } from './ids.js';
import { decisionTexts } from './texts.js';
import { formatMeetingRef } from '../i18n/format-numbers.js';
import { loadMeetingDecisions } from './load-meeting-decisions.js';
import { scheduleFollowUpReminders } from './schedule-follow-up-reminders.js';

export type PublishResult = 'published' | 'nothing_recorded';

/**
 * Publishes a meeting's decisions: marks them published, posts the decision summary to the committee's
 * channel, sends each presenter their item's decision and follow-ups, schedules the follow-up reminders and
 * puts the approval of the minutes on the next meeting's agenda.
 *
 * Idempotent: every message has a deterministic outbox key, so running it again (a retried job, the
 * milestone after a manual publish) posts nothing twice.
 */
export async function publishDecisions(services: AppServices, meetingId: string): Promise<PublishResult> {
  const { db, clock, config } = services;
  const now = clock();
  const before = await loadMeetingDecisions(db, meetingId);
  if (!before.agendaItems.some((item) => item.decision)) return 'nothing_recorded';

  await db.$transaction([
    db.meeting.updateMany({ where: { id: meetingId, decisionsPublishedAt: null }, data: { decisionsPublishedAt: now, state: 'decisions_published' } }),
    db.decision.updateMany({ where: { item: { meetingId }, publishedAt: null }, data: { publishedAt: now } }),
  ]);
  const meeting = await loadMeetingDecisions(db, meetingId);

  await postToCommittee(services, {
    committeeId: meeting.committeeId,
    kind: 'decision_summary',
    idempotencyKey: decisionKeys.summary(meetingId),
    build: (locale) => buildDecisionSummary(meeting, locale),
  });
  for (const item of meeting.agendaItems) {
    if (!item.decision) continue;
    if (item.presenter) {
      await sendToPerson(services, {
        personId: item.presenter.id,
        kind: 'decision_to_presenter',
        idempotencyKey: decisionKeys.presenter(item.id),
        message: buildPresenterMessage(meeting, item, toLocale(item.presenter.locale)),
      });
    }
    await scheduleFollowUpReminders(services, item.decision.id);
  }
  await addMinutesItemToNextMeeting(db, meetingId, config.DEFAULT_LOCALE);
  return 'published';
}

/** Tells the committee's secretariat that the summary was due but nothing is recorded (once per meeting). */
export async function notifyNothingToPublish(services: AppServices, meetingId: string): Promise<void> {
  const meeting = await services.db.meeting.findUniqueOrThrow({ where: { id: meetingId }, include: { committee: { include: { memberships: { where: { role: 'secretariat' }, include: { person: true } } } } } });
  const ref = formatMeetingRef(meeting.committee.key, meeting);
  for (const { person } of meeting.committee.memberships) {
    const text = t(toLocale(person.locale), decisionTexts.nothingToPublishNotice, { meeting: ref });
    await sendToPerson(services, { personId: person.id, kind: 'decision_summary_missing', idempotencyKey: decisionKeys.nothingToPublish(meetingId, person.id), message: { text, blocks: [{ type: 'text', text }] } });
  }
}
