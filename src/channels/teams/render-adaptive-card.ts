import type { Block as UiBlock, Button, Field, FieldErrors, Form, LinkButton, Message } from '../../ui/model.js';
import { FORM_SUBMIT_AS, isLinkButton } from '../../ui/model.js';
import { unescapeMarkup } from '../../ui/markup.js';
import { ActionIds } from '../../ui/action-ids.js';

/** Adaptive Cards 1.5 with Universal Actions (`Action.Execute`), which Teams and Web Chat both render. */
export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard'; body: Record<string, unknown>[] };

/** Keys of Action.Execute data that carry our routing; input ids never start with an underscore. */
export const CARD_FORM_ID = '_formId';
export const CARD_CONTEXT = '_context';
export const CARD_PAYLOAD = '_payload';
export const CARD_MULTI = '_multi';
/** The form's submission key: the same card submitted twice counts once. */
export const CARD_SUBMISSION = '_submission';

/**
 * Marks the actions of a card that is, or descends from, the person's home card: `true` on the home card itself,
 * the home card's activity id on a card opened from it (a form, the dependency's own card, their answers), so the
 * turn a click starts can re-render the home in place (teams-bot.ts).
 */
export const CARD_HOME = '_home';

/** Teams rejects cards above ~28 KB; we stay below with room for the envelope. */
const MAX_CARD_BYTES = 26_000;

/**
 * Card markdown reads a line that starts with "21. januar" as a numbered list; a backslash keeps it
 * a date. Our markup is card markdown already: characters escaped as user text (`\[`,
 * `\*`) stay escaped and show literally, so a person's text never becomes a link or emphasis.
 */
function literalNumbers(text: string): string {
  return text.replace(/^(\s*\d+)\. /gm, '$1\\. ');
}

function executeAction(button: Button) {
  if (button.confirm) {
    // Cards have no confirm dialog: the click first brings a confirmation card, whose "yes" is the real verb.
    const ask = { verb: button.actionId, payload: JSON.stringify(button.payload ?? {}), style: button.style ?? null, ...button.confirm };
    return { type: 'Action.Execute', title: unescapeMarkup(button.label), verb: ActionIds.confirmAsk, data: { [CARD_PAYLOAD]: ask }, ...actionStyle(button) };
  }
  return {
    type: 'Action.Execute',
    title: unescapeMarkup(button.label),
    verb: button.actionId,
    data: { [CARD_PAYLOAD]: button.payload ?? {} },
    ...actionStyle(button),
  };
}

function actionStyle(button: Button) {
  return button.style === 'primary' ? { style: 'positive' } : button.style === 'danger' ? { style: 'destructive' } : {};
}

/** The Adaptive Cards SDK shows at most 5 actions in one set and moves the rest into an overflow menu. */
const MAX_ACTIONS_PER_SET = 5;

function renderAction(button: Button | LinkButton) {
  return isLinkButton(button) ? { type: 'Action.OpenUrl', title: unescapeMarkup(button.label), url: button.url } : executeAction(button);
}

function renderBlock(block: UiBlock): Record<string, unknown>[] {
  switch (block.type) {
    case 'header':
      return [{ type: 'TextBlock', text: literalNumbers(block.text), weight: 'Bolder', size: 'Large', wrap: true }];
    case 'text':
      // Card markdown needs a blank line for a line break; our neutral text uses single newlines.
      return [{ type: 'TextBlock', text: literalNumbers(block.text).replace(/\n+/g, '\n\n'), wrap: true }];
    case 'fields':
      return [{ type: 'FactSet', facts: block.fields.map((f) => ({ title: unescapeMarkup(f.label), value: literalNumbers(f.value) })) }];
    case 'context':
      return [{ type: 'TextBlock', text: literalNumbers(block.text), wrap: true, isSubtle: true, size: 'Small' }];
    case 'divider':
      return [{ type: 'TextBlock', text: ' ', separator: true, spacing: 'Medium' }];
    case 'image':
      return [{ type: 'Image', url: block.url, altText: unescapeMarkup(block.alt), size: 'Stretch' }];
    case 'actions':
      // The main (primary) action first, then sets of at most five, so none hides in an overflow menu.
      return chunk([...block.buttons.filter(isMain), ...block.buttons.filter((b) => !isMain(b))], MAX_ACTIONS_PER_SET).map((buttons) => ({
        type: 'ActionSet',
        actions: buttons.map(renderAction),
      }));
  }
}

function isMain(button: Button | LinkButton): boolean {
  return !isLinkButton(button) && button.style === 'primary';
}

function chunk<T>(items: T[], size: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += size) out.push(items.slice(i, i + size));
  return out;
}

function card(body: Record<string, unknown>[], actions: Record<string, unknown>[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
  };
}

function fitToSize(result: AdaptiveCard): AdaptiveCard {
  let current = result;
  while (Buffer.byteLength(JSON.stringify(current)) > MAX_CARD_BYTES && current.body.length > 2) {
    current = { ...current, body: [...current.body.slice(0, -2), { type: 'TextBlock', text: '…', wrap: true }] };
  }
  return current;
}

