import type { CommandDefinition } from '../../conversation/handler-types.js';
import { AppError, ErrorCode } from '../../errors.js';
import { findRound } from '../find-round.js';
import { portfolioTexts as T } from '../texts.js';
import { openReportForm } from './open-report.js';

/** `report <initiative>` / `rapporter <tiltak>`: opens the report form for the open round. */
export const reportCommand: CommandDefinition = {
  name: 'report',
  aliases: ['rapporter', 'rapport'],
  summary: T.reportSummary,
  usage: T.reportUsage,
  requiresPerson: true,
  async run({ services, actor }, args) {
    const key = args.join(' ').trim();
    const initiative = key
      ? await services.db.initiative.findFirst({ where: { OR: [{ key: { equals: key, mode: 'insensitive' } }, { name: { equals: key, mode: 'insensitive' } }] } })
      : null;
    if (!initiative) throw new AppError(ErrorCode.NotFound, 'portfolio: unknown initiative', T.unknownInitiative, { key });
    const round = await findRound(services.db);
    return openReportForm(services, actor.locale, actor.personId, round.id, initiative.id);
  },
};
