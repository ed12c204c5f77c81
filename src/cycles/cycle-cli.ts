import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { instantAt, isCalendarDay } from '../calendar/working-days.js';
import { isAppError } from '../errors.js';
import { isLocale, type Locale } from '../i18n/locale.js';
import { computeSchedule } from './compute-schedule.js';
import { formatScheduleTable, scheduleToJson } from './format-schedule.js';
import { loadCycles } from './load-cycles.js';

/**
 * Prints the schedule of a meeting cycle:
 *   npm run --silent cycle -- --cycle nuit --date 2021-05-20 [--time 10:00] [--json] [--lang nb|en] [--dir workflows]
 * Exit codes: 0 done, 1 invalid workflow files, 2 bad arguments (message on stderr).
 */

const USAGE = `Usage: npm run --silent cycle -- --cycle <name> --date <YYYY-MM-DD> [--time <HH:mm>] [--json] [--lang nb|en] [--dir <folder>]
  --cycle  the meeting cycle (a file in workflows/, e.g. nuit)
  --date   the meeting day, e.g. 2021-05-20
  --time   the meeting's start time in the cycle's time zone (default: the cycle's meetingTime)
  --json   print a JSON array instead of a table
  --lang   language of labels and the table: nb (default) or en
  --dir    the workflows folder (default: workflows/ in the project)`;

const DEFAULT_DIR = fileURLToPath(new URL('../../workflows/', import.meta.url));

class UsageError extends Error {}

async function main(argv: string[]): Promise<void> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        cycle: { type: 'string' },
        date: { type: 'string' },
        time: { type: 'string' },
        json: { type: 'boolean', default: false },
        lang: { type: 'string', default: 'nb' },
        dir: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  if (values.help) {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  if (!values.cycle) throw new UsageError('--cycle is required, e.g. --cycle nuit');
  if (!values.date) throw new UsageError('--date is required, e.g. --date 2021-05-20');
  if (!isCalendarDay(values.date)) throw new UsageError(`--date must be a real day written YYYY-MM-DD, got "${values.date}"`);
  if (values.time !== undefined && !/^([01]\d|2[0-3]):[0-5]\d$/.test(values.time)) {
    throw new UsageError(`--time must be HH:mm, e.g. 10:00, got "${values.time}"`);
  }
  if (!isLocale(values.lang)) throw new UsageError(`--lang must be nb or en, got "${values.lang}"`);
  const locale: Locale = values.lang;

  const registry = await loadCycles(values.dir ?? DEFAULT_DIR);
  if (!registry.has(values.cycle)) {
    throw new UsageError(`unknown cycle "${values.cycle}"; known cycles: ${registry.names().join(', ')}`);
  }
  const cycle = registry.get(values.cycle);
  const meetingStart = instantAt(values.date, values.time ?? cycle.meetingTime, cycle.timeZone);
  const schedule = computeSchedule(cycle, meetingStart);

  const output = values.json
    ? JSON.stringify(scheduleToJson(schedule, locale, cycle.timeZone), null, 2)
    : formatScheduleTable(schedule, { locale, timeZone: cycle.timeZone, title: cycle.labels[locale], meetingStart });
  process.stdout.write(`${output}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  if (error instanceof UsageError) {
    process.stderr.write(`cycle: ${error.message}\n\n${USAGE}\n`);
    process.exitCode = 2;
  } else if (isAppError(error)) {
    process.stderr.write(`cycle: ${error.message}\n`);
    process.exitCode = 1;
  } else {
    process.stderr.write(`cycle: ${(error as Error)?.stack ?? String(error)}\n`);
    process.exitCode = 1;
  }
});
