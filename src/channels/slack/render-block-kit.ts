import { ActionIds } from '../../ui/action-ids.js';
import type { Block as UiBlock, Button, Field, FieldErrors, Form, LinkButton, Message } from '../../ui/model.js';
import { isLinkButton } from '../../ui/model.js';
import { unescapeMarkup, withEscapesHidden } from '../../ui/markup.js';

/** Slack's limits that the renderer enforces so a long text never makes a whole message fail. */
const LIMITS = { blocks: 50, modalBlocks: 100, section: 3000, header: 150, field: 2000, buttonText: 75, buttonValue: 2000, title: 24, option: 75, options: 100 };

type SlackBlock = Record<string, unknown>;

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Our neutral markup (`**bold**`, `[label](url)`) in Slack's mrkdwn. `&`, `<` and `>` are escaped in every text,
 * so nothing can ping (`<!channel>`) or hide a link (`<https://evil|ok>`); characters escaped as user text
 * (`\\[`, `\\*`) never take part in our markup and come out as themselves.
 */
export function toMrkdwn(text: string): string {
  return withEscapesHidden(escapeMrkdwn(text), (masked) =>
    masked
      .replace(/\*\*(.+?)\*\*/g, '*$1*')
      .replace(/\[([^\]]+)\]\((https?:\/\/[^)\s]+)\)/g, (_m, label: string, url: string) => `<${url.replace(/&amp;/g, '&')}|${label}>`),
  );
}

/** Plain text: Slack shows it as typed, so only the escapes of our markup are undone. */
function plain(text: string, max: number) {
  return { type: 'plain_text', text: clip(unescapeMarkup(text), max), emoji: true };
}

function renderButton(button: Button | LinkButton, index: number): SlackBlock {
  if (isLinkButton(button)) {
    return { type: 'button', action_id: `link.${index}`, text: plain(button.label, LIMITS.buttonText), url: button.url };
  }
  const value = JSON.stringify(button.payload ?? {});
  if (value.length > LIMITS.buttonValue) throw new Error(`Button ${button.actionId} carries more than ${LIMITS.buttonValue} characters`);
  return {
    type: 'button',
    // Slack wants action ids unique within a block; the payload tells the handler which row it was.
    action_id: `${button.actionId}#${index}`,
    text: plain(button.label, LIMITS.buttonText),
    value,
    ...(button.style ? { style: button.style } : {}),
    ...(button.confirm
      ? {
          // Slack's own dialog: the click reaches us only after "yes".
          confirm: {
            title: plain(button.confirm.title, 100),
            text: { type: 'mrkdwn', text: clip(toMrkdwn(button.confirm.text), 300) },
            confirm: plain(button.confirm.confirm, 30),
            deny: plain(button.confirm.deny, 30),
            ...(button.style === 'danger' ? { style: 'danger' } : {}),
          },
        }
      : {}),
  };
}

function renderBlock(block: UiBlock): SlackBlock[] {
  switch (block.type) {
    case 'header':
      // Escaped like every posted text, so a header never carries `<!channel>` as such; Slack shows the entities as characters.
      return [{ type: 'header', text: plain(escapeMrkdwn(block.text), LIMITS.header) }];
    case 'text':
      return [{ type: 'section', text: { type: 'mrkdwn', text: clip(toMrkdwn(block.text), LIMITS.section) } }];
    case 'fields': {
      // A section holds at most ten fields.
      const out: SlackBlock[] = [];
      for (let i = 0; i < block.fields.length; i += 10) {
        out.push({
          type: 'section',
          fields: block.fields.slice(i, i + 10).map((f) => ({
            type: 'mrkdwn',
            text: clip(`*${escapeMrkdwn(unescapeMarkup(f.label))}*\n${toMrkdwn(f.value)}`, LIMITS.field),
          })),
        });
      }
      return out;
    }
    case 'context':
      return [{ type: 'context', elements: [{ type: 'mrkdwn', text: clip(toMrkdwn(block.text), LIMITS.section) }] }];
    case 'divider':
      return [{ type: 'divider' }];
    case 'image':
      return [{ type: 'image', image_url: block.url, alt_text: clip(unescapeMarkup(block.alt), 2000), ...(block.title ? { title: plain(block.title, 2000) } : {}) }];
    case 'actions':
      // An actions block holds at most 25 elements.
      return block.buttons.length === 0 ? [] : [{ type: 'actions', elements: block.buttons.slice(0, 25).map(renderButton) }];
  }
}

function renderBlocks(blocks: UiBlock[], max: number): SlackBlock[] {
  const out = blocks.flatMap(renderBlock);
  if (out.length <= max) return out;
  return [...out.slice(0, max - 1), { type: 'context', elements: [{ type: 'mrkdwn', text: '…' }] }];
}

/** A text for a field that Slack reads as mrkdwn but where we want no markup (notification text, ephemeral notes). */
export function toSlackText(text: string): string {
  return escapeMrkdwn(unescapeMarkup(text));
}

export function renderMessage(message: Message): { text: string; blocks: SlackBlock[] } {
  // The notification text is mrkdwn too: escaped, so a `<!channel>` in it never pings, and our `**bold**`
  // becomes Slack's `*bold*` instead of showing its asterisks.
  return { text: clip(toMrkdwn(message.text), 3000), blocks: renderBlocks(message.blocks, LIMITS.blocks) };
}

