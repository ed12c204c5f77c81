import type { AppServices } from '../app/services.js';
import { queueMinutes } from '../documents/jobs/minutes-job.js';
import { toLocale } from '../i18n/locale.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { updateDelivery } from '../outbox/enqueue-delivery.js';
import { buildPresenterMessage } from './build-presenter-message.js';
import { overviewCopiesJob } from './jobs/overview-copies-job.js';
import { decisionKeys } from './ids.js';
import { decisionCorrectedJob } from './jobs/decision-corrected-job.js';
import { loadMeetingDecisions } from './load-meeting-decisions.js';
import { updatePostedSummary } from './update-posted-summary.js';
import { scheduleFollowUpReminders } from './schedule-follow-up-reminders.js';
import type { DecisionInput } from './validate-decision-form.js';

/**
 * Records (or corrects) the decision on an agenda item with its notes and follow-ups. Follow-ups are kept
 * in their rows, so a correction keeps their ids (and their reminders). When the meeting's decisions are
 * already published, the decision is marked corrected and, in the same transaction, a job is staged that edits the
 * posted summary (every platform's copy) and the presenter's message in place and moves the follow-up reminders
 * (`jobs/decision-corrected-job.ts`). Every copy of the meeting's decision overview is edited to show the saved
 * decision (`jobs/overview-copies-job.ts`, also staged in the transaction). Returns whether it was such a correction.
 */
export async function recordDecision(services: AppServices, request: { itemId: string; recordedById: string; input: DecisionInput }): Promise<{ corrected: boolean }> {
  const { db, clock } = services;
  const now = clock();
  const { itemId, recordedById, input } = request;
  const item = await db.agendaItem.findUniqueOrThrow({ where: { id: itemId }, include: { meeting: true } });
  const published = item.meeting.decisionsPublishedAt !== null;

  const corrected = { meetingId: item.meetingId, itemId, at: now.getTime() };
  await db.$transaction(async (tx) => {
    const fields = { text: input.text, notes: input.notes, recordedById, recordedAt: now };
    const decision = await tx.decision.upsert({
      where: { itemId },
      create: { itemId, ...fields, ...(published ? { publishedAt: now, corrected: true } : {}) },
      update: { ...fields, ...(published ? { corrected: true } : {}) },
    });
    if (published && !decision.publishedAt) await tx.decision.update({ where: { id: decision.id }, data: { publishedAt: now } });
    const existing = await tx.followUp.findMany({ where: { decisionId: decision.id }, orderBy: { createdAt: 'asc' } });
    for (const [index, followUp] of input.followUps.entries()) {
      const data = { ownerId: followUp.ownerId, description: followUp.description, dueDate: new Date(`${followUp.dueDate}T00:00:00Z`) };
      const row = existing[index];
      // Rows are matched by position; a row that now holds another task is not done just because the old one was.
      const sameTask = row && row.ownerId === data.ownerId && row.description === data.description && row.dueDate.getTime() === data.dueDate.getTime();
      if (row) await tx.followUp.update({ where: { id: row.id }, data: sameTask ? data : { ...data, doneAt: null } });
      // Distinct creation times keep the rows in form order.
      else await tx.followUp.create({ data: { ...data, decisionId: decision.id, createdAt: new Date(now.getTime() + index) } });
    }
    const surplus = existing.slice(input.followUps.length).map((f) => f.id);
    if (surplus.length > 0) await tx.followUp.deleteMany({ where: { id: { in: surplus } } });
    // Every copy of the meeting's decision overview is edited to show the saved decision, by a job written with it.
    await services.jobs.stage(tx, overviewCopiesJob, { meetingId: item.meetingId, stamp: now.getTime() }, now);
    if (published) await services.jobs.stage(tx, decisionCorrectedJob, corrected, now);
  });
  await services.jobs.enqueue(overviewCopiesJob, { meetingId: item.meetingId, stamp: now.getTime() }, { runAt: now });

  if (published) await services.jobs.enqueue(decisionCorrectedJob, corrected, { runAt: now });
  // Minutes already sent get a new version with the correction (the job sends only a changed one).
  if (await services.db.generatedDocument.count({ where: { meetingId: item.meetingId, kind: 'minutes', postedAt: { not: null } } })) {
    await queueMinutes(services, item.meetingId, 'correction');
  }
  return { corrected: published };
}

/**
 * After a correction (the job): the summary is edited in place on every platform, the presenter's message too (or
 * sent, if it never was), and the follow-up reminders follow the decision.
 */
export async function refreshPublished(services: AppServices, meetingId: string, itemId: string): Promise<void> {
  await updatePostedSummary(services, meetingId);
  const meeting = await loadMeetingDecisions(services.db, meetingId);
  const item = meeting.agendaItems.find((i) => i.id === itemId);
  if (item?.presenter && item.decision) {
    const message = buildPresenterMessage(meeting, item, toLocale(item.presenter.locale));
    const updated = await updateDelivery(services, decisionKeys.presenter(itemId), message);
    if (!updated) await sendToPerson(services, { personId: item.presenter.id, kind: 'decision_to_presenter', idempotencyKey: decisionKeys.presenter(itemId), message });
  }
  if (item?.decision) await scheduleFollowUpReminders(services, item.decision.id);
}
