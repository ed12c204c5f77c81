import { AppError, ErrorCode } from '../errors.js';
import { isLocale } from '../i18n/locale.js';
import { defineTexts, t } from '../i18n/text.js';
import type { CommandDefinition } from '../conversation/handler-types.js';
import { plainMessage } from '../conversation/plain-message.js';
import { reply } from '../conversation/reply.js';

export const languageTexts = defineTexts({
  summary: { nb: 'Velg språk: nb (bokmål) eller en (English)', en: 'Choose your language: nb (bokmål) or en (English)' },
  usage: { nb: 'språk nb|en', en: 'language nb|en' },
  changed: { nb: 'Jeg snakker bokmål med deg fra nå av.', en: 'I will speak English with you from now on.' },
  invalid: {
    nb: 'Skriv «språk nb» for bokmål eller «språk en» for engelsk.',
    en: 'Type "language en" for English or "language nb" for Norwegian bokmål.',
  },
});

/** `language en` / `språk nb`: stores the person's language. */
export const languageCommand: CommandDefinition = {
  name: 'language',
  aliases: ['språk', 'sprak', 'lang'],
  summary: languageTexts.summary,
  usage: languageTexts.usage,
  requiresPerson: true,
  async run({ actor, services }, args) {
    const wanted = args[0]?.toLowerCase();
    if (!isLocale(wanted)) throw new AppError(ErrorCode.InvalidInput, 'invalid locale', languageTexts.invalid);
    await services.db.person.update({ where: { id: actor.personId! }, data: { locale: wanted } });
    return reply.message(plainMessage(t(wanted, languageTexts.changed)));
  },
};
