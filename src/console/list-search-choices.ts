import { decideAccess } from '../access/decide-access.js';
import type { AppServices } from '../app/services.js';
import { toLocale } from '../i18n/locale.js';
import { RosterSearches } from '../roster/ids.js';
import { searchPeople, searchProviders } from '../roster/search-roster.js';
import { unescapeMarkup } from '../ui/markup.js';
import type { StaticChoices } from './card-execute-bridge.js';

/**
 * How many choices a console search picker lists at most. The console plays a demo roster (a few dozen
 * people); a bigger one still gets its first 500 by name, and the filtered list narrows them as one types.
 */
export const CONSOLE_STATIC_CHOICES = 500;

const SEARCHES = { [RosterSearches.people]: searchPeople, [RosterSearches.providers]: searchProviders } as Record<string, typeof searchPeople>;

/**
 * The choices of the search pickers in the cards the console is about to show, for the played person: what the
 * roster search gives them for an empty query (nothing when `search_roster` refuses them, as on Teams).
 */
export async function listSearchChoices(services: AppServices, personKey: string, datasets: string[]): Promise<StaticChoices> {
  const choices = new Map<string, { title: string; value: string }[]>();
  if (datasets.length === 0) return choices;
  const person = await services.db.person.findUnique({ where: { key: personKey }, select: { id: true, locale: true } });
  if (!person || !(await decideAccess(services.db, person.id, { action: 'search_roster' })).allowed) return choices;
  for (const dataset of datasets) {
    const search = SEARCHES[dataset];
    if (!search) continue;
    const options = await search(services.db, { query: '', limit: CONSOLE_STATIC_CHOICES, locale: toLocale(person.locale), namesOnly: true });
    choices.set(dataset, options.map((o) => ({ title: unescapeMarkup(o.label), value: o.value })));
  }
  return choices;
}
