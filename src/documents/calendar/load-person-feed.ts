import { randomBytes } from 'node:crypto';
import type { AppServices } from '../../app/services.js';
import type { Db } from '../../db/prisma.js';
import { toLocale } from '../../i18n/locale.js';
import { personFeedIcs, type CalendarMeeting } from './build-calendar.js';

const FEED_DAYS_BACK = 365;

/** The person's calendar token, made once (32 random bytes, URL-safe): the only key to their feed. */
export async function ensureCalendarToken(db: Db, personId: string): Promise<string> {
  const person = await db.person.findUniqueOrThrow({ where: { id: personId }, select: { calendarToken: true } });
  if (person.calendarToken) return person.calendarToken;
  const token = randomBytes(32).toString('base64url');
  await db.person.updateMany({ where: { id: personId, calendarToken: null }, data: { calendarToken: token } });
  return (await db.person.findUniqueOrThrow({ where: { id: personId }, select: { calendarToken: true } })).calendarToken!;
}

/** The feed's address under the bot's public base, or null without one. */
export function calendarFeedUrl(baseUrl: string | null, token: string): string | null {
  return baseUrl ? `${baseUrl.replace(/\/$/, '')}/calendar/${token}.ics` : null;
}

/**
 * The .ics feed of the person holding `token`: the meetings of every committee they sit in (from a year back,
 * cancelled ones marked cancelled) and the paper deadlines of the items they present. Null for an unknown token.
 */
export async function loadPersonFeed(services: Pick<AppServices, 'db' | 'clock' | 'cycles'>, token: string): Promise<string | null> {
  const { db } = services;
  const person = await db.person.findUnique({ where: { calendarToken: token } });
  if (!person) return null;
  const since = new Date(services.clock().getTime() - FEED_DAYS_BACK * 86_400_000);
  const memberships = await db.membership.findMany({ where: { personId: person.id }, select: { committeeId: true } });
  const meetings: CalendarMeeting[] = await db.meeting.findMany({
    where: { committeeId: { in: [...new Set(memberships.map((m) => m.committeeId))] }, startsAt: { gte: since } },
    include: { committee: true },
    orderBy: { startsAt: 'asc' },
  });
  const items = await db.agendaItem.findMany({
    where: { presenterId: person.id, removedAt: null, meeting: { startsAt: { gte: since } } },
    include: { meeting: { include: { committee: true, deadlines: true } } },
  });
  const deadlines = items.flatMap((item) => {
    const actions = services.cycles.has(item.meeting.committee.cycle) ? services.cycles.get(item.meeting.committee.cycle) : services.cycles.get('default');
    const names = Object.entries(actions.milestones).filter(([, m]) => m.action === 'paper_deadline').map(([name]) => name);
    const due = item.meeting.deadlines.filter((d) => names.includes(d.milestone)).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
    return due ? [{ itemId: item.id, caseNumber: item.caseNumber, caseYear: item.caseYear, title: item.title, dueAt: due.dueAt, updatedAt: due.updatedAt, meeting: item.meeting }] : [];
  });
  return personFeedIcs(person.name, toLocale(person.locale), meetings, deadlines);
}
