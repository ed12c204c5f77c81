import { z } from 'zod';
import type { AppServices } from '../app/services.js';
import { meetingIcsUrl } from '../documents/calendar/meeting-ics-url.js';
import { preparePaperDeadlineCalendars } from '../documents/calendar/paper-deadline-ics-url.js';
import { documentTexts } from '../documents/texts.js';
import { t } from '../i18n/text.js';
import { toLocale, type Locale } from '../i18n/locale.js';
import { defineFanOutKind } from '../outbox/fan-out-kind.js';
import type { Message } from '../ui/model.js';
import { countInvitees, countMissingPresenters, countParticipants, listInvitees, listMissingPresenters, listParticipants } from './invite-recipients.js';
import { loadMeeting, needsPaper, type LoadedMeeting } from './load-meeting.js';
import { buildChangeNotice, buildMemberMessage } from './member-messages.js';
import { scheduledPaperDeadline } from './meeting-cycle.js';
import { buildPaperArrived, buildPaperToFollow } from './presenter-messages.js';

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
  const addLink = await calendarLink(services, meeting);
  return perLocale((locale) => addLink(build(locale), locale));
}

/** Adds the meeting's "Add to calendar" link (its .ics in the reader's language) to a message. */
async function calendarLink(services: AppServices, meeting: LoadedMeeting): Promise<(message: Message, locale: Locale) => Message> {
  const urls = { nb: await meetingIcsUrl(services, meeting, 'nb'), en: await meetingIcsUrl(services, meeting, 'en') };
  return (message, locale) => {
    const url = urls[locale];
    return url ? { ...message, blocks: [...message.blocks, { type: 'actions', buttons: [{ url, label: t(locale, documentTexts.addToCalendar) }] }] } : message;
  };
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
    const addLink = await calendarLink(services, meeting);
    const message = perLocale((locale) => addLink(buildChangeNotice('moved', locale, meeting), locale));
    const dueAt = scheduledPaperDeadline(services, meeting);
    // Moved to short notice: the deadline is already behind us, so it is not offered as a new one.
    const passed = !!dueAt && dueAt.getTime() <= services.clock().getTime();
    const owing = meeting.agendaItems.filter((i) => i.presenterId && needsPaper(i) && i.papers.length === 0);
    // The moved deadline's calendar entry (same UID, the meeting's raised SEQUENCE) for each presenter still owing a paper.
    const deadlineLinks = dueAt ? await preparePaperDeadlineCalendars(services, meeting, owing, dueAt) : null;
    return ({ person }) => {
      // A presenter still owing a paper gets the new deadline in the same message; everyone else the shared one.
      const owed = owing.filter((i) => i.presenterId === person.id);
      const locale = toLocale(person.locale);
      const own =
        dueAt && deadlineLinks && owed.length > 0
          ? deadlineLinks(addLink(buildChangeNotice('moved', locale, meeting, null, { items: owed, dueAt, passed }), locale), locale, owed.map((i) => i.id))
          : message(person.locale);
      return { idempotencyKey: `moved.${meeting.id}.${meeting.startsAt.getTime()}.${person.id}`, message: own };
    };
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
    // Presenters also get the cancellation of their paper deadlines' entries (METHOD:CANCEL, same UIDs).
    const dueAt = scheduledPaperDeadline(services, meeting);
    const presented = meeting.agendaItems.filter((i) => i.presenterId && needsPaper(i));
    const deadlineLinks = dueAt && presented.length > 0 ? await preparePaperDeadlineCalendars(services, meeting, presented, dueAt) : null;
    return ({ person }) => {
      const own = presented.filter((i) => i.presenterId === person.id).map((i) => i.id);
      const base = message(person.locale);
      return { idempotencyKey: `cancelled.${meeting.id}.${person.id}`, message: deadlineLinks && own.length > 0 ? deadlineLinks(base, toLocale(person.locale), own) : base };
    };
  },
});

/** At distribution: each presenter whose paper is missing is told it is marked "to follow" (one message, every such item). */
export const paperToFollowFanOut = defineFanOutKind({
  name: 'meeting-paper-to-follow',
  subject: meetingSubject,
  deliveryKind: 'paper-to-follow',
  count: (db, s) => countMissingPresenters(db, s.meetingId),
  recipients: (db, s, after, take) => listMissingPresenters(db, s.meetingId, after, take),
  async prepare(services, s) {
    const meeting = await loadMeeting(services.db, s.meetingId);
    if (meeting.state === 'cancelled') return null;
    return ({ person }) => {
      const items = meeting.agendaItems.filter((i) => i.presenterId === person.id && needsPaper(i) && i.papers.length === 0);
      return { idempotencyKey: `paper-to-follow.${meeting.id}.${person.id}`, message: buildPaperToFollow(toLocale(person.locale), meeting, items) };
    };
  },
});

/** A paper marked "to follow" in the distributed agenda has come: every member, chair and observer is told, once per item. */
export const paperArrivedFanOut = defineFanOutKind({
  name: 'meeting-paper-arrived',
  subject: meetingSubject.extend({ itemId: z.string().min(1) }),
  deliveryKind: 'paper-arrived',
  count: (db, s) => countInvitees(db, s.committeeId),
  recipients: (db, s, after, take) => listInvitees(db, s.committeeId, after, take),
  async prepare(services, s) {
    const meeting = await loadMeeting(services.db, s.meetingId);
    const item = meeting.agendaItems.find((i) => i.id === s.itemId);
    if (meeting.state === 'cancelled' || !item) return null;
    const message = perLocale((locale) => buildPaperArrived(locale, meeting, item));
    return ({ person }) => ({ idempotencyKey: `paper-arrived.${item.id}.${person.id}`, message: message(person.locale) });
  },
});

/** The fan-outs' own keys: one per meeting and message (a move: per new start time). */
export const meetingFanOutKeys = {
  invite: (meetingId: string) => `invite.${meetingId}`,
  moved: (meetingId: string, startsAt: Date) => `moved.${meetingId}.${startsAt.getTime()}`,
  cancelled: (meetingId: string) => `cancelled.${meetingId}`,
  paperToFollow: (meetingId: string) => `paper-to-follow.${meetingId}`,
  paperArrived: (itemId: string) => `paper-arrived.${itemId}`,
};
