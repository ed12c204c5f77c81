import type { Audience } from '../access/person-rights.js';
import type { AppServices } from '../app/services.js';
import type { Text } from '../i18n/text.js';
import type { FormId, ActionId, SearchDataset } from '../ui/action-ids.js';
import type { Locale } from '../i18n/locale.js';
import type { FieldErrors, FormValues, Option, Payload } from '../ui/model.js';
import type { Actor } from './actor.js';
import type { Reply } from './reply.js';

export interface TurnContext {
  actor: Actor;
  services: AppServices;
  /**
   * Where the turn's answer is seen: `shared` for a Teams channel or group chat (an @mention), where others read
   * it; `personal` (the default) for the person's own chat with the bot, a form, and every Slack turn (Slack's
   * answers in a channel are ephemeral, seen by the asker only). What is only the person's own (their home) is never answered in a shared place.
   */
  place?: 'personal' | 'shared';
}

/** A chat command, e.g. `help` or `møte ny NUIT`. The same grammar serves Slack and Teams. */
export interface CommandDefinition {
  /** The English name; `aliases` hold the bokmål and short forms. All are matched case-insensitively. */
  name: string;
  aliases: string[];
  summary: Text;
  usage?: Text;
  /** When true, people outside the roster get a polite refusal instead. */
  requiresPerson: boolean;
  /** Who `help` shows it to (default everyone); the command itself still asks the access module. */
  audience?: Audience;
  run(ctx: TurnContext, args: string[]): Promise<Reply>;
}

/** What a button click does. */
export interface ActionDefinition {
  actionId: ActionId;
  requiresPerson: boolean;
  run(ctx: TurnContext, payload: Payload): Promise<Reply>;
}

/** What a form submission does. */
export interface FormDefinition {
  formId: FormId;
  requiresPerson: boolean;
  submit(ctx: TurnContext, values: FormValues, context: Payload): Promise<Reply>;
  /**
   * The form's own checks of what was typed, which need nothing but the values (no database): the errors by
   * field, or null. A Slack submission that must wait for a turn slot is checked with this before its
   * answer, so that its errors still go on the open form; `submit` checks the same again.
   */
  check?(values: FormValues, locale: Locale): FieldErrors | null;
}

/**
 * What a search picker's data set answers: the options matching what the person typed, within what they may
 * see, at most `limit` of them (Slack shows 100); and the label of one value, to show a chosen option again.
 */
export interface SearchDefinition {
  dataset: SearchDataset;
  search(ctx: TurnContext, query: string, limit: number): Promise<Option[]>;
  label(ctx: TurnContext, value: string): Promise<string | null>;
}
