import type { Db } from '../db/prisma.js';
import { formatDate } from '../i18n/format-date.js';
import { formatMeetingRef } from '../i18n/format-numbers.js';
import type { Locale } from '../i18n/locale.js';
import type { Option } from '../ui/model.js';

/** How far back the picker offers meetings (decisions are recorded and published after the meeting). */
const PICK_DAYS_BACK = 120;
/** Slack shows at most 100 options; a committee has a handful of meetings a year. */
const PICK_MAX = 40;

/**
 * The meetings of one committee a step can be for, soonest first from a few months back, not cancelled; and
 * the one to preselect: the next meeting for agenda and distribution, the last one held for decisions.
 */
export async function listPickableMeetings(db: Db, committeeId: string, step: string, now: Date, locale: Locale): Promise<{ options: Option[]; chosen?: string }> {
  const meetings = await db.meeting.findMany({
    where: { committeeId, state: { not: 'cancelled' }, startsAt: { gte: new Date(now.getTime() - PICK_DAYS_BACK * 86_400_000) } },
    include: { committee: true },
    orderBy: { startsAt: 'asc' },
    take: PICK_MAX,
  });
  const options = meetings.map((m) => ({ value: m.id, label: `${formatMeetingRef(m.committee.key, m)} – ${formatDate(m.startsAt, locale, m.committee.timeZone)}` }));
  const afterMeeting = step === 'decisions' || step === 'publish';
  const chosen = afterMeeting ? meetings.filter((m) => m.startsAt <= now).at(-1) ?? meetings[0] : meetings.find((m) => m.startsAt > now) ?? meetings.at(-1);
  return { options, ...(chosen ? { chosen: chosen.id } : {}) };
}
