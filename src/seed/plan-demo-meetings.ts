import { addCalendarDays, calendarDayOf, instantAt, isWorkingDay, type CalendarDay } from '../calendar/working-days.js';
import type { ItemKind, ItemType, MeetingState } from '../generated/prisma/enums.js';
import { formatDate, OSLO } from '../i18n/format-date.js';
import { DIRECTORATE_TOPIC, NUFA_TOPICS, NUIT_TOPICS, PORTFOLIO_TOPIC, type DemoTopic } from './demo-agenda.js';

export interface PlannedPaper {
  title: string;
  link: string;
  submittedAt: Date;
  late: boolean;
}

export interface PlannedItem {
  caseYear: number;
  caseNumber: number;
  position: number;
  kind: ItemKind;
  type: ItemType;
  title: string;
  presenter: string | null;
  proposedDecision: string | null;
  plannedStart: Date;
  /** The final decision, for meetings already held. */
  decision: string | null;
  papers: PlannedPaper[];
  followUp: { owner: string; description: string; dueDate: Date } | null;
}

export interface PlannedMeeting {
  committee: 'NUIT' | 'NUFA';
  year: number;
  number: number;
  startsAt: Date;
  endsAt: Date;
  place: string;
  videoLink: string | null;
  state: MeetingState;
  distributedAt: Date | null;
  decisionsPublishedAt: Date | null;
  minutesDistributedAt: Date | null;
  minutesApprovedAt: Date | null;
  held: boolean;
  items: PlannedItem[];
}

interface CommitteePlan {
  key: 'NUIT' | 'NUFA';
  /** Days from today, before moving to the meeting weekday. */
  offsets: number[];
  /** 0 = Sunday ... 6 = Saturday. */
  weekday: number;
  start: string;
  end: string;
  venue: string;
  chairPresenter: string;
  topics: readonly DemoTopic[];
}

const PLANS: CommitteePlan[] = [
  {
    key: 'NUIT',
    offsets: [-285, -200, -120, -45, 20, 85, 160],
    weekday: 4,
    start: '10:00',
    end: '13:30',
    venue: 'Thon Hotel Opera, Oslo',
    chairPresenter: 'karin-vold',
    topics: NUIT_TOPICS,
  },
  {
    key: 'NUFA',
    offsets: [-300, -215, -135, -60, 9, 70, 145],
    weekday: 3,
    start: '11:00',
    end: '15:00',
    venue: 'Radisson Blu Airport Hotel, Gardermoen',
    chairPresenter: 'anders-moe',
    topics: NUFA_TOPICS,
  },
];

const DAY_MS = 86_400_000;

/**
 * The demo year of NUIT and NUFA meetings around `today`: held meetings with agendas, papers and
 * decisions, the next meeting with its agenda set, and later meetings only planned. NUIT treats the
 * portfolio report in its first meeting after `portfolioClosedAt`. Pure: the same `today` gives the same plan.
 */
export function planDemoMeetings(today: Date, portfolioClosedAt: Date | null): PlannedMeeting[] {
  return PLANS.flatMap((plan) => planCommittee(plan, today, portfolioClosedAt));
}

