import type { AppServices } from '../app/services.js';
import type { Locale } from '../i18n/locale.js';
import type { Message } from '../ui/model.js';
import { agendaInputOf } from './agenda-input.js';
import { buildAgendaMessage } from './build-agenda-message.js';
import type { LoadedMeeting } from './load-meeting.js';
import { addPortfolioLines } from './portfolio-agenda-lines.js';

/**
 * A meeting's agenda in `locale`, as posted to the committee channel and as sent on request: with the
 * portfolio lines for the committee that treats the portfolio.
 */
export async function agendaFor(services: AppServices, meeting: LoadedMeeting, locale: Locale): Promise<Message> {
  const { input, trailing } = await addPortfolioLines(services, meeting, agendaInputOf(meeting, locale), locale);
  const agenda = buildAgendaMessage(input, locale);
  return { ...agenda, blocks: [...agenda.blocks, ...trailing] };
}