/** The App Home tab (`views.publish`): the message's blocks; a home view holds up to 100. */
export function renderHomeView(message: Message): SlackBlock {
  return { type: 'home', blocks: renderBlocks(message.blocks, LIMITS.modalBlocks) };
}

/** A search picker asks from the second typed character: one letter matches most of a large roster. */
export const SEARCH_MIN_QUERY_LENGTH = 2;

/** A search answer as Slack's options (`block_suggestion`): at most 100, labels within Slack's 75 characters. */
export function renderSearchOptions(options: { value: string; label: string }[]) {
  return options.slice(0, LIMITS.options).map((o) => option(o.value, o.label));
}

function option(value: string, label: string) {
  return { text: plain(label, LIMITS.option), value };
}

function renderElement(field: Field): SlackBlock {
  const base = { action_id: field.id };
  switch (field.type) {
    case 'text':
      return {
        ...base,
        type: 'plain_text_input',
        multiline: Boolean(field.multiline),
        ...(field.maxLength ? { max_length: field.maxLength } : {}),
        ...(field.value ? { initial_value: field.value } : {}),
        ...(field.placeholder ? { placeholder: plain(field.placeholder, 150) } : {}),
      };
    case 'number':
      // A plain text input, so that a malformed number reaches us and is refused with our own message.
      return { ...base, type: 'plain_text_input', ...(field.value ? { initial_value: field.value } : {}) };
    case 'date':
      return { ...base, type: 'datepicker', ...(field.value ? { initial_date: field.value } : {}) };
    case 'time':
      return { ...base, type: 'timepicker', ...(field.value ? { initial_time: field.value } : {}) };
    case 'select': {
      const options = field.options.slice(0, LIMITS.options).map((o) => option(o.value, o.label));
      const initial = options.find((o) => o.value === field.value);
      return { ...base, type: 'static_select', options, ...(initial ? { initial_option: initial } : {}) };
    }
    case 'multiselect': {
      const options = field.options.slice(0, LIMITS.options).map((o) => option(o.value, o.label));
      const initial = options.filter((o) => field.values?.includes(o.value));
      return { ...base, type: 'multi_static_select', options, ...(initial.length ? { initial_options: initial } : {}) };
    }
    case 'search':
      // Slack asks /slack/events (`block_suggestion`, listeners/options.ts) as the person types; the action id
      // names the data set, the block id (the field id) keys the submitted value.
      return {
        type: 'external_select',
        action_id: field.dataset,
        min_query_length: SEARCH_MIN_QUERY_LENGTH,
        ...(field.initial ? { initial_option: option(field.initial.value, field.initial.label) } : {}),
        ...(field.placeholder ? { placeholder: plain(field.placeholder, 150) } : {}),
      };
  }
}

/** A form as a Slack modal view. The callback id is the form id; the context travels in private_metadata. */
export function renderModal(form: Form, errors: FieldErrors = {}): SlackBlock {
  const inputs = form.fields.flatMap((field): SlackBlock[] => {
    const input = {
      type: 'input',
      block_id: field.id,
      optional: !field.required,
      label: plain(field.label, 2000),
      element: renderElement(field),
      ...(field.hint ? { hint: plain(field.hint, 2000) } : {}),
    };
    // Errors of a form sent by its second action (Slack shows field errors only for the modal's own submit).
    const error = errors[field.id];
    return error ? [input, { type: 'context', elements: [{ type: 'mrkdwn', text: `:warning: ${toMrkdwn(error)}` }] }] : [input];
  });
  // The form's second action (`Form.alternative`): a button in the modal, read as a submission (listeners/action.ts).
  const alternative: SlackBlock[] = form.alternative
    ? [{ type: 'actions', block_id: 'saksgang-form-alternative', elements: [{ type: 'button', action_id: ActionIds.formAlternative, text: plain(form.alternative.label, 75), value: form.alternative.value }] }]
    : [];
  return {
    type: 'modal',
    callback_id: form.formId,
    private_metadata: JSON.stringify(form.context),
    title: plain(form.title, LIMITS.title),
    submit: plain(form.submitLabel, LIMITS.title),
    close: plain(form.cancelLabel, LIMITS.title),
    blocks: [...renderBlocks(form.intro ?? [], 20), ...inputs].slice(0, LIMITS.modalBlocks - alternative.length).concat(alternative),
  };
}

/** A modal that only shows a message (a confirmation, a refusal, "working on it"), with a close button. */
export function renderMessageModal(title: string, closeLabel: string, message: Message, options: { externalId?: string; clearOnClose?: boolean } = {}): SlackBlock {
  return {
    type: 'modal',
    ...(options.externalId ? { external_id: options.externalId } : {}),
    ...(options.clearOnClose ? { clear_on_close: true } : {}),
    title: plain(title, LIMITS.title),
    close: plain(closeLabel, LIMITS.title),
    blocks: renderBlocks(message.blocks.length ? message.blocks : [{ type: 'text', text: message.text }], LIMITS.modalBlocks),
  };
}
