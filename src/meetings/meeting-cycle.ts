import type { AppServices } from '../app/services.js';
import { computeSchedule, type ScheduledMilestone } from '../cycles/compute-schedule.js';
import type { Cycle, MilestoneAction } from '../cycles/cycle-schema.js';

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

/** The meeting's paper deadline (the first milestone with action paper_deadline), if its cycle has one. */
export function paperDeadlineOf<D extends { milestone: string; dueAt: Date }>(
  services: AppServices,
  meeting: { committee: { cycle: string }; deadlines: D[] },
): D | undefined {
  const names = milestonesWithAction(services, meeting.committee, 'paper_deadline');
  return meeting.deadlines.filter((d) => names.includes(d.milestone)).sort((a, b) => a.dueAt.getTime() - b.dueAt.getTime())[0];
}
