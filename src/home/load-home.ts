import { loadPersonRights, type PersonRights } from '../access/person-rights.js';
import type { AppServices } from '../app/services.js';
import { dependencyInclude, isOpenRed, providerPersonIds } from '../dependencies/dependency-people.js';
import { providerName } from '../dependencies/dependency-labels.js';
import { calendarFeedUrl, ensureCalendarToken } from '../documents/calendar/load-person-feed.js';
import { fileBaseUrl } from '../files/store-file.js';
import { formatCaseNumber, formatMeetingRef } from '../i18n/format-numbers.js';
import type { Locale } from '../i18n/locale.js';
import { itemTitle } from '../meetings/item-title.js';
import { cycleOf, meetingSchedule, paperDeadlineOf } from '../meetings/meeting-cycle.js';
import { loadRoundScope } from '../portfolio/load-round-scope.js';
import { HOME_ROWS } from './ids.js';

/** A part of the home: the first rows and how many there are in all. */
export interface HomeList<T> {
  rows: T[];
  total: number;
}

/** Everything the home shows one person, in plain data (`build-home.ts` turns it into a message). */
export interface HomeData {
  person: { id: string; name: string };
  rights: PersonRights;
  now: Date;
  meetings: HomeList<{ id: string; ref: string; startsAt: Date; timeZone: string; nextDeadline: { label: string; dueAt: Date } | null }>;
  papers: HomeList<{ itemId: string; caseNumber: string; title: string; meetingRef: string; deadline: Date | null; timeZone: string }>;
  reports: HomeList<{ roundId: string; roundLabel: string; dueDate: Date; initiativeId: string; initiativeName: string; draft: boolean }>;
  dependencies: HomeList<{ id: string; initiativeName: string; description: string; provider: string }>;
  followUps: HomeList<{ id: string; description: string; meetingRef: string; dueDate: Date }>;
  /** The open reporting round, for those who manage rounds. */
  openRound: { id: string; label: string; dueDate: Date; submitted: number; total: number } | null;
  /** When no round is open: the round closed last, for those who manage rounds (its way back, "Reopen"). */
  closedRound: { id: string; label: string } | null;
  calendarUrl: string | null;
}

const list = <T>(all: T[]): HomeList<T> => ({ rows: all.slice(0, HOME_ROWS), total: all.length });

/**
 * What one person has to do and what is next: the next meetings of their committees with each one's next
 * deadline; the papers they present that are not in; the status reports they owe in an open round; the red
 * dependencies they answer for; their open follow-ups; and what they may do as secretariat (`src/access`).
 * About the asker only. Makes the person's calendar token at the first ask, as the `calendar` command does.
 */
