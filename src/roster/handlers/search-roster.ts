import { decideAccess } from '../../access/decide-access.js';
import type { SearchDefinition, TurnContext } from '../../conversation/handler-types.js';
import { RosterSearches } from '../ids.js';
import { parseProviderValue } from '../provider-value.js';
import { personOptionLabel, providerOptionLabel, searchPeople, searchProviders } from '../search-roster.js';

/**
 * May the asker search the roster (`search_roster`)? Asked on every keystroke, so a refusal is not audited
 * (nothing was tried, the person just sees no options).
 */
async function maySearch({ services, actor }: TurnContext): Promise<boolean> {
  return (await decideAccess(services.db, actor.personId, { action: 'search_roster' })).allowed;
}

/** The person picker (presenter, follow-up owner): every person of the roster, by name or organisation. */
export const peopleSearch: SearchDefinition = {
  dataset: RosterSearches.people,
  async search(ctx, query, limit) {
    if (!(await maySearch(ctx))) return [];
    return searchPeople(ctx.services.db, { query, limit, locale: ctx.actor.locale });
  },
  label: (ctx, value) => personOptionLabel(ctx.services.db, value),
};

/** The provider picker of a dependency: initiatives, organisations and people. */
export const providerSearch: SearchDefinition = {
  dataset: RosterSearches.providers,
  async search(ctx, query, limit) {
    if (!(await maySearch(ctx))) return [];
    return searchProviders(ctx.services.db, { query, limit, locale: ctx.actor.locale });
  },
  async label(ctx, value) {
    const parsed = parseProviderValue(value);
    return parsed ? providerOptionLabel(ctx.services.db, ctx.actor.locale, parsed.kind, parsed.id) : null;
  },
};
