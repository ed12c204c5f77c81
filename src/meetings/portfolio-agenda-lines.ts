import type { AppServices } from '../app/services.js';
import { redHighCriticalityLines } from '../dependencies/red-high-criticality-lines.js';
import type { Locale } from '../i18n/locale.js';
import type { Block } from '../ui/model.js';
import type { AgendaInput } from './build-agenda-message.js';

const textOf = (block: Block): string[] => (block.type === 'text' || block.type === 'context' || block.type === 'header' ? [block.text] : []);

/**
 * For the committee that treats the portfolio, the current red high-criticality dependencies go with the
 * agenda: as lines under its portfolio item, or, when the meeting has none, as a section after the items.
 */
export async function addPortfolioLines(
  services: AppServices,
  meeting: { committee: { treatsPortfolio: boolean }; agendaItems: { kind: string }[] },
  input: AgendaInput,
  locale: Locale,
): Promise<{ input: AgendaInput; trailing: Block[] }> {
  if (!meeting.committee.treatsPortfolio) return { input, trailing: [] };
  const blocks = await redHighCriticalityLines(services.db, locale, services.clock());
  const index = meeting.agendaItems.findIndex((item) => item.kind === 'portfolio');
  if (index < 0) return { input, trailing: [{ type: 'divider' }, ...blocks] };
  const items = input.items.map((item, i) => (i === index ? { ...item, extraLines: [...(item.extraLines ?? []), ...blocks.flatMap(textOf)] } : item));
  return { input: { ...input, items }, trailing: [] };
}
