import type { CommandDefinition } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { t } from '../../i18n/text.js';
import { showMinutes } from '../show-minutes.js';
import { documentTexts as T } from '../texts.js';

/** `referat NUIT 2/2027` / `minutes NUIT 2/2027`: the draft minutes as a Word document, answered to the asker. */
export const minutesCommand: CommandDefinition = {
  name: 'minutes',
  aliases: ['referat'],
  summary: T.minutesSummary,
  usage: T.minutesUsage,
  requiresPerson: true,
  async run({ actor, services }, args) {
    const [committeeKey, meetingNumber] = args;
    if (!committeeKey) return reply.message(plainMessage(t(actor.locale, T.minutesHelp)));
    return reply.message(await showMinutes(services, { personId: actor.personId!, locale: actor.locale, committeeKey, ...(meetingNumber ? { meetingNumber } : {}) }));
  },
};
