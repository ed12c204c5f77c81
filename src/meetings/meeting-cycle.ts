import type { AppServices } from '../app/services.js';
import { computeSchedule, type ScheduledMilestone } from '../cycles/compute-schedule.js';
import type { Cycle, MilestoneAction } from '../cycles/cycle-schema.js';
import { formatDateTime, formatTime, isoDay, OSLO } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { meetingTexts } from './texts.js';

/** The committee's cycle; a committee naming an unknown cycle runs on `default`. */
export function cycleOf(services: AppServices, committee: { cycle: string }): Cycle {
  return services.cycles.get(services.cycles.has(committee.cycle) ? committee.cycle : 'default');
}

export function meetingSchedule(services: AppServices, meeting: { startsAt: Date; committee: { cycle: string } }): ScheduledMilestone[] {
  return computeSchedule(cycleOf(services, meeting.committee), meeting.startsAt);
}

/** Names of the committee's milestones with the given action (e.g. the paper deadline). */
export function milestonesWithAction(services: AppServices, committee: { cycle: string }, action: MilestoneAction): string[] {
  return Object.entries(cycleOf(services, committee).milestones)
    .filter(([, m]) => m.action === action)
    .map(([name]) => name);
}

/** The paper deadline the cycle gives the meeting at its current start (computed, so it is right before the rows are synced). */
export function scheduledPaperDeadline(services: AppServices, meeting: { startsAt: Date; committee: { cycle: string } }): Date | null {
  const due = meetingSchedule(services, meeting).filter((m) => m.action === 'paper_deadline').map((m) => m.due.getTime());
  return due.length > 0 ? new Date(Math.min(...due)) : null;
}

/** The meeting's paper deadline (the first milestone with action paper_deadline), if its cycle has one. */
export function paperDeadlineOf<D extends { milestone: string; dueAt: Date }>(
  services: AppServices,
  meeting: { committee: { cycle: string }; deadlines: D[] },
): D | undefined {
  const names = milestonesWithAction(services, meeting.committee, 'paper_deadline');
  return meeting.deadlines.filter((d) => names.includes(d.milestone)).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
}

/**
 * The note to the secretariat about a meeting planned at short notice: which past milestones will still run and
 * when (in the committee's time zone: "kl. 11.30", with the day when it is not today), which are skipped, by their
 * labels in `locale`; null when none had passed.
 */
export function describeLateMilestones(
  services: AppServices,
  committee: { cycle: string; timeZone?: string },
  late: { ran: string[]; skipped: string[]; runAt?: Date },
  locale: Locale,
): string | null {
  if (late.ran.length === 0 && late.skipped.length === 0) return null;
  const milestones = cycleOf(services, committee).milestones;
  const and = locale === 'nb' ? ' og ' : ' and ';
  const list = (names: string[]) => {
    const labels = names.map((name) => milestones[name]?.labels[locale] ?? name);
    return labels.length < 2 ? (labels[0] ?? '') : `${labels.slice(0, -1).join(', ')}${and}${labels.at(-1)}`;
  };
  const now = services.clock();
  const timeZone = committee.timeZone ?? OSLO;
  let at = '';
  if (late.runAt && late.runAt.getTime() > now.getTime()) {
    at = isoDay(late.runAt, timeZone) === isoDay(now, timeZone) ? formatTime(late.runAt, locale, timeZone) : formatDateTime(late.runAt, locale, timeZone);
  }
  return t(locale, meetingTexts.shortNotice, { ran: list(late.ran), skipped: list(late.skipped), at });
}
