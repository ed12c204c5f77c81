import type { Locale } from '../i18n/locale.js';
import type { AgendaInput } from './build-agenda-message.js';
import { formatCaseNumber, meetingLabel } from '../i18n/format-numbers.js';
import { itemTitle } from './item-title.js';
import { needsPaper, previousMeetingLabel, type LoadedMeeting } from './load-meeting.js';

/** The data `buildAgendaMessage` needs, read from a loaded meeting. */
export function agendaInputOf(meeting: LoadedMeeting, locale: Locale): AgendaInput {
  return {
    label: meetingLabel(meeting),
    startsAt: meeting.startsAt,
    endsAt: meeting.endsAt,
    place: meeting.place,
    videoLink: meeting.videoLink,
    timeZone: meeting.committee.timeZone,
    distributed: meeting.distributedAt !== null,
    items: meeting.agendaItems.map((item) => ({
      caseNumber: formatCaseNumber(item),
      title: itemTitle(item, locale, previousMeetingLabel(meeting)),
      type: item.type,
      presenterName: item.presenter?.name ?? null,
      proposedDecision: item.proposedDecision,
      plannedStart: item.plannedStart,
      paperLinks: item.papers.flatMap((p) => p.links),
      paperMissing: needsPaper(item) && item.papers.length === 0,
    })),
  };
}
