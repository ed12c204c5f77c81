import { assertAccess } from '../../access/decide-access.js';
import type { CommandDefinition, TurnContext } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply, type Reply } from '../../conversation/reply.js';
import { AppError, ErrorCode } from '../../errors.js';
import { formatDate, isoDay } from '../../i18n/format-date.js';
import { t } from '../../i18n/text.js';
import { buildProgressMessage } from '../build-progress-message.js';
import { closeOrAsk, reopenReply } from './close-round.js';
import { findRound } from '../find-round.js';
import { loadRoundScope } from '../load-round-scope.js';
import { openRound } from '../open-round.js';
import { parseOpenArgs } from '../parse-open-args.js';
import { prepareSummary } from '../publish-summary.js';
import { buildReportLinksMessage } from '../build-report-links-message.js';
import { makePortfolioFiles } from '../make-portfolio-files.js';
import { fileBaseUrl } from '../../files/store-file.js';
import { portfolioTexts as T } from '../texts.js';

const SUBCOMMANDS: Record<string, 'open' | 'status' | 'close' | 'reopen' | 'summary' | 'report'> = {
  open: 'open',
  åpne: 'open',
  apne: 'open',
  ny: 'open',
  status: 'status',
  progress: 'status',
  fremdrift: 'status',
  close: 'close',
  lukk: 'close',
  reopen: 'reopen',
  gjenåpne: 'reopen',
  gjenapne: 'reopen',
  summary: 'summary',
  oppsummering: 'summary',
  report: 'report',
  rapport: 'report',
};

/** The round called `label`, else the latest by cut-off date. */
async function latestOrNamed(db: TurnContext['services']['db'], label: string | undefined) {
  return label ? findRound(db, label) : ((await db.reportingRound.findFirst({ orderBy: { cutoffDate: 'desc' } })) ?? findRound(db));
}

async function run(ctx: TurnContext, args: string[]): Promise<Reply> {
  const { services, actor } = ctx;
  const locale = actor.locale;
  const sub = SUBCOMMANDS[(args[0] ?? '').toLowerCase()];
  if (!sub) return reply.message(plainMessage(t(locale, T.roundHelp)));
  await assertAccess(services.db, actor.personId, { action: 'manage_round' });
  const label = args.slice(1).join(' ').trim() || undefined;
  switch (sub) {
    case 'open': {
      const parsed = parseOpenArgs(args.slice(1), isoDay(services.clock()));
      if (!parsed.ok) throw new AppError(ErrorCode.InvalidInput, 'portfolio: bad open args', parsed.error === 'usage' ? T.badOpenArgs : T.dueBeforeCutoff);
      const { asked } = await openRound(services, parsed.value);
      const due = formatDate(new Date(`${parsed.value.due}T00:00:00Z`), locale);
      return reply.message(plainMessage(t(locale, T.opened, { label: parsed.value.label, due, count: asked })));
    }
    case 'status': {
      const round = await findRound(services.db, label);
      return reply.message(buildProgressMessage(locale, round, await loadRoundScope(services.db, round)));
    }
    case 'close': {
      const round = await findRound(services.db, label);
      return closeOrAsk(ctx, round, false, reply.message);
    }
    case 'reopen': {
      const round = label ? await findRound(services.db, label) : await services.db.reportingRound.findFirst({ where: { state: 'closed' }, orderBy: { closedAt: { sort: 'desc', nulls: 'last' } } });
      if (!round) throw new AppError(ErrorCode.NotFound, 'portfolio: no closed round', T.noClosedRound);
      return reopenReply(ctx, round, reply.message);
    }
    case 'summary': {
      const round = await latestOrNamed(services.db, label);
      return reply.message(await (await prepareSummary(services, round.id)).message(locale));
    }
    case 'report': {
      const round = await latestOrNamed(services.db, label);
      if (!fileBaseUrl(services.config)) return reply.message(plainMessage(t(locale, T.reportNoLinks, { label: round.label })));
      const files = await makePortfolioFiles(services, round.id, locale);
      return reply.message(buildReportLinksMessage(locale, round.label, files));
    }
  }
}

/**
 * `round open|status|close|summary|report` / `runde åpne|status|lukk|oppsummering|rapport`: the secretariat's
 * reporting rounds (of the committee that treats the portfolio: `manage_round`).
 */
export const roundCommand: CommandDefinition = {
  name: 'round',
  aliases: ['runde'],
  summary: T.roundSummary,
  usage: T.roundUsage,
  requiresPerson: true,
  audience: 'portfolio_secretariat',
  run,
};
