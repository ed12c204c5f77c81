import type { FieldErrors, Form, Message } from '../ui/model.js';

/**
 * What a handler answers, in platform-neutral terms. Each transport maps every kind once:
 * - `message`: a new message to the person, where they asked;
 * - `update`: replaces the message whose button was clicked;
 * - `form`: opens a form (Slack modal / Teams card);
 * - `formErrors`: the form is shown again with a message on each bad field and everything typed kept;
 * - `formDone`: the form was accepted; the message confirms it (Slack closes the modal, Teams replaces the card).
 */
export type Reply =
  | { kind: 'message'; message: Message }
  | { kind: 'update'; message: Message }
  | { kind: 'form'; form: Form }
  | { kind: 'formErrors'; form: Form; errors: FieldErrors }
  | { kind: 'formDone'; message: Message }
  | { kind: 'none' };

export const reply = {
  message: (message: Message): Reply => ({ kind: 'message', message }),
  update: (message: Message): Reply => ({ kind: 'update', message }),
  form: (form: Form): Reply => ({ kind: 'form', form }),
  formErrors: (form: Form, errors: FieldErrors): Reply => ({ kind: 'formErrors', form, errors }),
  formDone: (message: Message): Reply => ({ kind: 'formDone', message }),
  none: (): Reply => ({ kind: 'none' }),
};
