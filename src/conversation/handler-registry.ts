import type { ActionDefinition, CommandDefinition, FormDefinition, SearchDefinition, TurnContext } from './handler-types.js';
import type { Reply } from './reply.js';

/** What answers a message that is no command: the whole text, as typed. */
export type FallbackAnswer = (ctx: TurnContext, text: string) => Promise<Reply>;

/** All commands, buttons, forms and search pickers' data sets the bot answers, looked up by stable id or command word. */
export class HandlerRegistry {
  readonly commands: CommandDefinition[] = [];
  private readonly commandsByWord = new Map<string, CommandDefinition>();
  private readonly actions = new Map<string, ActionDefinition>();
  private readonly forms = new Map<string, FormDefinition>();
  /** Answers a sentence that is no command (the home's buttons instead of "unknown command"); set once. */
  fallback: FallbackAnswer | null = null;
  private readonly searches = new Map<string, SearchDefinition>();

  addCommand(command: CommandDefinition): this {
    for (const word of [command.name, ...command.aliases].map((w) => w.toLowerCase())) {
      if (this.commandsByWord.has(word)) throw new Error(`Command word "${word}" is registered twice`);
      this.commandsByWord.set(word, command);
    }
    this.commands.push(command);
    return this;
  }

  addAction(action: ActionDefinition): this {
    if (this.actions.has(action.actionId)) throw new Error(`Action ${action.actionId} is registered twice`);
    this.actions.set(action.actionId, action);
    return this;
  }

  addForm(form: FormDefinition): this {
    if (this.forms.has(form.formId)) throw new Error(`Form ${form.formId} is registered twice`);
    this.forms.set(form.formId, form);
    return this;
  }

  setFallback(answer: FallbackAnswer): this {
    if (this.fallback) throw new Error('The fallback answer is set twice');
    this.fallback = answer;
    return this;
  }

  addSearch(search: SearchDefinition): this {
    if (this.searches.has(search.dataset)) throw new Error(`Search ${search.dataset} is registered twice`);
    this.searches.set(search.dataset, search);
    return this;
  }

  search(dataset: string): SearchDefinition | undefined {
    return this.searches.get(dataset);
  }

  command(word: string): CommandDefinition | undefined {
    return this.commandsByWord.get(word.toLowerCase());
  }

  action(actionId: string): ActionDefinition | undefined {
    return this.actions.get(actionId);
  }

  form(formId: string): FormDefinition | undefined {
    return this.forms.get(formId);
  }
}
