import type { AppServices } from '../app/services.js';
import type { EscalationAudience, MilestoneAction } from '../cycles/cycle-schema.js';
import { formatDateTime } from '../i18n/format-date.js';
import { toLocale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { plainMessage } from '../conversation/plain-message.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { committeePeople } from './committee-people.js';
import { formatCaseNumber, meetingLabel } from '../i18n/format-numbers.js';
import { loadMeeting, needsPaper } from './load-meeting.js';
import { cycleOf } from './meeting-cycle.js';
import { meetingTexts } from './texts.js';
import { buildPresenterMessage } from './presenter-messages.js';
import { escapeMarkup } from '../ui/markup.js';

/**
 * After a missed milestone. For a paper deadline: a notice to each presenter whose paper is still missing
 * and one digest of all missing papers to each person of the secretariat. For a decision summary not yet
 * published: a reminder to the secretariat. Decided from the state when it runs; nothing is sent twice.
 */
export async function sendEscalation(
  services: AppServices,
  job: { meetingId: string; milestone: string; action: MilestoneAction; to: EscalationAudience[] },
): Promise<void> {
  const { db } = services;
  if (!(await db.meeting.findUnique({ where: { id: job.meetingId } }))) return;
  const meeting = await loadMeeting(db, job.meetingId);
  if (meeting.state === 'cancelled') return;
  const deadline = meeting.deadlines.find((d) => d.milestone === job.milestone);
  const zone = meeting.committee.timeZone;
  const secretariat = job.to.includes('secretariat') ? await committeePeople(db, meeting.committeeId, ['secretariat']) : [];

  if (job.action === 'paper_deadline') {
    const late = meeting.agendaItems.filter((item) => needsPaper(item) && item.papers.length === 0 && item.presenter);
    if (late.length === 0) return;
    if (job.to.includes('presenters')) {
      for (const item of late) {
        await sendToPerson(services, {
          personId: item.presenter!.id,
          kind: 'paper-late',
          idempotencyKey: `late.${meeting.id}.${job.milestone}.${item.id}`,
          message: buildPresenterMessage('late', toLocale(item.presenter!.locale), meeting, item, deadline?.dueAt ?? null),
        });
      }
    }
    for (const person of secretariat) {
      const locale = toLocale(person.locale);
      const title = t(locale, meetingTexts.digestTitle, { meeting: meetingLabel(meeting) });
      const lines = late.map((item) => `• ${formatCaseNumber(item)} ${escapeMarkup(item.title)} – ${escapeMarkup(item.presenter!.name)}`);
      await sendToPerson(services, {
        personId: person.id,
        kind: 'paper-late-digest',
        idempotencyKey: `late-digest.${meeting.id}.${job.milestone}.${person.id}`,
        message: { text: `${title}\n${lines.join('\n')}`, blocks: [{ type: 'header', text: title }, { type: 'text', text: lines.join('\n') }] },
      });
    }
    return;
  }

  if (job.action === 'decision_summary' && meeting.decisionsPublishedAt === null) {
    const milestone = cycleOf(services, meeting.committee).milestones[job.milestone];
    for (const person of secretariat) {
      const locale = toLocale(person.locale);
      const text = t(locale, meetingTexts.secretariatReminder, {
        meeting: meetingLabel(meeting),
        milestone: milestone?.labels[locale] ?? job.milestone,
        when: deadline ? formatDateTime(deadline.dueAt, locale, zone) : '',
      });
      await sendToPerson(services, { personId: person.id, kind: 'milestone-escalation', idempotencyKey: `escalation.${meeting.id}.${job.milestone}.${person.id}`, message: plainMessage(text) });
    }
  }
}
