import { randomUUID } from 'node:crypto';
import { isAppError, ErrorCode, type AppError } from '../errors.js';
import { escapeParams, t } from '../i18n/text.js';
import type { Locale } from '../i18n/locale.js';
import type { FieldErrors, Form, FormValues, Option, Payload } from '../ui/model.js';
import { parseCommand } from '../commands/parse-command.js';
import { recordAudit } from '../audit/record-audit.js';
import { countSubmissionOnce, type SubmissionRun } from './count-submission-once.js';
import type { HandlerRegistry } from './handler-registry.js';
import type { TurnContext } from './handler-types.js';
import { plainMessage } from './plain-message.js';
import { reply, type Reply } from './reply.js';
import { conversationTexts } from './texts.js';

/**
 * The meeting point of both transports: a command text, a button click or a form submission comes in with
 * its actor; one handler runs; errors become a message in the person's language. Transports only parse
 * and render.
 *
 * A form submission that carries a key (the Slack view id and hash, the token in a Teams card) counts once:
 * a second copy gets the first one's reply (`count-submission-once.ts`). Every form handed out gets a
 * fresh key for the transport to carry back.
 */
export class Dispatcher {
  constructor(private readonly registry: HandlerRegistry) {}

  async command(ctx: TurnContext, text: string): Promise<Reply> {
    const parsed = parseCommand(text);
    const command = this.registry.command(parsed.name || 'help');
    if (!command) {
      const fallback = this.registry.fallback;
      if (fallback) return this.guard(ctx, 'command.unknown', () => fallback(ctx, [parsed.name, ...parsed.args].join(' ')));
      return reply.message(plainMessage(t(ctx.actor.locale, conversationTexts.unknownCommand, { command: parsed.name })));
    }
    if (command.requiresPerson && !ctx.actor.personId) return reply.message(plainMessage(t(ctx.actor.locale, conversationTexts.notInRoster)));
    return this.guard(ctx, `command.${command.name}`, () => command.run(ctx, parsed.args));
  }

  /** Is this text one of our commands (rather than a sentence for the fallback)? */
  knowsCommand(text: string): boolean {
    const parsed = parseCommand(text);
    return Boolean(this.registry.command(parsed.name || 'help'));
  }

  async action(ctx: TurnContext, actionId: string, payload: Payload): Promise<Reply> {
    const action = this.registry.action(actionId);
    if (!action) return reply.message(plainMessage(t(ctx.actor.locale, conversationTexts.unknownAction)));
    if (action.requiresPerson && !ctx.actor.personId) return reply.message(plainMessage(t(ctx.actor.locale, conversationTexts.notInRoster)));
    return this.guard(ctx, actionId, () => action.run(ctx, payload), payload);
  }

  /** `submissionKey` names this copy of the form (see the class comment); without one it simply runs. */
  async submit(ctx: TurnContext, formId: string, values: FormValues, context: Payload, submissionKey?: string | null): Promise<Reply> {
    const form = this.registry.form(formId);
    if (!form) return reply.message(plainMessage(t(ctx.actor.locale, conversationTexts.unknownAction)));
    if (form.requiresPerson && !ctx.actor.personId) return reply.message(plainMessage(t(ctx.actor.locale, conversationTexts.notInRoster)));
    const run = () => this.attempt(ctx, formId, () => form.submit(ctx, values, context), context);
    if (!submissionKey) return (await run()).reply;
    const key = `${ctx.actor.platform}:${ctx.actor.platformUserId}:${formId}:${submissionKey}`;
    return countSubmissionOnce(ctx.services, { key, formId, actor: ctx.actor }, run);
  }

  /** The form's own checks of the values (`FormDefinition.check`): the errors by field, or null when they pass or it has none. */
  check(formId: string, values: FormValues, locale: Locale): FieldErrors | null {
    const errors = this.registry.form(formId)?.check?.(values, locale) ?? null;
    return errors && Object.keys(errors).length > 0 ? errors : null;
  }

  /**
   * A search picker's question: the options of `dataset` matching `query`. Answers fast and never fails: an
   * unknown data set, a person outside the roster or an error gives no options (the error is logged).
   */
  async search(ctx: TurnContext, dataset: string, query: string, limit = SEARCH_LIMIT): Promise<Option[]> {
    const search = this.registry.search(dataset);
    if (!search || !ctx.actor.personId) return [];
    try {
      return (await search.search(ctx, query.slice(0, 200), limit)).slice(0, limit);
    } catch (error) {
      ctx.services.log.error('search failed', { dataset, error });
      return [];
    }
  }

  /** Fills in the label of every search picker that has a value but no label yet, so the chosen option shows. */
  private async withSearchLabels(ctx: TurnContext, form: Form): Promise<Form> {
    if (!form.fields.some((f) => f.type === 'search' && f.value && !f.initial)) return form;
    const fields = await Promise.all(
      form.fields.map(async (field) => {
        if (field.type !== 'search' || !field.value || field.initial) return field;
        const label = await this.registry.search(field.dataset)?.label(ctx, field.value);
        return label ? { ...field, initial: { value: field.value, label } } : { ...field, value: undefined };
      }),
    );
    return { ...form, fields };
  }

  private async guard(ctx: TurnContext, action: string, run: () => Promise<Reply>, details?: Payload): Promise<Reply> {
    return (await this.attempt(ctx, action, run, details)).reply;
  }

  /** Runs one handler; `settled` says it returned normally with something other than form errors. */
  private async attempt(ctx: TurnContext, action: string, run: () => Promise<Reply>, details?: Payload): Promise<SubmissionRun> {
    const { services, actor } = ctx;
    let result: Reply;
    try {
      result = withSubmissionKey(await run());
      if (result.kind === 'form' || result.kind === 'formErrors') result = { ...result, form: await this.withSearchLabels(ctx, result.form) };
    } catch (error) {
      return { reply: errorReply(ctx, action, error), settled: false };
    }
    if (result.kind === 'formErrors') return { reply: result, settled: false };
    await recordAudit(services.db, { actorId: actor.personId, platform: actor.platform, action, subjectType: 'turn', details: details ?? null }).catch(
      (error: unknown) => services.log.warn('audit write failed', { error }),
    );
    return { reply: result, settled: true };
  }
}

/** Slack shows at most 100 options in a select; Teams asks for fewer. */
export const SEARCH_LIMIT = 100;

/** A coded refusal in the person's language; anything else is logged and answered "something went wrong". */
function errorReply({ services, actor }: TurnContext, action: string, error: unknown): Reply {
  if (isAppError(error) && error.userText) return reply.message(plainMessage(userText(error, actor.locale)));
  if (isAppError(error) && error.code === ErrorCode.Forbidden) return reply.message(plainMessage(t(actor.locale, conversationTexts.forbidden)));
  if (isAppError(error) && error.code === ErrorCode.NotFound) return reply.message(plainMessage(t(actor.locale, conversationTexts.notFound)));
  services.log.error('handler failed', { action, error });
  return reply.message(plainMessage(t(actor.locale, conversationTexts.somethingWentWrong)));
}

/** Every form handed out names its rendering, so that the same copy submitted twice counts once. */
function withSubmissionKey(result: Reply): Reply {
  if ((result.kind === 'form' || result.kind === 'formErrors') && !result.form.submissionKey) {
    return { ...result, form: { ...result.form, submissionKey: randomUUID() } };
  }
  return result;
}

function userText(error: AppError, locale: Locale): string {
  const text = error.userText![locale] as string | ((params: unknown) => string);
  // Same rule as `t()`: the parameters are escaped as user text.
  return typeof text === 'function' ? text(escapeParams(error.userParams)) : text;
}
