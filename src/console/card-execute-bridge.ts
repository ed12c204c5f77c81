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

function rewrite(node: unknown, activityId: string): unknown {
  if (Array.isArray(node)) return node.map((item) => rewrite(item, activityId));
  if (!node || typeof node !== 'object') return node;
  const object = node as Record<string, unknown>;
  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(object)) copy[key] = rewrite(value, activityId);
  if (object.type !== 'Action.Execute') return copy;
  const { verb, data, ...rest } = copy;
  const base = data && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  return { ...rest, type: 'Action.Submit', data: { ...base, [EXECUTE_KEY]: { verb: String(verb ?? ''), activityId } } };
}

/**
 * The activity as the page gets it: Adaptive Cards with their Execute actions made clickable in Web Chat
 * (see `rewrite`).
 */
export function toWebChatActivity(activity: ConsoleActivity): ConsoleActivity {
  if (!activity.attachments?.length) return activity;
  return {
    ...activity,
    attachments: activity.attachments.map((attachment) =>
      attachment.contentType === 'application/vnd.microsoft.card.adaptive' ? { ...attachment, content: rewrite(attachment.content, activity.id ?? '') } : attachment,
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