export async function loadHome(services: AppServices, personId: string, locale: Locale): Promise<HomeData> {
  const { db } = services;
  const now = services.clock();
  const person = await db.person.findUniqueOrThrow({ where: { id: personId }, select: { id: true, name: true, organisationId: true } });
  const rights = await loadPersonRights(db, personId);
  const seats = await db.membership.findMany({ where: { personId }, select: { committeeId: true } });
  const committeeIds = [...new Set(seats.map((s) => s.committeeId))];

  const [meetings, items, dependencies, followUps, rounds, contactOrgs, token] = await Promise.all([
    db.meeting.findMany({
      where: { committeeId: { in: committeeIds }, startsAt: { gte: now }, state: { not: 'cancelled' } },
      include: { committee: true, deadlines: { orderBy: { dueAt: 'asc' } } },
      orderBy: { startsAt: 'asc' },
      take: 20,
    }),
    db.agendaItem.findMany({
      where: { presenterId: personId, removedAt: null, papers: { none: {} }, meeting: { startsAt: { gte: now }, state: { not: 'cancelled' } } },
      include: { meeting: { include: { committee: true, deadlines: true } } },
      orderBy: { meeting: { startsAt: 'asc' } },
    }),
    db.dependency.findMany({
      where: {
        status: 'red',
        resolvedAt: null,
        OR: [{ initiative: { ownerId: personId } }, { providerInitiative: { ownerId: personId } }, { providerOrganisation: { portfolioContacts: { some: { personId } } } }],
      },
      include: dependencyInclude,
      orderBy: [{ criticality: 'asc' }, { redSince: 'asc' }],
    }),
    db.followUp.findMany({
      where: { ownerId: personId, doneAt: null, decision: { publishedAt: { not: null } } },
      include: { decision: { include: { item: { include: { meeting: { include: { committee: true } } } } } } },
      orderBy: [{ dueDate: 'asc' }, { createdAt: 'asc' }],
    }),
    db.reportingRound.findMany({ where: { state: 'open' }, orderBy: { dueDate: 'asc' } }),
    db.portfolioContact.findMany({ where: { personId }, select: { organisationId: true } }),
    ensureCalendarToken(db, personId),
  ]);

  const reports: HomeData['reports']['rows'] = [];
  let openRound: HomeData['openRound'] = null;
  for (const round of rounds) {
    const scope = await loadRoundScope(db, round);
    if (rights.managesRounds && !openRound) {
      openRound = { id: round.id, label: round.label, dueDate: round.dueDate, submitted: scope.filter((e) => e.status === 'submitted').length, total: scope.length };
    }
    for (const entry of scope) {
      const mine = entry.initiative.ownerId === personId || contactOrgs.some((c) => c.organisationId === entry.initiative.organisationId);
      if (mine && entry.status !== 'submitted') {
        reports.push({ roundId: round.id, roundLabel: round.label, dueDate: round.dueDate, initiativeId: entry.initiative.id, initiativeName: entry.initiative.name, draft: entry.status === 'draft' });
      }
    }
  }

  return {
    person: { id: person.id, name: person.name },
    rights,
    now,
    meetings: list(
      meetings.map((m) => {
        // The meeting's deadline rows decide (a done or skipped one is not next); a meeting without rows yet
        // (made before its jobs were planned) shows its cycle's schedule.
        const next = m.deadlines.length > 0 ? m.deadlines.find((d) => d.state === 'pending' && d.dueAt >= now) : meetingSchedule(services, m).find((d) => d.due >= now);
        const name = next?.milestone ?? null;
        const dueAt = next ? ('dueAt' in next ? next.dueAt : next.due) : null;
        const label = name ? (cycleOf(services, m.committee).milestones[name]?.labels[locale] ?? name) : null;
        return { id: m.id, ref: formatMeetingRef(m.committee.key, m), startsAt: m.startsAt, timeZone: m.committee.timeZone, nextDeadline: label && dueAt ? { label, dueAt } : null };
      }),
    ),
    papers: list(
      items.map((item) => ({
        itemId: item.id,
        caseNumber: formatCaseNumber(item),
        title: itemTitle(item, locale),
        meetingRef: formatMeetingRef(item.meeting.committee.key, item.meeting),
        deadline: paperDeadlineOf(services, item.meeting)?.dueAt ?? null,
        timeZone: item.meeting.committee.timeZone,
      })),
    ),
    reports: list(reports),
    dependencies: list(
      dependencies
        .filter((d) => isOpenRed(d) && (d.initiative.ownerId === personId || providerPersonIds(d).includes(personId)))
        .map((d) => ({ id: d.id, initiativeName: d.initiative.name, description: d.description, provider: providerName(locale, d) })),
    ),
    followUps: list(
      followUps.map((f) => ({ id: f.id, description: f.description, meetingRef: formatMeetingRef(f.decision.item.meeting.committee.key, f.decision.item.meeting), dueDate: f.dueDate })),
    ),
    openRound,
    closedRound: openRound ? null : await loadClosedRound(services, rights.managesRounds),
    calendarUrl: calendarFeedUrl(fileBaseUrl(services.config), token),
  };
}

/** The round closed last (for "Reopen" on the home when none is open); null for those who do not manage rounds. */
async function loadClosedRound(services: AppServices, managesRounds: boolean): Promise<HomeData['closedRound']> {
  if (!managesRounds) return null;
  const round = await services.db.reportingRound.findFirst({ where: { state: 'closed' }, orderBy: [{ closedAt: { sort: 'desc', nulls: 'last' } }, { dueDate: 'desc' }] });
  return round ? { id: round.id, label: round.label } : null;
}

/**
 * What the secretariat's buttons need (`secretariatBlocks`): the person's rights and, for those who manage rounds,
 * the open round, or else the round closed last.
 */
export async function loadSecretariatView(services: AppServices, personId: string | null): Promise<Pick<HomeData, 'rights' | 'openRound' | 'closedRound'>> {
  const rights = await loadPersonRights(services.db, personId);
  if (!rights.managesRounds) return { rights, openRound: null, closedRound: null };
  const round = await services.db.reportingRound.findFirst({ where: { state: 'open' }, orderBy: { dueDate: 'asc' } });
  if (!round) return { rights, openRound: null, closedRound: await loadClosedRound(services, true) };
  const scope = await loadRoundScope(services.db, round);
  return { rights, openRound: { id: round.id, label: round.label, dueDate: round.dueDate, submitted: scope.filter((e) => e.status === 'submitted').length, total: scope.length }, closedRound: null };
}
