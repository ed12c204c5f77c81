import type { ConsoleActivity } from './console-store.js';

/**
 * Web Chat 4.18 renders `Action.Execute` buttons but ignores their clicks (it knows `Action.Submit` only).
 * So cards go to the page with each `Action.Execute` turned into an `Action.Submit` whose data carries the
 * verb and the card's activity id under this key; Web Chat posts that back as a `postBack` message, and
 * the Direct Line endpoint turns it into the `adaptiveCard/action` invoke Teams would have sent.
 */
export const EXECUTE_KEY = '__saksgangExecute';

export interface ConsoleExecute {
  verb: string;
  activityId: string;
  data: Record<string, unknown>;
}

/** A search picker's choices as the console lists them, by data set (`Data.Query` dataset). */
export type StaticChoices = ReadonlyMap<string, { title: string; value: string }[]>;

/** The data set a `Data.Query` choice set asks, or null. */
function dataQueryOf(object: Record<string, unknown>): string | null {
  const data = object['choices.data'] as { type?: unknown; dataset?: unknown } | undefined;
  return object.type === 'Input.ChoiceSet' && data?.type === 'Data.Query' && typeof data.dataset === 'string' ? data.dataset : null;
}

/** Every data set that the activity's cards search with `Data.Query`. */
export function dataQueryDatasets(activity: ConsoleActivity): string[] {
  const found = new Set<string>();
  const walk = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(walk);
    else if (node && typeof node === 'object') {
      const dataset = dataQueryOf(node as Record<string, unknown>);
      if (dataset) found.add(dataset);
      Object.values(node).forEach(walk);
    }
  };
  for (const attachment of activity.attachments ?? []) if (attachment.contentType === 'application/vnd.microsoft.card.adaptive') walk(attachment.content);
  return [...found];
}

function rewrite(node: unknown, activityId: string, choices: StaticChoices): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, activityId, choices));
  if (!node || typeof node !== 'object') return node;
  const object = node as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) copy[key] = rewrite(value, activityId, choices);
  const dataset = dataQueryOf(object);
  if (dataset) {
    // Web Chat has no host for `Data.Query` (it never asks the bot): the console lists the choices instead, in
    // a plain drop-down (docs/console.md, "Search pickers").
    const { 'choices.data': _query, ...rest } = copy;
    const initial = Array.isArray(object.choices) ? (object.choices as { title: string; value: string }[]) : [];
    const listed = (choices.get(dataset) ?? []).filter((c) => !initial.some((i) => i.value === c.value));
    return { ...rest, style: 'compact', choices: [...initial, ...listed] };
  }
  if (object.type !== 'Action.Execute') return copy;
  const { verb, data, ...rest } = copy;
  const base = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { ...rest, type: 'Action.Submit', data: { ...base, [EXECUTE_KEY]: { verb: String(verb ?? ''), activityId } } };
}

/**
 * The activity as the page gets it: Adaptive Cards with their Execute actions made clickable in Web Chat, and
 * their search pickers listing `choices` (see `rewrite`).
 */
export function toWebChatActivity(activity: ConsoleActivity, choices: StaticChoices = new Map()): ConsoleActivity {
  if (!activity.attachments?.length) return activity;
  return {
    ...activity,
    attachments: activity.attachments.map((attachment) =>
      attachment.contentType === 'application/vnd.microsoft.card.adaptive' ? { ...attachment, content: rewrite(attachment.content, activity.id ?? '', choices) } : attachment,
    ),
  };
}

/** Reads a post-back from a rewritten card: the verb, the card's activity id, and the data without our key. */
export function readConsoleExecute(value: unknown): ConsoleExecute | null {
  if (!value || typeof value !== 'object') return null;
  const { [EXECUTE_KEY]: marker, ...data } = value as Record<string, unknown>;
  if (!marker || typeof marker !== 'object') return null;
  const { verb, activityId } = marker as Record<string, unknown>;
  if (typeof verb !== 'string' || !verb) return null;
  return { verb, activityId: typeof activityId === 'string' ? activityId : '', data };
}
