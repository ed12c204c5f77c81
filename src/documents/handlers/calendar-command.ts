import type { CommandDefinition } from '../../conversation/handler-types.js';
import { reply } from '../../conversation/reply.js';
import { plainMessage } from '../../conversation/plain-message.js';
import { fileBaseUrl } from '../../files/store-file.js';
import { t } from '../../i18n/text.js';
import { calendarFeedUrl, ensureCalendarToken } from '../calendar/load-person-feed.js';
import { documentTexts as T } from '../texts.js';

/** `kalender` / `calendar`: the asker's personal calendar feed address (made at the first ask), shown only to them. */
export const calendarCommand: CommandDefinition = {
  name: 'calendar',
  aliases: ['kalender'],
  summary: T.calendarSummary,
  usage: T.calendarUsage,
  requiresPerson: true,
  async run({ actor, services }) {
    const token = await ensureCalendarToken(services.db, actor.personId!);
    const url = calendarFeedUrl(fileBaseUrl(services.config), token);
    if (!url) return reply.message(plainMessage(t(actor.locale, T.calendarNoUrl)));
    const text = t(actor.locale, T.calendarReply);
    return reply.message({
      text: `${text}\n${url}`,
      blocks: [
        { type: 'text', text },
        { type: 'fields', fields: [{ label: t(actor.locale, T.calendarLink), value: url }] },
        { type: 'actions', buttons: [{ url, label: t(actor.locale, T.calendarLink) }] },
      ],
    });
  },
};
