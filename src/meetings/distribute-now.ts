import type { AppServices } from '../app/services.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { distributeAgenda } from './distribute-agenda.js';
import { formatCaseNumber, meetingLabel } from '../i18n/format-numbers.js';
import { loadMeeting, needsPaper } from './load-meeting.js';
import { meetingTexts } from './texts.js';

/**
 * "Distribute now": posts the agenda at once, also when papers are missing (they are marked "to follow" and
 * their presenters reminded). Returns the answer for the secretariat.
 */
export async function distributeNow(services: AppServices, meetingId: string, locale: Locale): Promise<string> {
  const before = await loadMeeting(services.db, meetingId);
  if (before.state === 'cancelled') return t(locale, meetingTexts.meetingCancelledAlready);
  if (before.distributedAt) return t(locale, meetingTexts.alreadyDistributed, { meeting: meetingLabel(before) });
  await distributeAgenda(services, meetingId);
  const meeting = await loadMeeting(services.db, meetingId);
  const done = t(locale, meetingTexts.distributed, { meeting: meetingLabel(meeting) });
  const missing = meeting.agendaItems.filter((i) => needsPaper(i) && i.papers.length === 0);
  return missing.length > 0 ? `${done} ${t(locale, meetingTexts.papersToFollow, { missing: missing.map(formatCaseNumber).join(', ') })}` : done;
}
