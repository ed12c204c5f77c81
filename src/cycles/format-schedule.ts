import { format } from 'date-fns/format';
import { formatISO } from 'date-fns/formatISO';
import { TZDate } from '@date-fns/tz';
// One file per locale: 'date-fns/locale' would load all of them.
import { enGB } from 'date-fns/locale/en-GB';
import { nb } from 'date-fns/locale/nb';
import { formatDate, formatDateTime, formatTime, OSLO } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { defineTexts, t, type Text } from '../i18n/text.js';
import type { EscalationAudience, ReminderAudience } from './cycle-schema.js';
import type { ScheduledMilestone } from './compute-schedule.js';

/**
 * Renders a computed schedule for people (a table, or rows for a chat preview) and for machines
 * (JSON with ISO 8601 times carrying the zone's offset). Knows no platform.
 */

// Texts with parameters are typed one by one: `defineTexts` (src/i18n/text.ts) does not yet accept
// function-valued texts (its constraint `Text<any>` resolves to plain strings).
const meeting: Text<{ when: string }> = {
  nb: (p) => `Møte: ${p.when}`,
  en: (p) => `Meeting: ${p.when}`,
};
const offset: Text<{ n: number }> = {
  nb: (p) =>
    p.n === 0 ? 'møtedagen' : `${Math.abs(p.n)} ${Math.abs(p.n) === 1 ? 'virkedag' : 'virkedager'} ${p.n < 0 ? 'før' : 'etter'}`,
  en: (p) =>
    p.n === 0 ? 'meeting day' : `${Math.abs(p.n)} working ${Math.abs(p.n) === 1 ? 'day' : 'days'} ${p.n < 0 ? 'before' : 'after'}`,
};
const reminder: Text<{ to: string; when: string }> = {
  nb: (p) => `påminnelse til ${p.to}: ${p.when}`,
  en: (p) => `reminder to ${p.to}: ${p.when}`,
};
const escalation: Text<{ to: string; when: string }> = {
  nb: (p) => `ved manglende leveranse, varsel til ${p.to}: ${p.when}`,
  en: (p) => `if missed, notice to ${p.to}: ${p.when}`,
};

export const scheduleTexts = {
  ...defineTexts({
    headerDay: { nb: 'Dag', en: 'Day' },
    headerDate: { nb: 'Dato', en: 'Date' },
    headerTime: { nb: 'Tid', en: 'Time' },
    headerOffset: { nb: 'Virkedager', en: 'Working days' },
    headerMilestone: { nb: 'Milepæl', en: 'Milestone' },
    and: { nb: 'og', en: 'and' },
    empty: { nb: 'Ingen milepæler.', en: 'No milestones.' },
  }),
  meeting,
  offset,
  reminder,
  escalation,
};

export const audienceTexts = defineTexts({
  presenters: { nb: 'saksansvarlige', en: 'presenters' },
  late_presenters: { nb: 'saksansvarlige som ikke har levert', en: 'presenters who have not delivered' },
  secretariat: { nb: 'sekretariatet', en: 'the secretariat' },
  members: { nb: 'medlemmene', en: 'the members' },
} satisfies Record<ReminderAudience | EscalationAudience, Text>);

export interface ScheduleJson {
  milestone: string;
  action: ScheduledMilestone['action'];
  label: string;
  offset: number;
  /** ISO 8601 with the zone's offset, "2021-05-04T12:00:00+02:00". */
  due: string;
  reminders: { to: ReminderAudience; at: string }[];
  escalation?: { to: EscalationAudience[]; at: string };
}

/** "2021-05-04T12:00:00+02:00": the instant in ISO 8601 with the offset of `timeZone`. */
export function toZonedIso(instant: Date, timeZone: string = OSLO): string {
  return formatISO(new TZDate(instant, timeZone));
}