export function renderMessageCard(message: Message): AdaptiveCard {
  const rendered = fitToSize(card(message.blocks.flatMap(renderBlock)));
  return message.surface === 'home' ? markHomeActions(rendered, true) : rendered;
}

/** Sets `_home` on every Action.Execute of the card (see CARD_HOME); the card is changed and returned. */
export function markHomeActions<T>(node: T, home: true | string): T {
  if (Array.isArray(node)) node.forEach((child) => markHomeActions(child, home));
  else if (node && typeof node === 'object') {
    const record = node as Record<string, unknown>;
    if (record.type === 'Action.Execute') record.data = { ...((record.data as Record<string, unknown> | undefined) ?? {}), [CARD_HOME]: home };
    for (const value of Object.values(record)) if (value && typeof value === 'object') markHomeActions(value, home);
  }
  return node;
}

function renderInput(field: Field): Record<string, unknown> {
  // Required fields are marked in the label and checked on the server, which answers in the person's
  // language; `isRequired` without a localized errorMessage makes some card hosts refuse the whole card.
  const label = unescapeMarkup(field.label);
  const base = { id: field.id, label: field.required ? `${label} *` : label };
  switch (field.type) {
    case 'text':
      return {
        ...base,
        type: 'Input.Text',
        isMultiline: Boolean(field.multiline),
        ...(field.maxLength ? { maxLength: field.maxLength } : {}),
        ...(field.value !== undefined ? { value: field.value } : {}),
        ...(field.placeholder ? { placeholder: unescapeMarkup(field.placeholder) } : {}),
      };
    case 'number':
      // Kept as text so a malformed number comes back to us as typed and is refused with our message.
      return { ...base, type: 'Input.Text', ...(field.value !== undefined ? { value: field.value } : {}) };
    case 'date':
      return { ...base, type: 'Input.Date', ...(field.value ? { value: field.value } : {}) };
    case 'time':
      return { ...base, type: 'Input.Time', ...(field.value ? { value: field.value } : {}) };
    case 'select':
      return {
        ...base,
        type: 'Input.ChoiceSet',
        style: 'compact',
        choices: field.options.map((o) => ({ title: unescapeMarkup(o.label), value: o.value })),
        ...(field.value ? { value: field.value } : {}),
      };
    case 'multiselect':
      return {
        ...base,
        type: 'Input.ChoiceSet',
        isMultiSelect: true,
        style: 'expanded',
        choices: field.options.map((o) => ({ title: unescapeMarkup(o.label), value: o.value })),
        ...(field.values?.length ? { value: field.values.join(',') } : {}),
      };
    case 'search':
      // Teams asks the bot (`application/search`, teams-bot.ts) as the person types; the one static choice is
      // the option already chosen, so it shows before any search.
      return {
        ...base,
        type: 'Input.ChoiceSet',
        style: 'filtered',
        'choices.data': { type: 'Data.Query', dataset: field.dataset },
        choices: field.initial ? [{ title: unescapeMarkup(field.initial.label), value: field.initial.value }] : [],
        ...(field.initial ? { value: field.initial.value } : {}),
        ...(field.placeholder ? { placeholder: unescapeMarkup(field.placeholder) } : {}),
      };
  }
}

/**
 * A form as a card. Server-side errors are shown under their field in the attention colour, and the
 * inputs carry the typed values, so a rejected form keeps everything.
 */
export function renderFormCard(form: Form, errors: FieldErrors = {}): AdaptiveCard {
  const errorCount = Object.keys(errors).length;
  const body: Record<string, unknown>[] = [
    { type: 'TextBlock', text: form.title, weight: 'Bolder', size: 'Large', wrap: true },
    ...(form.intro ?? []).flatMap(renderBlock),
  ];
  for (const field of form.fields) {
    body.push(renderInput(field));
    if (field.hint) body.push({ type: 'TextBlock', text: field.hint, isSubtle: true, size: 'Small', wrap: true, spacing: 'None' });
    const error = errors[field.id];
    if (error) body.push({ type: 'TextBlock', text: error, color: 'Attention', wrap: true, spacing: 'None', id: `${field.id}-error` });
  }
  const submit = {
    type: 'Action.Execute',
    title: form.submitLabel,
    verb: form.formId,
    style: 'positive',
    data: {
      [CARD_FORM_ID]: form.formId,
      [CARD_CONTEXT]: form.context,
      [CARD_MULTI]: form.fields.filter((f) => f.type === 'multiselect').map((f) => f.id),
      ...(form.submissionKey ? { [CARD_SUBMISSION]: form.submissionKey } : {}),
    },
  };
  // A second action (e.g. "Lagre utkast") sends the same form and says so in its data.
  const alternative = form.alternative ? [{ type: 'Action.Execute', title: form.alternative.label, verb: form.formId, data: { ...submit.data, [FORM_SUBMIT_AS]: form.alternative.value } }] : [];
  const result = card(body, [submit, ...alternative]);
  return errorCount > 0 ? { ...result, fallbackText: Object.values(errors).join(' ') } : result;
}
