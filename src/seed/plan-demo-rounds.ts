import { addCalendarDays, calendarDayOf, instantAt } from '../calendar/working-days.js';

export interface PlannedRound {
  label: string;
  quarter: number;
  year: number;
  cutoffDate: Date;
  dueDate: Date;
  openedAt: Date;
  closedAt: Date;
}

/**
 * The two most recent reporting rounds that are over by `today` (the latest first): cut-off at the end of
 * a quarter, reports due three weeks later, closed a few days after that.
 */
export function planDemoRounds(today: Date): [PlannedRound, PlannedRound] {
  const day = calendarDayOf(today);
  let year = Number(day.slice(0, 4));
  let quarter = Math.floor((Number(day.slice(5, 7)) - 1) / 3) + 1;
  const rounds: PlannedRound[] = [];
  while (rounds.length < 2) {
    quarter -= 1;
    if (quarter === 0) {
      quarter = 4;
      year -= 1;
    }
    const round = roundFor(year, quarter);
    if (round.closedAt.getTime() < today.getTime()) rounds.push(round);
  }
  return [rounds[0] as PlannedRound, rounds[1] as PlannedRound];
}

function roundFor(year: number, quarter: number): PlannedRound {
  const lastDay = new Date(Date.UTC(year, quarter * 3, 0)).toISOString().slice(0, 10);
  const due = addCalendarDays(lastDay, 21);
  return {
    label: `Q${quarter} ${year}`,
    quarter,
    year,
    cutoffDate: new Date(`${lastDay}T00:00:00Z`),
    dueDate: new Date(`${due}T00:00:00Z`),
    openedAt: instantAt(addCalendarDays(lastDay, -10), '09:00'),
    closedAt: instantAt(addCalendarDays(due, 3), '16:00'),
  };
}
