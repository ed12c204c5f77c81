import type { ActionDefinition, CommandDefinition, TurnContext } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply, type Reply } from '../../conversation/reply.js';
import { AppError, ErrorCode } from '../../errors.js';
import { formatDate } from '../../i18n/format-date.js';
import type { Locale } from '../../i18n/locale.js';
import { t } from '../../i18n/text.js';
import { buildProgressMessage } from '../build-progress-message.js';
import { assertSecretariat } from '../check-access.js';
import { closeRound } from '../close-round.js';
import { findRound } from '../find-round.js';
import { loadRoundScope } from '../load-round-scope.js';
import { openRound } from '../open-round.js';
import { parseOpenArgs } from '../parse-open-args.js';
import { PortfolioActions } from '../ids.js';
import { portfolioTexts as T } from '../texts.js';
import { prepareSummary } from '../publish-summary.js';
import { remindAllNow, type RemindedAll } from '../remind-all-now.js';
import { remindNow, type Reminded } from '../remind-now.js';

const SUBCOMMANDS: Record<string, 'open' | 'status' | 'close' | 'summary'> = {
  open: 'open',
  åpne: 'open',
  apne: 'open',
  ny: 'open',
  status: 'status',
  progress: 'status',
  fremdrift: 'status',
  close: 'close',
  lukk: 'close',
  summary: 'summary',
  oppsummering: 'summary',
};

async function run({ services, actor }: TurnContext, args: string[]): Promise<Reply> {
  const locale = actor.locale;
  const sub = SUBCOMMANDS[(args[0] ?? '').toLowerCase()];
  if (!sub) return reply.message(plainMessage(t(locale, T.roundHelp)));
  await assertSecretariat(services.db, actor.personId);
  const label = args.slice(1).join(' ').trim() || undefined;
  switch (sub) {
    case 'open': {
      const parsed = parseOpenArgs(args.slice(1));
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
      await closeRound(services, round.id);
      return reply.message(plainMessage(t(locale, T.closed, { label: round.label })));
    }
    case 'summary': {
      const round = label ? await findRound(services.db, label) : ((await services.db.reportingRound.findFirst({ orderBy: { cutoffDate: 'desc' } })) ?? (await findRound(services.db)));
      return reply.message(await (await prepareSummary(services, round.id)).message(locale));
    }
  }
}

/** `round open|status|close|summary` / `runde åpne|status|lukk|oppsummering`: the secretariat's reporting rounds. */
export const roundCommand: CommandDefinition = {
  name: 'round',
  aliases: ['runde'],
  summary: T.roundSummary,
  usage: T.roundUsage,
  requiresPerson: true,
  run,
};

/** What a press of "Remind …" did, in the secretariat member's language. */
function remindedText(locale: Locale, reminded: Reminded[], one: boolean): string {
  const of = (outcome: Reminded['outcome']) => reminded.filter((r) => r.outcome === outcome);
  if (reminded.length === 0) return t(locale, T.remindNothing);
  if (one) {
    const [r] = reminded as [Reminded];
    const text = r.outcome === 'sent' ? T.remindedOne : r.outcome === 'alreadyToday' ? T.remindedOneAlready : T.remindUnreachable;
    return t(locale, text, { owner: r.owner, initiative: r.initiative });
  }
  const parts = [t(locale, T.reminded, { count: of('sent').length })];
  if (of('alreadyToday').length) parts.push(t(locale, T.remindedAlready, { count: of('alreadyToday').length }));
  for (const r of of('unreachable')) parts.push(t(locale, T.remindUnreachable, { owner: r.owner, initiative: r.initiative }));
  return parts.join(' ');
}

/** What "Remind all missing" did: to how many it goes, and how many had their reminder today already. */
function remindedAllText(locale: Locale, { reminded, alreadyToday }: RemindedAll): string {
  if (reminded === 0 && alreadyToday === 0) return t(locale, T.remindNothing);
  const parts = reminded > 0 ? [t(locale, T.remindAllQueued, { count: reminded })] : [];
  if (alreadyToday > 0) parts.push(t(locale, T.remindedAlready, { count: alreadyToday }));
  return parts.join(' ');
}

async function remind({ services, actor }: TurnContext, roundId: unknown, initiativeId?: unknown): Promise<Reply> {
  await assertSecretariat(services.db, actor.personId);
  const round = typeof roundId === 'string' ? await services.db.reportingRound.findUnique({ where: { id: roundId } }) : null;
  if (!round) throw new AppError(ErrorCode.NotFound, 'portfolio: round not found');
  if (round.state !== 'open') throw new AppError(ErrorCode.Conflict, 'portfolio: round closed', T.roundClosed);
  const one = typeof initiativeId === 'string';
  if (!one) return reply.message(plainMessage(remindedAllText(actor.locale, await remindAllNow(services, round))));
  const reminded = await remindNow(services, round, initiativeId);
  return reply.message(plainMessage(remindedText(actor.locale, reminded, one)));
}

export const remindOneAction: ActionDefinition = {
  actionId: PortfolioActions.remindOne,
  requiresPerson: true,
  run: (ctx, payload) => remind(ctx, payload.roundId, payload.initiativeId),
};

export const remindAllAction: ActionDefinition = {
  actionId: PortfolioActions.remindAll,
  requiresPerson: true,
  run: (ctx, payload) => remind(ctx, payload.roundId),
};
