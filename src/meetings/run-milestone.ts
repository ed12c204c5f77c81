import type { AppServices } from '../app/services.js';
import type { MilestoneAction } from '../cycles/cycle-schema.js';
import { draftMinutesReminderJob } from '../decisions/jobs/draft-minutes-job.js';
import { queueMinutes } from '../documents/jobs/minutes-job.js';
import { publishDecisionsJob } from '../decisions/jobs/publish-decisions-job.js';
import { toLocale } from '../i18n/locale.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { ATTENDEE_ROLES, committeePeople } from './committee-people.js';
import { distributeAgenda } from './distribute-agenda.js';
import { loadMeeting } from './load-meeting.js';
import { buildMemberMessage } from './member-messages.js';

/**
 * What a milestone does when it falls due. Safe to run twice: every message has an outbox key, state
 * changes are conditional. The decision summary and draft minutes milestones hand over to the decisions
 * capability's jobs, whose deterministic ids make "publish" and the milestone meet only once.
 */
export async function runMilestone(services: AppServices, job: { meetingId: string; milestone: string; action: MilestoneAction }): Promise<void> {
  const { db } = services;
  const found = await db.meeting.findUnique({ where: { id: job.meetingId } });
  if (!found || found.state === 'cancelled') return;
  switch (job.action) {
    case 'distribute_agenda':
      await distributeAgenda(services, job.meetingId);
      break;
    case 'member_reminder': {
      const meeting = await loadMeeting(db, job.meetingId);
      for (const person of await committeePeople(db, meeting.committeeId, ATTENDEE_ROLES)) {
        await sendToPerson(services, {
          personId: person.id,
          kind: 'member-reminder',
          idempotencyKey: `member-reminder.${meeting.id}.${job.milestone}.${person.id}`,
          message: buildMemberMessage('reminder', toLocale(person.locale), meeting),
        });
      }
      break;
    }
    case 'decision_summary':
      await services.jobs.enqueue(publishDecisionsJob, { meetingId: job.meetingId });
      break;
    case 'draft_minutes':
      await services.jobs.enqueue(draftMinutesReminderJob, { meetingId: job.meetingId });
      // The draft minutes as a Word document, to every member in their language.
      await queueMinutes(services, job.meetingId, 'milestone');
      break;
    case 'agenda_set':
      await db.meeting.updateMany({ where: { id: job.meetingId, state: 'planned' }, data: { state: 'agenda_set' } });
      break;
    default:
      break;
  }
  await db.deadline.updateMany({ where: { meetingId: job.meetingId, milestone: job.milestone, state: 'pending' }, data: { state: 'done' } });
}
