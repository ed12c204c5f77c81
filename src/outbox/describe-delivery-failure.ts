import type { Locale } from '../i18n/locale.js';
import { defineTexts, t } from '../i18n/text.js';

const whatTexts = defineTexts({
  agenda: { nb: 'sakslisten', en: 'the agenda' },
  paper: { nb: 'en påminnelse om saksunderlag', en: 'a reminder about a paper' },
  meeting: { nb: 'en melding om et møte', en: 'a message about a meeting' },
  decision: { nb: 'vedtak', en: 'decisions' },
  followup: { nb: 'en påminnelse om et oppfølgingspunkt', en: 'a follow-up reminder' },
  portfolio: { nb: 'en melding om porteføljerapporteringen', en: 'a message about portfolio reporting' },
  dependency: { nb: 'en melding om en rød avhengighet', en: 'a message about a red dependency' },
  other: { nb: 'en melding', en: 'a message' },
});

const reasonTexts = defineTexts({
  unreachable: { nb: 'personen har verken Slack- eller Teams-id i medlemslisten', en: 'the person has no Slack or Teams id in the roster' },
  archived: { nb: 'kanalen er arkivert', en: 'the channel is archived' },
  channelMissing: { nb: 'kanalen finnes ikke, eller boten er ikke med i den', en: 'the channel does not exist, or the bot is not in it' },
  userGone: { nb: 'brukeren finnes ikke lenger eller er deaktivert', en: 'the user no longer exists or is deactivated' },
  removed: { nb: 'brukeren eller teamet har fjernet boten', en: 'the user or team removed the bot' },
  access: { nb: 'boten mangler tilgang', en: 'the bot lacks access' },
  retries: { nb: 'plattformen avviste meldingen eller svarte ikke', en: 'the platform refused the message or did not answer' },
});

const WHAT: [RegExp, keyof typeof whatTexts][] = [
  [/agenda/, 'agenda'],
  [/paper/, 'paper'],
  [/follow/, 'followup'],
  [/decision|minutes/, 'decision'],
  [/portfolio/, 'portfolio'],
  [/depend/, 'dependency'],
  [/meeting|member|invite|milestone|presenter/, 'meeting'],
];

const REASON: [RegExp, keyof typeof reasonTexts][] = [
  [/no configured platform/, 'unreachable'],
  [/is_archived/, 'archived'],
  [/channel_not_found|not_in_channel|conversation_not_found/, 'channelMissing'],
  [/user_not_found|user_disabled|account_inactive|cannot_dm_bot/, 'userGone'],
  [/forbidden|removed the bot/, 'removed'],
  [/invalid_auth|not_authed|token_revoked|missing_scope|unauthorized/, 'access'],
];

/** What a failed delivery was, in words a secretariat reads (from its internal kind). */
export function describeWhat(kind: string, locale: Locale): string {
  const match = WHAT.find(([pattern]) => pattern.test(kind));
  return t(locale, whatTexts[match?.[1] ?? 'other']);
}

/** Why it failed, in the reader's language, with the platform's own code kept for whoever fixes it. */
export function describeReason(reason: string, locale: Locale): string {
  const match = REASON.find(([pattern]) => pattern.test(reason));
  return match ? `${t(locale, reasonTexts[match[1]])}${match[1] === 'unreachable' ? '' : ` (${reason})`}` : `${t(locale, reasonTexts.retries)} (${reason})`;
}
