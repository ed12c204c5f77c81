import { mayUse } from '../access/person-rights.js';
import { defineTexts, t } from '../i18n/text.js';
import type { ActionDefinition, CommandDefinition, TurnContext } from '../conversation/handler-types.js';
import type { HandlerRegistry } from '../conversation/handler-registry.js';
import { reply, type Reply } from '../conversation/reply.js';
import { secretariatBlocks } from '../home/build-home.js';
import { HomeActionIds } from '../home/ids.js';
import { loadSecretariatView } from '../home/load-home.js';
import { homeTexts } from '../home/texts.js';
import { ActionIds } from '../ui/action-ids.js';
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

/**
 * The help for one person: only the commands they may use (their rights from `src/access`), each with its
 * summary, and the buttons of their home (the secretariat's actions for the secretariat), in their language.
 */
async function helpReply(registry: HandlerRegistry, { actor, services }: TurnContext, answer: typeof reply.message): Promise<Reply> {
  const locale = actor.locale;
  const view = await loadSecretariatView(services, actor.personId);
  const commands = registry.commands.filter((command) => (actor.personId ? mayUse(view.rights, command.audience) : !command.requiresPerson || command.name === 'help'));
  const lines = commands.map((command) => {
    const usage = command.usage ? t(locale, command.usage) : command.name;
    const words = [command.name, ...command.aliases].filter((a) => /^[\p{L}]/u.test(a) && a !== usage.split(' ')[0]);
    const also = words.length ? ` (${t(locale, helpTexts.aliases)}: ${words.join(', ')})` : '';
    return `• **${usage}**${also}: ${t(locale, command.summary)}`;
  });
  const buttons: Block[] = actor.personId
    ? [
        { type: 'context', text: t(locale, homeTexts.helpButtons) },
        { type: 'actions', buttons: [{ actionId: HomeActionIds.show, label: t(locale, homeTexts.openHome), style: 'primary' }] },
        ...secretariatBlocks(view, locale),
      ]
    : [];
  const blocks: Block[] = [
    { type: 'header', text: t(locale, helpTexts.title) },
    { type: 'text', text: t(locale, helpTexts.intro) },
    { type: 'text', text: lines.join('\n') },
    ...buttons,
    { type: 'context', text: t(locale, actor.platform === 'slack' ? helpTexts.slackHint : helpTexts.teamsHint) },
  ];
  return answer({ text: t(locale, helpTexts.title), blocks });
}

/** `help` / `hjelp`: what this person may do, with buttons. */
export function helpCommand(registry: HandlerRegistry): CommandDefinition {
  return {
    name: 'help',
    aliases: ['hjelp', '?'],
    summary: helpTexts.summary,
    usage: helpTexts.usage,
    requiresPerson: false,
    run: (ctx) => helpReply(registry, ctx, reply.message),
  };
}

/** "Help" under the home and under an answer the bot gave to a sentence it did not know: the help as a new message. */
export function helpAction(registry: HandlerRegistry): ActionDefinition {
  return { actionId: ActionIds.helpShow, requiresPerson: false, run: (ctx) => helpReply(registry, ctx, reply.message) };
}
