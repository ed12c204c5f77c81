import type { CommandDefinition } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { meetingTexts } from '../texts.js';
import { showAgendas } from '../show-agendas.js';

/**
 * `agenda [NUIT [2/2026]]` / `saksliste [NUIT [2/2026]]`: the agenda of a meeting, answered to the asker
 * (in a DM or the bot's chat). Without a committee: the next meeting of each of the asker's committees.
 */
export const agendaCommand: CommandDefinition = {
  name: 'agenda',
  aliases: ['saksliste', 'dagsorden'],
  summary: meetingTexts.agendaSummary,
  usage: meetingTexts.agendaUsage,
  requiresPerson: true,
  async run({ actor, services }, args) {
    const [committeeKey, meetingNumber] = args;
    return reply.message(
      await showAgendas(services, {
        personId: actor.personId!,
        locale: actor.locale,
        ...(committeeKey ? { committeeKey } : {}),
        ...(meetingNumber ? { meetingNumber } : {}),
      }),
    );
  },
};
