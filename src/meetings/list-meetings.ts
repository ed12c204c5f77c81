import type { AppServices } from '../app/services.js';
import { decideAccess } from '../access/decide-access.js';
import { formatDate, formatTime } from '../i18n/format-date.js';
import { formatMeetingRef } from '../i18n/format-numbers.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Block, Message } from '../ui/model.js';
import { escapeMarkup } from '../ui/markup.js';
import { findCommittee } from './find-meeting.js';
import { MeetingActionIds } from './ids.js';
import { meetingStateTexts, meetingTexts } from './texts.js';

/** At most this many meetings in one list: two blocks each stays well inside Slack's 50 blocks per message. */
export const MEETINGS_LISTED = 20;

/**
 * A committee's meetings, in date order: this year's and every later one (the last `MEETINGS_LISTED`), each with
 * its number, date, time, place and state. Meetings are not secret: anyone in the roster may ask. Who may see a
 * meeting's status (the secretariat, the chair) gets a **Status** button on each.
 */
export async function listMeetings(services: AppServices, request: { personId: string; locale: Locale; committeeKey: string }): Promise<Message> {
  const { db } = services;
  const { locale } = request;
  const committee = await findCommittee(db, request.committeeKey);
  const now = services.clock();
  const fromYear = new Date(Date.UTC(now.getUTCFullYear(), 0, 1));
  const latest = await db.meeting.findMany({ where: { committeeId: committee.id, startsAt: { gte: fromYear } }, orderBy: { startsAt: 'desc' }, take: MEETINGS_LISTED });
  const meetings = latest.reverse();
  const title = t(locale, meetingTexts.meetingsTitle, { committee: committee.key });
  if (meetings.length === 0) return { text: title, blocks: [{ type: 'header', text: title }, { type: 'text', text: t(locale, meetingTexts.meetingsNone, { committee: committee.key }) }] };
  const mayOpen = (await decideAccess(db, request.personId, { action: 'view_meeting_status', committeeId: committee.id })).allowed;
  const zone = committee.timeZone;
  const lines: string[] = [];
  const blocks: Block[] = [{ type: 'header', text: title }];
  for (const meeting of meetings) {
    const ref = formatMeetingRef(committee.key, meeting);
    // "20. mai 2026 kl. 10.00–16.00" / "20 May 2026 10:00–16:00".
    const when = `${formatDate(meeting.startsAt, locale, zone)} ${formatTime(meeting.startsAt, locale, zone)}–${formatTime(meeting.endsAt, locale, zone).replace(/^kl\. /, '')}`;
    const state = t(locale, meetingStateTexts[meeting.state]);
    const place = meeting.place ? ` · ${escapeMarkup(meeting.place)}` : '';
    lines.push(`${ref}: ${when} (${state})`);
    blocks.push({ type: 'text', text: `**${ref}** · ${when}${place}\n${t(locale, meetingTexts.stateLabel)}: ${state}` });
    if (mayOpen) blocks.push({ type: 'actions', buttons: [{ actionId: MeetingActionIds.showStatus, label: t(locale, meetingTexts.meetingsOpen, { meeting: ref }), payload: { meetingId: meeting.id } }] });
  }
  return { text: `${title}\n${lines.join('\n')}`, blocks };
}
