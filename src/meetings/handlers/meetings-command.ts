import type { CommandDefinition } from '../../conversation/handler-types.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { reply } from '../../conversation/reply.js';
import { t } from '../../i18n/text.js';
import { listMeetings } from '../list-meetings.js';
import { meetingTexts } from '../texts.js';

/** `meetings NUIT` / `møter NUIT`: the committee's meetings with number, date, time and state (`list-meetings.ts`). */
export const meetingsCommand: CommandDefinition = {
  name: 'meetings',
  aliases: ['møter', 'moter'],
  summary: meetingTexts.meetingsSummary,
  usage: meetingTexts.meetingsUsage,
  requiresPerson: true,
  async run({ actor, services }, args) {
    const [committeeKey] = args;
    if (!committeeKey) return reply.message(plainMessage(t(actor.locale, meetingTexts.meetingsHelp)));
    return reply.message(await listMeetings(services, { personId: actor.personId!, locale: actor.locale, committeeKey }));
  },
};
