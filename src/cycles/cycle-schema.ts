import { z } from 'zod';
import { OSLO } from '../i18n/format-date.js';
import { CLOSED_DAY_PATTERN, DEFAULT_EXTRA_CLOSED_DAYS, isTimeZone } from '../calendar/working-days.js';

/**
 * The declarative meeting cycle of a committee (one `workflows/<name>.yaml`) and the portfolio
 * reporting policy (`workflows/portfolio.yaml`). Every key is described in docs/workflows.md.
 * Keys are camelCase; names chosen by the secretariat (cycle and milestone names) are snake_case.
 */

/** What the bot does when a milestone falls due. */
export const MILESTONE_ACTIONS = [
  'call_for_items',
  'agenda_set',
  'paper_deadline',
  'distribute_agenda',
  'member_reminder',
  'decision_summary',
  'draft_minutes',
] as const;
export type MilestoneAction = (typeof MILESTONE_ACTIONS)[number];

/**
 * Who a reminder goes to. `presenters`: the presenters of the meeting's items (for a paper deadline
 * the sender leaves out those who have delivered); `late_presenters`: presenters whose paper is past
 * its deadline; `secretariat`; `members`: members and observers of the committee.
 */
export const REMINDER_AUDIENCES = ['presenters', 'secretariat', 'members', 'late_presenters'] as const;
export type ReminderAudience = (typeof REMINDER_AUDIENCES)[number];

/** Who hears of a missed milestone: `presenters` (only those who missed it) and/or `secretariat` (a digest). */
export const ESCALATION_AUDIENCES = ['secretariat', 'presenters'] as const;
export type EscalationAudience = (typeof ESCALATION_AUDIENCES)[number];

/** Who the portfolio reminders go to. */
export const PORTFOLIO_AUDIENCES = ['initiative_owners', 'portfolio_contacts', 'secretariat'] as const;
export type PortfolioAudience = (typeof PORTFOLIO_AUDIENCES)[number];

export const DEPENDENCY_CRITICALITIES = ['high', 'medium', 'low'] as const;
export type DependencyCriticality = (typeof DEPENDENCY_CRITICALITIES)[number];

/** The default time of day of milestones and reminders when a file names none. */
export const DEFAULT_MILESTONE_TIME = '09:00';
/** The default start time of a meeting when neither the caller nor the file names one. */
export const DEFAULT_MEETING_TIME = '10:00';

/** A zod error callback: "is required" for a missing key, otherwise "expected <what>". */
function expected(what: string) {
  return (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : `expected ${what}`);
}

function wholeNumber(min: number, max: number) {
  return z
    .int({ error: expected('a whole number') })
    .min(min, `expected a whole number from ${min} to ${max}`)
    .max(max, `expected a whole number from ${min} to ${max}`);
}

function oneOf<const T extends readonly [string, ...string[]]>(values: T) {
  return z.enum(values, { error: expected(`one of: ${values.join(', ')}`) });
}

/** One value or a list of values, read as a list of at least one. */
function oneOrMore<const T extends readonly [string, ...string[]]>(values: T) {
  return z.preprocess(
    (v) => (typeof v === 'string' ? [v] : v),
    z.array(oneOf(values), { error: expected(`one of ${values.join(', ')}, or a list of them`) }).min(1, 'expected at least one'),
  );
}

const name = z
  .string({ error: expected('a name') })
  .regex(/^[a-z][a-z0-9_]*$/, 'expected a name of lower-case letters, digits and _, starting with a letter');

const timeOfDay = z
  .string({ error: expected('a time "HH:mm" in quotes, e.g. "09:00"') })
  .regex(/^([01]\d|2[0-3]):[0-5]\d$/, 'expected a time "HH:mm", e.g. "09:00"');

const timeZone = z
  .string({ error: expected('an IANA time zone, e.g. Europe/Oslo') })
  .refine(isTimeZone, 'expected an IANA time zone, e.g. Europe/Oslo');

const closedDay = z
  .string({ error: expected('a day "MM-DD" or "YYYY-MM-DD" in quotes') })
  .regex(CLOSED_DAY_PATTERN, 'expected a day "MM-DD" (every year) or "YYYY-MM-DD" (once), e.g. "12-24"');

const labels = z.strictObject(
  {
    nb: z.string({ error: expected('a text in Norwegian bokmål') }).min(1, 'must not be empty'),
    en: z.string({ error: expected('a text in English') }).min(1, 'must not be empty'),
  },
  { error: expected('labels with nb and en') },
);
export type Labels = z.output<typeof labels>;

const calendarKeys = {
  timeZone: timeZone.default(OSLO),
  defaultTime: timeOfDay.default(DEFAULT_MILESTONE_TIME),
  extraClosedDays: z
    .array(closedDay, { error: expected('a list of days, e.g. ["12-24", "12-31"]') })
    .default(() => [...DEFAULT_EXTRA_CLOSED_DAYS]),
};

