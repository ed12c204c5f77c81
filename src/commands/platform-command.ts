import type { Platform } from '../channels/gateway.js';
import type { CommandDefinition } from '../conversation/handler-types.js';
import { plainMessage } from '../conversation/plain-message.js';
import { reply } from '../conversation/reply.js';
import { AppError, ErrorCode } from '../errors.js';
import { defineTexts, t } from '../i18n/text.js';
import { reachablePlatforms } from '../outbox/choose-platform.js';

export const platformTexts = defineTexts({
  summary: {
    nb: 'Velg hvor du får direktemeldinger når du er på både Slack og Teams',
    en: 'Choose where you get direct messages when you are on both Slack and Teams',
  },
  usage: { nb: 'plattform slack|teams', en: 'platform slack|teams' },
  current: {
    nb: (p: { platform: string }) => `Du får direktemeldinger på ${p.platform}. Skriv «plattform slack» eller «plattform teams» for å velge.`,
    en: (p: { platform: string }) => `You get direct messages on ${p.platform}. Type "platform slack" or "platform teams" to choose.`,
  },
  nowhere: {
    nb: 'Du er ikke på Slack eller Teams i medlemsregisteret, så jeg kan ikke sende deg direktemeldinger.',
    en: 'You are not on Slack or Teams in the roster, so I cannot send you direct messages.',
  },
  changed: {
    nb: (p: { platform: string }) => `Du får direktemeldinger på ${p.platform} fra nå av. Innlegg i komiteens kanaler kommer som før.`,
    en: (p: { platform: string }) => `You will get direct messages on ${p.platform} from now on. Posts in the committee channels come as before.`,
  },
  notThere: {
    nb: (p: { platform: string }) => `Du er ikke på ${p.platform} i medlemsregisteret (eller Saksgang er ikke koblet til ${p.platform} her). Be sekretariatet legge deg inn.`,
    en: (p: { platform: string }) => `You are not on ${p.platform} in the roster (or Saksgang is not connected to ${p.platform} here). Ask the secretariat to add you.`,
  },
  invalid: {
    nb: 'Skriv «plattform slack» eller «plattform teams».',
    en: 'Type "platform slack" or "platform teams".',
  },
});

const NAMES: Record<Platform, string> = { slack: 'Slack', teams: 'Teams' };

function isPlatform(value: string | undefined): value is Platform {
  return value === 'slack' || value === 'teams';
}

/**
 * `platform teams` / `plattform slack`: where a person on both platforms gets their direct messages
 * (`Person.dmPlatform`); without it, Slack first. Only a platform the person is on (and the bot is connected to)
 * can be chosen. `platform` alone says where they get them now.
 */
export const platformCommand: CommandDefinition = {
  name: 'platform',
  aliases: ['plattform'],
  summary: platformTexts.summary,
  usage: platformTexts.usage,
  requiresPerson: true,
  async run({ actor, services }, args) {
    const person = await services.db.person.findUniqueOrThrow({ where: { id: actor.personId! } });
    const reachable = reachablePlatforms(services.gateways, { slack: person.slackUserId, teams: person.teamsUserId, teamsRef: person.teamsConversationRef });
    const wanted = args[0]?.toLowerCase();
    if (wanted === undefined) {
      const now = person.dmPlatform && reachable.includes(person.dmPlatform) ? person.dmPlatform : reachable[0];
      return reply.message(plainMessage(now ? t(actor.locale, platformTexts.current, { platform: NAMES[now] }) : t(actor.locale, platformTexts.nowhere)));
    }
    if (!isPlatform(wanted)) throw new AppError(ErrorCode.InvalidInput, 'invalid platform', platformTexts.invalid);
    if (!reachable.includes(wanted)) throw new AppError(ErrorCode.InvalidInput, `not on ${wanted}`, platformTexts.notThere, { platform: NAMES[wanted] });
    await services.db.person.update({ where: { id: person.id }, data: { dmPlatform: wanted } });
    return reply.message(plainMessage(t(actor.locale, platformTexts.changed, { platform: NAMES[wanted] })));
  },
};