/** The schedule as plain JSON data, labels in `locale`. */
export function scheduleToJson(schedule: readonly ScheduledMilestone[], locale: Locale, timeZone: string = OSLO): ScheduleJson[] {
  return schedule.map((m) => {
    const json: ScheduleJson = {
      milestone: m.milestone,
      action: m.action,
      label: m.labels[locale],
      offset: m.offset,
      due: toZonedIso(m.due, timeZone),
      reminders: m.reminders.map((r) => ({ to: r.to, at: toZonedIso(r.at, timeZone) })),
    };
    if (m.escalation) json.escalation = { to: [...m.escalation.to], at: toZonedIso(m.escalation.at, timeZone) };
    return json;
  });
}

export interface ScheduleRow {
  milestone: string;
  weekday: string;
  /** "4. mai 2021". */
  date: string;
  /** "kl. 12.00". */
  time: string;
  /** "10 virkedager før". */
  offset: string;
  label: string;
  /** One sentence per reminder and escalation, in time order. */
  notes: string[];
}

/** One row of readable texts per milestone; the chat preview lays these out in its own way. */
export function scheduleRows(schedule: readonly ScheduledMilestone[], locale: Locale, timeZone: string = OSLO): ScheduleRow[] {
  const dateLocale = locale === 'nb' ? nb : enGB;
  const listOf = (to: readonly string[]) => {
    const names = to.map((a) => t(locale, audienceTexts[a as keyof typeof audienceTexts]));
    return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} ${t(locale, scheduleTexts.and)} ${names.at(-1)}`;
  };
  return schedule.map((m) => {
    const notes = m.reminders.map((r) =>
      t(locale, scheduleTexts.reminder, { to: listOf([r.to]), when: formatDateTime(r.at, locale, timeZone) }),
    );
    if (m.escalation) {
      notes.push(
        t(locale, scheduleTexts.escalation, {
          to: listOf(m.escalation.to),
          when: formatDateTime(m.escalation.at, locale, timeZone),
        }),
      );
    }
    return {
      milestone: m.milestone,
      weekday: format(new TZDate(m.due, timeZone), 'EEEE', { locale: dateLocale }),
      date: formatDate(m.due, locale, timeZone),
      time: formatTime(m.due, locale, timeZone),
      offset: t(locale, scheduleTexts.offset, { n: m.offset }),
      label: m.labels[locale],
      notes,
    };
  });
}

export interface TableOptions {
  locale: Locale;
  timeZone?: string;
  /** A heading line, e.g. the cycle's label. */
  title?: string;
  meetingStart?: Date;
}

/** A plain-text table of the schedule, one line per milestone and an indented line per reminder. */
export function formatScheduleTable(schedule: readonly ScheduledMilestone[], options: TableOptions): string {
  const { locale, timeZone = OSLO } = options;
  const lines: string[] = [];
  if (options.title) lines.push(options.title);
  if (options.meetingStart) {
    lines.push(t(locale, scheduleTexts.meeting, { when: formatDateTime(options.meetingStart, locale, timeZone) }));
  }
  if (lines.length > 0) lines.push('');
  const rows = scheduleRows(schedule, locale, timeZone);
  if (rows.length === 0) return [...lines, t(locale, scheduleTexts.empty)].join('\n');

  const header = [
    t(locale, scheduleTexts.headerDay),
    t(locale, scheduleTexts.headerDate),
    t(locale, scheduleTexts.headerTime),
    t(locale, scheduleTexts.headerOffset),
    t(locale, scheduleTexts.headerMilestone),
  ];
  const cells = rows.map((r) => [r.weekday, r.date, r.time, r.offset, r.label]);
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((cell, i) => (i === c.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ');
  lines.push(line(header), widths.map((w) => '-'.repeat(w)).join('  '));
  rows.forEach((r, i) => {
    lines.push(line(cells[i]!));
    for (const note of r.notes) lines.push(`    · ${note}`);
  });
  return lines.join('\n');
}
