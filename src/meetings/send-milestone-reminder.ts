import type { AppServices } from '../app/services.js';
import type { MilestoneAction, ReminderAudience } from '../cycles/cycle-schema.js';
import { formatDateTime } from '../i18n/format-date.js';
import { toLocale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { plainMessage } from '../conversation/plain-message.js';
import { ATTENDEE_ROLES, committeePeople } from './committee-people.js';
import { meetingLabel } from '../i18n/format-numbers.js';
import { loadMeeting, needsPaper } from './load-meeting.js';
import { cycleOf, paperDeadlineOf } from './meeting-cycle.js';
import { meetingTexts } from './texts.js';
import { buildMemberMessage } from './member-messages.js';
import { buildPresenterMessage } from './presenter-messages.js';
import { withPaperDeadlineCalendar } from '../documents/calendar/paper-deadline-ics-url.js';

/**
 * A reminder before a milestone. Who gets it is decided when it runs, from the state then: presenters
 * whose item still has no paper (a submitted paper stops the reminders for that item), the secretariat,
 * or the members. Every message has an outbox key, so running twice sends nothing twice.
 */
export async function sendMilestoneReminder(
  services: AppServices,
  job: { meetingId: string; milestone: string; action: MilestoneAction; index: number; to: ReminderAudience },
): Promise<void> {
  const { db } = services;
  if (!(await db.meeting.findUnique({ where: { id: job.meetingId } }))) return;
  const meeting = await loadMeeting(db, job.meetingId);
  if (meeting.state === 'cancelled') return;
  const keyBase = `reminder.${meeting.id}.${job.milestone}.${job.index}`;
  const milestoneDeadline = meeting.deadlines.find((d) => d.milestone === job.milestone);

  if (job.to === 'presenters' || job.to === 'late_presenters') {
    const paperDeadline = paperDeadlineOf(services, meeting) ?? milestoneDeadline;
    for (const item of meeting.agendaItems) {
      if (!needsPaper(item) || item.papers.length > 0 || !item.presenter) continue;
      const locale = toLocale(item.presenter.locale);
      const message = buildPresenterMessage(job.to === 'late_presenters' ? 'late' : 'reminder', locale, meeting, item, paperDeadline?.dueAt ?? null);
      await sendToPerson(services, {
        personId: item.presenter.id,
        kind: 'paper-reminder',
        idempotencyKey: `${keyBase}.${item.id}`,
        message: paperDeadline ? await withPaperDeadlineCalendar(services, message, { meeting, item, dueAt: paperDeadline.dueAt }, locale) : message,
      });
    }
    return;
  }

  const roles = job.to === 'secretariat' ? (['secretariat'] as const) : ATTENDEE_ROLES;
  const milestone = cycleOf(services, meeting.committee).milestones[job.milestone];
  for (const person of await committeePeople(db, meeting.committeeId, [...roles])) {
    const locale = toLocale(person.locale);
    const message =
      job.to === 'members'
        ? buildMemberMessage('reminder', locale, meeting)
        : plainMessage(
            t(locale, meetingTexts.secretariatReminder, {
              meeting: meetingLabel(meeting),
              milestone: milestone?.labels[locale] ?? job.milestone,
              when: milestoneDeadline ? formatDateTime(milestoneDeadline.dueAt, locale, meeting.committee.timeZone) : '',
            }),
          );
    await sendToPerson(services, { personId: person.id, kind: 'milestone-reminder', idempotencyKey: `${keyBase}.${person.id}`, message });
  }
}
