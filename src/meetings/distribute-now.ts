import type { AppServices } from '../app/services.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { distributeAgenda } from './distribute-agenda.js';
import { formatCaseNumber, meetingLabel } from '../i18n/format-numbers.js';
import { loadMeeting, needsPaper } from './load-meeting.js';
import { meetingTexts } from './texts.js';

/** "Distribute now": posts the agenda before its milestone, only when every paper is in. Returns the answer for the secretariat. */
export async function distributeNow(services: AppServices, meetingId: string, locale: Locale): Promise<string> {
  const meeting = await loadMeeting(services.db, meetingId);
  const label = meetingLabel(meeting);
  if (meeting.state === 'cancelled') return t(locale, meetingTexts.meetingCancelledAlready);
  if (meeting.distributedAt) return t(locale, meetingTexts.alreadyDistributed, { meeting: label });
  const missing = meeting.agendaItems.filter((i) => needsPaper(i) && i.papers.length === 0);
  if (missing.length > 0) return t(locale, meetingTexts.notAllPapersIn, { missing: missing.map(formatCaseNumber).join(', ') });
  await distributeAgenda(services, meetingId);
  return t(locale, meetingTexts.distributed, { meeting: label });
}
