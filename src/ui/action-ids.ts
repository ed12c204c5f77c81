/**
 * Every button, form and card verb has a stable id, defined once here and imported by both the renderers'
 * callers and the handlers. Changing one breaks buttons in messages already sent: add, do not rename.
 */
export const ActionIds = {
  helpShow: 'saksgang.help.show',
  noop: 'saksgang.noop',
  /** Teams: a button with a `confirm` question first shows a confirmation card (its payload names the real verb). */
  confirmAsk: 'saksgang.confirm.ask',
  /** The "no" of a confirmation step: nothing changes. */
  confirmCancel: 'saksgang.confirm.cancel',
  /**
   * Slack: the button of a form's second action (`Form.alternative`, e.g. "Lagre utkast") inside the modal. Its click
   * is read as a submission of the modal's form with `submitAs` set; Teams sends the form's verb instead.
   */
  formAlternative: 'saksgang.form-alternative',
} as const;
export type ActionId = (typeof ActionIds)[keyof typeof ActionIds] | `saksgang.${string}`;

export const FormIds = {} as const;
export type FormId = `saksgang.form.${string}`;

/** Prefix that marks our own actions; anything else is ignored by the routers. */
export const ACTION_PREFIX = 'saksgang.';

/**
 * A search picker's data set: what it searches (the roster's people, a dependency's possible providers). The
 * Slack `external_select` carries it as its action id, the Teams `Data.Query` as its `dataset`; the platform
 * asks with it and the registered search (`HandlerRegistry.addSearch`) answers. Never rename one.
 */
export type SearchDataset = `saksgang.search.${string}`;
