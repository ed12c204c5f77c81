import { parseDay } from '../../calendar/parse-day.js';
import { parseTime } from '../../calendar/parse-time.js';
import { calendarDayOf, instantAt } from '../../calendar/working-days.js';
import type { CommandDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { computeSchedule } from '../../cycles/compute-schedule.js';
import { scheduleRows, scheduleTexts } from '../../cycles/format-schedule.js';
import { formatDateTime } from '../../i18n/format-date.js';
import { t } from '../../i18n/text.js';
import type { Block } from '../../ui/model.js';
import { meetingTexts } from '../texts.js';

const PREVIEW_WORDS = ['preview', 'vis', 'forhåndsvis', 'forhandsvis'];

/**
 * `cycle preview nuit 20.05.2026` / `syklus vis nuit 2026-05-20 kl. 10`: the milestones of a cycle for a meeting
 * day, at the cycle's meeting time unless one is written (`kl. 10`, `10.00`, `10:00`).
 */
export const cycleCommand: CommandDefinition = {
  name: 'cycle',
  aliases: ['syklus'],
  summary: meetingTexts.cycleSummary,
  usage: meetingTexts.cycleUsage,
  requiresPerson: true,
  async run({ actor, services }, args) {
    const locale = actor.locale;
    const rest = PREVIEW_WORDS.includes((args[0] ?? '').toLowerCase()) ? args.slice(1) : args;
    const [name, typedDate, ...timeWords] = rest;
    if (!name || !typedDate) return reply.message(plainMessage(t(locale, meetingTexts.cycleHelp)));
    const cycle = services.cycles.get(name.toLowerCase());
    const date = parseDay(typedDate, calendarDayOf(services.clock(), cycle.timeZone));
    if (!date) return reply.message(plainMessage(t(locale, meetingTexts.cycleBadDate)));
    const time = timeWords.length > 0 ? parseTime(timeWords.join(' ')) : cycle.meetingTime;
    if (!time) return reply.message(plainMessage(t(locale, meetingTexts.cycleBadTime)));
    const meetingStart = instantAt(date, time, cycle.timeZone);
    const rows = scheduleRows(computeSchedule(cycle, meetingStart), locale, cycle.timeZone);
    const blocks: Block[] = [
      { type: 'header', text: cycle.labels[locale] },
      { type: 'context', text: t(locale, scheduleTexts.meeting, { when: formatDateTime(meetingStart, locale, cycle.timeZone) }) },
      ...rows.map((r): Block => ({
        type: 'text',
        text: [`**${r.label}**: ${r.weekday} ${r.date} ${r.time} (${r.offset})`, ...r.notes.map((n) => `· ${n}`)].join('\n'),
      })),
    ];
    return reply.message({ text: `${cycle.labels[locale]}\n${rows.map((r) => `${r.date} ${r.label}`).join('\n')}`, blocks });
  },
};
