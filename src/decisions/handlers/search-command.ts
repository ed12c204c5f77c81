import { AppError, ErrorCode } from '../../errors.js';
import type { CommandDefinition, TurnContext } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply, type Reply } from '../../conversation/reply.js';
import { t } from '../../i18n/text.js';
import { buildSearchMessage } from '../build-search-message.js';
import { decisionTexts } from '../texts.js';
import { parseSearchQuery } from '../parse-search-query.js';
import { searchDecisions } from '../search-decisions.js';

const DECISIONS = new Set(['decisions', 'decision', 'vedtak']);

/** Searches the published decisions of the committees the person sits in. */
export async function searchReply({ actor, services }: TurnContext, words: string[]): Promise<Reply> {
  const committees = await services.db.committee.findMany({ select: { key: true } });
  const query = parseSearchQuery(words, committees.map((c) => c.key));
  const result = await searchDecisions(services.db, actor.personId!, query);
  if (!result) throw new AppError(ErrorCode.Forbidden, 'not in any committee', decisionTexts.notInCommittee);
  return reply.message(buildSearchMessage(result, actor.locale));
}

/** `search decisions <text> [committee] [year] [case 12/21]` / `søk vedtak ...`. */
export const searchCommand: CommandDefinition = {
  name: 'search',
  aliases: ['søk', 'sok'],
  summary: decisionTexts.searchSummary,
  usage: decisionTexts.searchUsage,
  requiresPerson: true,
  async run(ctx, args) {
    const [target, ...words] = args;
    if (!target || !DECISIONS.has(target.toLowerCase())) return reply.message(plainMessage(t(ctx.actor.locale, decisionTexts.searchHowTo)));
    return searchReply(ctx, words);
  },
};
