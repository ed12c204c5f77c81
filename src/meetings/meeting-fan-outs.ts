import { z } from 'zod';
import type { AppServices } from '../app/services.js';
import { meetingIcsUrl } from '../documents/calendar/meeting-ics-url.js';
import { documentTexts } from '../documents/texts.js';
import { t } from '../i18n/text.js';
import { toLocale, type Locale } from '../i18n/locale.js';
import { defineFanOutKind } from '../outbox/fan-out-kind.js';
import type { Message } from '../ui/model.js';
import { countInvitees, countParticipants, listInvitees, listParticipants } from './invite-recipients.js';
import { loadMeeting, type LoadedMeeting } from './load-meeting.js';
import { buildChangeNotice, buildMemberMessage } from './member-messages.js';

/** One message per language, built once per batch rather than once per person. */
function perLocale(build: (locale: Locale) => Message): (locale: string) => Message {
  const built = new Map<Locale, Message>();
  return (value) => {
    const locale = toLocale(value);
    if (!built.has(locale)) built.set(locale, build(locale));
    return built.get(locale)!;
  };
}

/**
 * The message in each language with the meeting's .ics (same UID every time, SEQUENCE raised by each move, METHOD:CANCEL
 * once cancelled) as an "Add to calendar" link, made once per batch.
 */
async function withCalendar(services: AppServices, meeting: LoadedMeeting, build: (locale: Locale) => Message): Promise<(locale: string) => Message> {
  const urls = { nb: await meetingIcsUrl(services, meeting, 'nb'), en: await meetingIcsUrl(services, meeting, 'en') };
  return perLocale((locale) => {
    const message = build(locale);
    const url = urls[locale];
    return url ? { ...message, blocks: [...message.blocks, { type: 'actions', buttons: [{ url, label: t(locale, documentTexts.addToCalendar) }] }] } : message;
  });
}

const meetingSubject = z.object({ meetingId: z.string().min(1), committeeId: z.string().min(1) });

/** The invitation to a new meeting, to every member, chair and observer. */
export const meetingInviteFanOut = defineFanOutKind({
  name: 'meeting-invite',
  subject: meetingSubject,
  deliveryKind: 'meeting-invite',
  count: (db, s) => countInvitees(db, s.committeeId),
  recipients: (db, s, after, take) => listInvitees(db, s.committeeId, after, take),
  async prepare(services, s) {
    const meeting = await loadMeeting(services.db, s.meetingId);
    if (meeting.state === 'cancelled') return null;
    const message = await withCalendar(services, meeting, (locale) => buildMemberMessage('invite', locale, meeting));
    return ({ person }) => ({ idempotencyKey: `invite.${meeting.id}.${person.id}`, message: message(person.locale) });
  },
});

/** The notice that a meeting moved; a move overtaken by another before it went out sends nothing. */
export const meetingMovedFanOut = defineFanOutKind({
  name: 'meeting-moved',
  subject: meetingSubject.extend({ startsAt: z.string().min(1) }),
  deliveryKind: 'meeting-moved',
  count: (db, s) => countParticipants(db, s),
  recipients: (db, s, after, take) => listParticipants(db, s, after, take),
  async prepare(services, s) {
    const meeting = await loadMeeting(services.db, s.meetingId);
    if (meeting.state === 'cancelled' || meeting.startsAt.toISOString() !== s.startsAt) return null;
    const message = await withCalendar(services, meeting, (locale) => buildChangeNotice('moved', locale, meeting));
    return ({ person }) => ({ idempotencyKey: `moved.${meeting.id}.${meeting.startsAt.getTime()}.${person.id}`, message: message(person.locale) });
  },
});

/** The notice that a meeting is cancelled, with the secretariat's reason. */
export const meetingCancelledFanOut = defineFanOutKind({
  name: 'meeting-cancelled',
  subject: meetingSubject.extend({ reason: z.string().nullable() }),
  deliveryKind: 'meeting-cancelled',
  count: (db, s) => countParticipants(db, s),
  recipients: (db, s, after, take) => listParticipants(db, s, after, take),
  async prepare(services, s) {
    const meeting = await loadMeeting(services.db, s.meetingId);
    const message = await withCalendar(services, meeting, (locale) => buildChangeNotice('cancelled', locale, meeting, s.reason));
    return ({ person }) => ({ idempotencyKey: `cancelled.${meeting.id}.${person.id}`, message: message(person.locale) });
  },
});

/** The fan-outs' own keys: one per meeting and message (a move: per new start time). */
export const meetingFanOutKeys = {
  invite: (meetingId: string) => `invite.${meetingId}`,
  moved: (meetingId: string, startsAt: Date) => `moved.${meetingId}.${startsAt.getTime()}`,
  cancelled: (meetingId: string) => `cancelled.${meetingId}`,
};
