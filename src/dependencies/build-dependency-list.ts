import { formatDate } from '../i18n/format-date.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Block, Message } from '../ui/model.js';
import { capitalised, categoryLabel, critLabel, ragBadge, type CategoryValue, type RagValue } from './dependency-labels.js';
import { DependencyActionIds } from './ids.js';
import { dependencyTexts as T } from './texts.js';
import { escapeMarkup } from '../ui/markup.js';

/** Slack allows 50 blocks in a message: two per dependency plus the frame keeps well inside. */
export const MAX_LISTED_DEPENDENCIES = 20;

export interface ListedDependency {
  id: string;
  description: string;
  category: CategoryValue;
  criticality: Parameters<typeof critLabel>[1];
  status: RagValue;
  dueDate: Date | null;
  provider: string | null;
  /** False for a provider typed as free text: shown as "not in the roster: nobody will be notified". */
  providerInRoster?: boolean;
}

/** The dependency step: the initiative's open dependencies, each with a change button, and an add button. */
export function buildDependencyList(locale: Locale, initiative: { id: string; name: string }, dependencies: ListedDependency[], lead?: string): Message {
  const blocks: Block[] = [];
  if (lead) blocks.push({ type: 'text', text: lead });
  blocks.push({ type: 'header', text: `${t(locale, T.depsTitle)}: ${escapeMarkup(initiative.name)}` });
  blocks.push({ type: 'context', text: t(locale, dependencies.length ? T.depsIntro : T.depsNone) });
  for (const d of dependencies.slice(0, MAX_LISTED_DEPENDENCIES)) {
    const due = d.dueDate ? ` · ${t(locale, T.dueInline)} ${formatDate(d.dueDate, locale)}` : '';
    const provider = d.provider ? ` · ${escapeMarkup(d.provider)}${d.providerInRoster === false ? ` (${t(locale, T.notInRoster)})` : ''}` : '';
    blocks.push({ type: 'text', text: `${ragBadge(locale, d.status)} **${escapeMarkup(d.description)}**\n${capitalised(categoryLabel(locale, d.category))} · ${capitalised(critLabel(locale, d.criticality))}${provider}${due}` });
    blocks.push({ type: 'actions', buttons: [{ actionId: DependencyActionIds.edit, label: t(locale, T.depEdit), payload: { dependencyId: d.id } }] });
  }
  if (dependencies.length > MAX_LISTED_DEPENDENCIES) blocks.push({ type: 'context', text: t(locale, T.depMore, { n: dependencies.length - MAX_LISTED_DEPENDENCIES }) });
  blocks.push({ type: 'actions', buttons: [{ actionId: DependencyActionIds.add, label: t(locale, T.depAdd), style: 'primary', payload: { initiativeId: initiative.id } }] });
  return { text: lead ?? `${t(locale, T.depsTitle)}: ${escapeMarkup(initiative.name)}`, blocks };
}