const reminder = z.strictObject(
  {
    to: oneOf(REMINDER_AUDIENCES),
    before: wholeNumber(0, 60),
    at: timeOfDay.optional(),
  },
  { error: expected('a reminder { to, before }') },
);

const escalation = z.strictObject(
  {
    after: wholeNumber(0, 60),
    to: oneOrMore(ESCALATION_AUDIENCES),
    at: timeOfDay.optional(),
  },
  { error: expected('an escalation { after, to }') },
);

const milestone = z.strictObject(
  {
    offset: wholeNumber(-250, 250),
    at: timeOfDay.optional(),
    action: oneOf(MILESTONE_ACTIONS),
    labels,
    reminders: z.array(reminder, { error: expected('a list of reminders') }).default([]),
    escalation: escalation.optional(),
  },
  { error: expected('a milestone { offset, action, labels }') },
);

export const cycleSchema = z
  .strictObject(
    {
      name,
      labels,
      ...calendarKeys,
      meetingTime: timeOfDay.default(DEFAULT_MEETING_TIME),
      milestones: z
        .record(name, milestone, { error: expected('a mapping of milestone names to milestones') })
        .refine((m) => Object.keys(m).length > 0, 'expected at least one milestone'),
    },
    { error: expected('a mapping with name, labels and milestones') },
  )
  .superRefine((cycle, ctx) => {
    // A same-day reminder must come before the deadline, a same-day escalation after it.
    for (const [key, m] of Object.entries(cycle.milestones)) {
      const due = m.at ?? cycle.defaultTime;
      m.reminders.forEach((r, i) => {
        const at = r.at ?? cycle.defaultTime;
        if (r.before === 0 && at >= due) {
          ctx.addIssue({
            code: 'custom',
            path: ['milestones', key, 'reminders', i, 'at'],
            message: `a reminder on the day (before: 0) must be earlier than the milestone's time ${due}, got ${at}`,
          });
        }
      });
      const e = m.escalation;
      if (e && e.after === 0 && (e.at ?? cycle.defaultTime) <= due) {
        ctx.addIssue({
          code: 'custom',
          path: ['milestones', key, 'escalation', 'at'],
          message: `an escalation on the day (after: 0) must be later than the milestone's time ${due}, got ${e.at ?? cycle.defaultTime}`,
        });
      }
    }
  });

/** A validated meeting cycle, defaults filled in. */
export type Cycle = z.output<typeof cycleSchema>;
export type Milestone = Cycle['milestones'][string];
export type Reminder = Milestone['reminders'][number];
export type Escalation = NonNullable<Milestone['escalation']>;

const portfolioReminder = z.strictObject(
  {
    to: oneOf(PORTFOLIO_AUDIENCES),
    before: wholeNumber(0, 60),
    at: timeOfDay.optional(),
  },
  { error: expected('a reminder { to, before }') },
);

export const portfolioPolicySchema = z.strictObject(
  {
    /**
     * The key of the committee the portfolio belongs to: its secretariat alone opens, closes, reminds and
     * summarises rounds and sees all reports. Left out: the committee the roster marks `treatsPortfolio`, else NUIT.
     */
    committee: z.string({ error: expected('a committee key, e.g. NUIT') }).trim().min(1, 'must not be empty').optional(),
    ...calendarKeys,
    reportingRound: z.strictObject(
      {
        reminders: z.array(portfolioReminder, { error: expected('a list of reminders') }).default([]),
        escalation: z
          .strictObject(
            { after: wholeNumber(1, 60), to: oneOrMore(PORTFOLIO_AUDIENCES), at: timeOfDay.optional() },
            { error: expected('an escalation { after, to }') },
          )
          .optional(),
      },
      { error: expected('a mapping with reminders and escalation') },
    ),
    redDependencies: z.strictObject(
      {
        to: oneOrMore(PORTFOLIO_AUDIENCES).default(['initiative_owners']),
        criticality: z
          .array(oneOf(DEPENDENCY_CRITICALITIES), { error: expected('a list, e.g. [high, medium]') })
          .min(1, 'expected at least one')
          .default([...DEPENDENCY_CRITICALITIES]),
        every: wholeNumber(1, 250),
        beforeDue: z.array(wholeNumber(0, 60), { error: expected('a list of working days, e.g. [5]') }).default([]),
        at: timeOfDay.optional(),
        groupByPerson: z.boolean({ error: expected('true or false') }).default(true),
      },
      { error: expected('a mapping with every, beforeDue and groupByPerson') },
    ),
  },
  { error: expected('a mapping with reportingRound and redDependencies') },
);

/** The validated portfolio reporting policy, defaults filled in. */
export type PortfolioPolicy = z.output<typeof portfolioPolicySchema>;
