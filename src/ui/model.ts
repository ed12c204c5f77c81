/**
 * The platform-neutral description of everything Saksgang shows: messages with buttons, and forms.
 * Workflows build these; `channels/slack/render-block-kit.ts` and `channels/teams/render-adaptive-card.ts`
 * turn them into Block Kit and Adaptive Cards. Text may use `**bold**` and `[label](https://link)`;
 * user text in it is escaped (`src/ui/markup.ts`, `t()`), so it never becomes markup.
 */
import type { ActionId, FormId, SearchDataset } from './action-ids.js';

export type Payload = Record<string, string | number | boolean | null>;

export interface Button {
  actionId: ActionId;
  label: string;
  /** Small, flat data carried back with the click (Slack limits a button value to 2000 characters). */
  payload?: Payload;
  style?: 'primary' | 'danger';
  /**
   * Asks before the click counts: Slack shows its `confirm` dialog; Teams has none, so the card's button asks
   * with a confirmation card first (`ConfirmActions.ask`). The payload should then carry `confirmed: true`.
   */
  confirm?: Confirm;
}

/** The question a button asks before it acts, in the recipient's language. */
export interface Confirm {
  title: string;
  text: string;
  confirm: string;
  deny: string;
}

export interface LinkButton {
  url: string;
  label: string;
}

export type Block =
  | { type: 'header'; text: string }
  | { type: 'text'; text: string }
  | { type: 'fields'; fields: { label: string; value: string }[] }
  | { type: 'context'; text: string }
  | { type: 'divider' }
  | { type: 'image'; url: string; alt: string; title?: string }
  | { type: 'actions'; buttons: (Button | LinkButton)[] };

export interface Message {
  /** Plain text for notifications, screen readers and clients that cannot show blocks. */
  text: string;
  blocks: Block[];
  /**
   * `home`: this message is the person's home. A transport that shows the home as a message (a Teams card) keeps
   * track of it, so a turn started from it re-renders it in place afterwards (docs: src/home/README.md).
   */
  surface?: 'home';
}

export interface Option {
  value: string;
  label: string;
}

interface FieldBase {
  /** Stable within the form; comes back as the key of the submitted value. */
  id: string;
  label: string;
  required?: boolean;
  hint?: string;
}

export type Field =
  | (FieldBase & { type: 'text'; value?: string; multiline?: boolean; maxLength?: number; placeholder?: string })
  | (FieldBase & { type: 'number'; value?: string; placeholder?: string })
  | (FieldBase & { type: 'date'; value?: string })
  | (FieldBase & { type: 'time'; value?: string })
  | (FieldBase & { type: 'select'; options: Option[]; value?: string })
  | (FieldBase & { type: 'multiselect'; options: Option[]; values?: string[] })
  | (FieldBase & SearchPicker);

/**
 * A picker that searches a whole data set as the person types (Slack `external_select` answered from
 * `block_suggestion`, Teams `Input.ChoiceSet` with `Data.Query` answered from `application/search`), instead
 * of listing the first options. `value` is the chosen option's value; `initial` is its label, filled in by
 * the dispatcher from the data set (`SearchDefinition.label`) when a handler sets only `value`.
 */
export interface SearchPicker {
  type: 'search';
  dataset: SearchDataset;
  value?: string;
  initial?: Option;
  placeholder?: string;
}

export interface Form {
  formId: FormId;
  title: string;
  submitLabel: string;
  cancelLabel: string;
  /** Small data the submission needs back (ids of what is being edited). */
  context: Payload;
  intro?: Block[];
  fields: Field[];
  /**
   * A second way to send the form beside `submitLabel` (e.g. "Lagre utkast" beside "Send inn"). Sent that way, the
   * values carry `[FORM_SUBMIT_AS]: value`; sent with the main action, they carry no such value.
   */
  alternative?: { label: string; value: string };
  /**
   * Names this rendering of the form, so the same form submitted twice counts once. Set by the dispatcher
   * on every form it hands out; the Teams card carries it back in its data (Slack uses the view id and hash).
   */
  submissionKey?: string;
}

/** The value that says which of a form's actions sent it (see `Form.alternative`); never a field id. */
export const FORM_SUBMIT_AS = 'submitAs';

/** What a person typed into a form, keyed by field id. Multi-selects give arrays. */
export type FormValues = Record<string, string | string[] | undefined>;

/** Per-field messages for a rejected form, already in the person's language. */
export type FieldErrors = Record<string, string>;

export function isLinkButton(button: Button | LinkButton): button is LinkButton {
  return 'url' in button;
}

/** Returns the form with the typed values filled in, so nothing typed is lost when it is shown again. */
export function withValues(form: Form, values: FormValues): Form {
  return {
    ...form,
    fields: form.fields.map((field) => {
      const value = values[field.id];
      if (field.type === 'multiselect') {
        return { ...field, values: Array.isArray(value) ? value : value ? [value] : [] };
      }
      const one = Array.isArray(value) ? value[0] : value;
      // A picked option's label is the data set's to tell (the dispatcher fills it in again).
      if (field.type === 'search') return { ...field, value: one, initial: field.initial?.value === one ? field.initial : undefined };
      return { ...field, value: one };
    }),
  };
}
