import type { CommandDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { assertAccess } from '../../access/decide-access.js';
import { t } from '../../i18n/text.js';
import type { Locale } from '../../i18n/locale.js';
import type { Block } from '../../ui/model.js';
import { chunkLines } from '../chunk-lines.js';
import { ageLabel, categoryLabel, critLabel, dueLabel, providerName } from '../dependency-labels.js';
import { dependencyTexts as T } from '../texts.js';
import { listRedDependencies, type RedDependencyFilter } from '../list-red-dependencies.js';
import { parseRedFilter, RED_WORDS } from '../parse-red-filter.js';

function describeFilter(locale: Locale, filter: RedDependencyFilter): string | null {
  const parts = [
    filter.criticality ? critLabel(locale, filter.criticality) : null,
    filter.category ? categoryLabel(locale, filter.category) : null,
    filter.provider ? `«${filter.provider}»` : null,
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : null;
}

/** `dependencies red [high|medium|low] [category] [provider]` / `avhengigheter røde ...`: for the secretariat. */
export const redDependenciesCommand: CommandDefinition = {
  name: 'dependencies',
  aliases: ['avhengigheter', 'avh'],
  summary: T.listSummary,
  usage: T.listUsage,
  requiresPerson: true,
  audience: 'portfolio_secretariat',
  async run({ actor, services }, args) {
    const locale = actor.locale;
    await assertAccess(services.db, actor.personId, { action: 'list_red_dependencies' });
    const [first, ...rest] = args;
    if (!first || !RED_WORDS.includes(first.toLowerCase())) return reply.message(plainMessage(t(locale, T.listUsageHint)));
    const filter = parseRedFilter(rest);
    const now = services.clock();
    const rows = await listRedDependencies(services.db, filter);
    const lines = rows.map((d) =>
      t(locale, T.listLine, {
        initiative: d.initiative.name,
        description: d.description,
        provider: providerName(locale, d),
        crit: critLabel(locale, d.criticality),
        category: categoryLabel(locale, d.category),
        age: ageLabel(locale, d.redSince, now),
        due: d.dueDate ? dueLabel(locale, d.dueDate) : null,
      }),
    );
    const filterText = describeFilter(locale, filter);
    const blocks: Block[] = [
      { type: 'header', text: t(locale, T.listHeader, { count: rows.length }) },
      ...(filterText ? [{ type: 'context' as const, text: t(locale, T.listFilters, { filters: filterText }) }] : []),
      ...(lines.length ? chunkLines(lines) : [{ type: 'text' as const, text: t(locale, T.listEmpty) }]),
    ];
    return reply.message({ text: t(locale, T.listHeader, { count: rows.length }), blocks });
  },
};
