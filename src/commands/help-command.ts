import { defineTexts, t } from '../i18n/text.js';
import type { CommandDefinition } from '../conversation/handler-types.js';
import type { HandlerRegistry } from '../conversation/handler-registry.js';
import { reply } from '../conversation/reply.js';
import type { Block } from '../ui/model.js';

export const helpTexts = defineTexts({
  summary: { nb: 'Vis hva Saksgang kan gjøre', en: 'Show what Saksgang can do' },
  usage: { nb: 'hjelp', en: 'help' },
  title: { nb: 'Saksgang – hjelp', en: 'Saksgang – help' },
  intro: {
    nb: 'Saksgang holder orden på møtesyklusen i utvalgene: saksliste og frister for saksunderlag, porteføljerapportering, røde avhengigheter og vedtak. Skriv en kommando til meg:',
    en: 'Saksgang keeps the committees’ meeting cycle in order: agendas and paper deadlines, portfolio reporting, red dependencies and decisions. Send me a command:',
  },
  slackHint: { nb: 'I Slack: `/saksgang <kommando>` eller en direktemelding til meg.', en: 'In Slack: `/saksgang <command>` or a direct message to me.' },
  teamsHint: { nb: 'I Teams: skriv kommandoen i en melding til meg.', en: 'In Teams: type the command in a message to me.' },
  aliases: { nb: 'også', en: 'also' },
});

/** `help` / `hjelp`: every command with its summary, in the person's language. */
export function helpCommand(registry: HandlerRegistry): CommandDefinition {
  return {
    name: 'help',
    aliases: ['hjelp', '?'],
    summary: helpTexts.summary,
    usage: helpTexts.usage,
    requiresPerson: false,
    async run({ actor }) {
      const locale = actor.locale;
      const lines = registry.commands.map((command) => {
        const usage = command.usage ? t(locale, command.usage) : command.name;
        const words = [command.name, ...command.aliases].filter((a) => /^[\p{L}]/u.test(a) && a !== usage.split(' ')[0]);
        const also = words.length ? ` (${t(locale, helpTexts.aliases)}: ${words.join(', ')})` : '';
        return `• **${usage}**${also}: ${t(locale, command.summary)}`;
      });
      const blocks: Block[] = [
        { type: 'header', text: t(locale, helpTexts.title) },
        { type: 'text', text: t(locale, helpTexts.intro) },
        { type: 'text', text: lines.join('\n') },
        { type: 'context', text: t(locale, actor.platform === 'slack' ? helpTexts.slackHint : helpTexts.teamsHint) },
      ];
      return reply.message({ text: t(locale, helpTexts.title), blocks });
    },
  };
}
