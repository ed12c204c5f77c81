import type { Db } from '../db/prisma.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import type { Block } from '../ui/model.js';
import { ageLabel, dueLabel, providerName } from './dependency-labels.js';
import { dependencyTexts as T } from './texts.js';
import { listRedDependencies } from './list-red-dependencies.js';
import { chunkLines } from './chunk-lines.js';

/**
 * The current red dependencies of high criticality, as neutral blocks for the agenda distribution of the
 * committee that treats the portfolio (under its portfolio item): a heading and one line per dependency, by
 * initiative, with provider, age (on `now`, the caller's clock) and due date.
 */
export async function redHighCriticalityLines(db: Db, locale: Locale, now: Date): Promise<Block[]> {
  const rows = await listRedDependencies(db, { criticality: 'high' });
  rows.sort((a, b) => a.initiative.name.localeCompare(b.initiative.name, 'nb') || a.description.localeCompare(b.description, 'nb'));
  const heading: Block = { type: 'text', text: t(locale, T.agendaHeading) };
  if (rows.length === 0) return [heading, { type: 'context', text: t(locale, T.agendaNone) }];
  const lines = rows.map((d) =>
    t(locale, T.agendaLine, {
      initiative: d.initiative.name,
      description: d.description,
      provider: providerName(locale, d),
      age: ageLabel(locale, d.redSince, now),
      due: d.dueDate ? dueLabel(locale, d.dueDate) : null,
    }),
  );
  return [heading, ...chunkLines(lines)];
}
