import type { AppServices } from '../app/services.js';
import { ATTENDEE_ROLES, committeePeople } from '../meetings/committee-people.js';
import { toLocale, type Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { sendToPerson } from '../outbox/send-to-person.js';
import { documentUrl } from './document-url.js';
import { documentDeliveryKeys } from './ids.js';
import { makeMinutes } from './make-minutes.js';
import { documentMessage } from './share-notice.js';
import { documentTexts as T } from './texts.js';

/**
 * Sends the newest draft minutes to the committee's secretariat, chair, members and observers, each in their language.
 * On a correction, only when minutes were sent before (a correction before the milestone waits for it), and only a
 * changed version goes out. Each person gets each version once (outbox key per version and person). Returns how
 * many messages were queued.
 */
export async function sendMinutes(services: AppServices, meetingId: string, reason: 'milestone' | 'correction'): Promise<number> {
  const { db } = services;
  const meeting = await db.meeting.findUnique({ where: { id: meetingId } });
  if (!meeting || meeting.state === 'cancelled') return 0;
  if (reason === 'correction' && (await db.generatedDocument.count({ where: { meetingId, kind: 'minutes', postedAt: { not: null } } })) === 0) return 0;
  const people = await committeePeople(db, meeting.committeeId, ['secretariat', ...ATTENDEE_ROLES]);
  const made = new Map<Locale, Awaited<ReturnType<typeof makeMinutes>>>();
  let sent = 0;
  for (const person of people) {
    const locale = toLocale(person.locale);
    if (!made.has(locale)) made.set(locale, await makeMinutes(services, meetingId, locale));
    const { document, content } = made.get(locale)!;
    const text = document.version === 1 ? t(locale, T.minutesReady, { meeting: content.meeting }) : t(locale, T.minutesCorrected, { meeting: content.meeting, version: document.version });
    const id = await sendToPerson(services, {
      personId: person.id,
      kind: 'minutes-document',
      idempotencyKey: documentDeliveryKeys.minutes(meetingId, document.version, person.id),
      message: documentMessage(text, documentUrl(services, document.fileId, content.fileName), locale),
    });
    if (id) sent += 1;
  }
  const ids = [...made.values()].map((m) => m.document.id);
  await db.generatedDocument.updateMany({ where: { id: { in: ids }, postedAt: null }, data: { postedAt: services.clock() } });
  return sent;
}