function planCommittee(plan: CommitteePlan, today: Date, portfolioClosedAt: Date | null): PlannedMeeting[] {
  const todayDay = calendarDayOf(today);
  const days = plan.offsets.map((offset) => meetingDay(addCalendarDays(todayDay, offset), plan.weekday));
  const numbers = new Map<number, number>();
  const caseNumbers = new Map<number, number>();
  let topicIndex = 0;
  let portfolioPlaced = portfolioClosedAt === null;
  let nextUpcomingSeen = false;
  const meetings: PlannedMeeting[] = [];

  days.forEach((day, index) => {
    const year = Number(day.slice(0, 4));
    const number = (numbers.get(year) ?? 0) + 1;
    numbers.set(year, number);
    const startsAt = instantAt(day, plan.start, OSLO);
    const endsAt = instantAt(day, plan.end, OSLO);
    const held = endsAt.getTime() < today.getTime();
    const onSite = index % 2 === 1;
    const withAgenda = held || !nextUpcomingSeen;
    if (!held) nextUpcomingSeen = true;

    const nextDay = days[index + 1];
    const nextStart = nextDay ? instantAt(nextDay, plan.start, OSLO) : null;
    const previousStart = index > 0 ? instantAt(days[index - 1] as CalendarDay, plan.start, OSLO) : new Date(startsAt.getTime() - 80 * DAY_MS);

    const topics: DemoTopic[] = [];
    if (withAgenda) {
      topics.push({ ...DIRECTORATE_TOPIC, presenter: plan.chairPresenter });
      if (plan.key === 'NUIT' && !portfolioPlaced && portfolioClosedAt && startsAt > portfolioClosedAt) {
        topics.push(PORTFOLIO_TOPIC);
        portfolioPlaced = true;
      }
      for (let n = 0; n < 2; n += 1) topics.push(plan.topics[topicIndex++ % plan.topics.length] as DemoTopic);
    }

    const items: PlannedItem[] = [];
    if (withAgenda) {
      let caseNumber = caseNumbers.get(year) ?? 0;
      let clock = startsAt.getTime();
      const add = (kind: ItemKind, topic: DemoTopic | null, fixed?: { title: string; type: ItemType; minutes: number; proposed: string | null }): void => {
        caseNumber += 1;
        const title = topic?.title ?? fixed?.title ?? '';
        const type = topic?.type ?? fixed?.type ?? 'information';
        const proposed = topic ? topic.proposed.replaceAll('{C}', plan.key) : (fixed?.proposed ?? null);
        const regular = kind === 'regular' || kind === 'portfolio';
        const ref = `${plan.key.toLowerCase()}-${caseNumber}-${String(year).slice(2)}`;
        const paperDue = startsAt.getTime() - 14 * DAY_MS;
        const hasPaper = regular && (held || caseNumber % 2 === 0);
        items.push({
          caseYear: year,
          caseNumber,
          position: items.length + 1,
          kind,
          type,
          title,
          presenter: topic?.presenter ?? null,
          proposedDecision: proposed,
          plannedStart: new Date(clock),
          decision: held && kind !== 'any_other_business' ? (topic ? topic.decided.replaceAll('{C}', plan.key) : proposed) : null,
          papers: hasPaper
            ? [
                {
                  title: `Toppnotat – ${title}`,
                  link: `https://dokumenter.example.no/${plan.key.toLowerCase()}/${year}/${ref}-toppnotat.pdf`,
                  // Every fifth case comes in a day late, so the demo has something to chase.
                  submittedAt: new Date(paperDue + (caseNumber % 5 === 0 ? DAY_MS : -2 * DAY_MS)),
                  late: caseNumber % 5 === 0,
                },
              ]
            : [],
          followUp:
            held && topic?.followUp
              ? { owner: topic.followUp.owner, description: topic.followUp.description, dueDate: dateOnly(startsAt.getTime() + topic.followUp.dueInDays * DAY_MS) }
              : null,
        });
        clock += (topic?.minutes ?? fixed?.minutes ?? 5) * 60_000;
      };
      add('notice_and_agenda', null, {
        title: 'Godkjenning av innkalling og saksliste',
        type: 'approval',
        minutes: 2,
        proposed: `${plan.key} godkjenner innkalling og saksliste.`,
      });
      const previousDate = formatDate(previousStart, 'nb');
      add('previous_minutes', null, {
        title: `Godkjenning av referat fra ${plan.key} ${previousDate}`,
        type: 'approval',
        minutes: 3,
        proposed: `${plan.key} godkjenner referatet fra møtet ${previousDate}.`,
      });
      for (const topic of topics) add(topic === PORTFOLIO_TOPIC ? 'portfolio' : 'regular', topic);
      add('any_other_business', null, { title: 'Eventuelt', type: 'information', minutes: 10, proposed: null });
      caseNumbers.set(year, caseNumber);
    }

    meetings.push({
      committee: plan.key,
      year,
      number,
      startsAt,
      endsAt,
      // An empty place with a link reads "Videomøte" / "Video meeting" in each reader's language.
      place: onSite ? plan.venue : '',
      videoLink: onSite ? null : `https://teams.microsoft.com/l/meetup-join/demo-${plan.key.toLowerCase()}-${number}-${year}`,
      state: held ? 'decisions_published' : withAgenda ? 'agenda_set' : 'planned',
      distributedAt: held ? new Date(startsAt.getTime() - 7 * DAY_MS) : null,
      decisionsPublishedAt: held ? new Date(endsAt.getTime() + 2 * DAY_MS) : null,
      minutesDistributedAt: held && endsAt.getTime() + 14 * DAY_MS < today.getTime() ? new Date(endsAt.getTime() + 14 * DAY_MS) : null,
      minutesApprovedAt: held && nextStart && nextStart < today ? nextStart : null,
      held,
      items,
    });
  });
  return meetings;
}

/** The first working day on the committee's weekday from `day` on. */
function meetingDay(day: CalendarDay, weekday: number): CalendarDay {
  let d = day;
  while (new Date(`${d}T12:00:00Z`).getUTCDay() !== weekday || !isWorkingDay(d)) d = addCalendarDays(d, 1);
  return d;
}

/** The Oslo calendar day of an instant, as the UTC midnight Prisma stores in a DATE column. */
function dateOnly(ms: number): Date {
  return new Date(`${calendarDayOf(new Date(ms))}T00:00:00Z`);
}
