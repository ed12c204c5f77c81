import type { AppServices } from '../app/services.js';
import type { Locale } from '../i18n/locale.js';
import type { Message } from '../ui/model.js';
import { buildMeetingStatus } from './build-meeting-status.js';
import { ATTENDEE_ROLES, committeePeople } from './committee-people.js';
import { loadMeeting } from './load-meeting.js';
import { cycleOf, paperDeadlineOf } from './meeting-cycle.js';

/** Reads what the status overview needs and builds it in `locale`. */
export async function showMeetingStatus(services: AppServices, meetingId: string, locale: Locale): Promise<Message> {
  const meeting = await loadMeeting(services.db, meetingId);
  const cycle = cycleOf(services, meeting.committee);
  const milestoneLabels = Object.fromEntries(Object.entries(cycle.milestones).map(([name, m]) => [name, m.labels[locale]]));
  const replies = await services.db.attendanceReply.findMany({ where: { meetingId } });
  const attendees = await committeePeople(services.db, meeting.committeeId, ATTENDEE_ROLES);
  return buildMeetingStatus(
    { meeting, paperDeadline: paperDeadlineOf(services, meeting)?.dueAt ?? null, milestoneLabels, replies, attendeeCount: attendees.length, now: services.clock() },
    locale,
  );
}
