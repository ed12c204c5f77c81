import { randomUUID } from 'node:crypto';

export interface TeamsUser {
  id: string;
  aadObjectId?: string;
  name?: string;
}

/** The 1:1 conversation between a user and the bot, as the activities below name it. */
export const dmOf = (user: TeamsUser) => `a:dm-${user.id}`;

function base(serviceUrl: string, user: TeamsUser, locale = 'nb-NO') {
  return {
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl,
    timestamp: new Date().toISOString(),
    locale,
    from: { id: user.id, name: user.name ?? user.id, aadObjectId: user.aadObjectId },
    recipient: { id: '28:saksgang-bot', name: 'Saksgang' },
    conversation: { id: dmOf(user), conversationType: 'personal', tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
  };
}

/** A message the user typed to the bot in a 1:1 chat. */
export function messageActivity(serviceUrl: string, user: TeamsUser, text: string, locale?: string) {
  return { ...base(serviceUrl, user, locale), type: 'message', text };
}

/** An Action.Execute invoke from a card (button or form submit). */
export function cardActionActivity(serviceUrl: string, user: TeamsUser, verb: string, data: Record<string, unknown>, locale?: string) {
  return {
    ...base(serviceUrl, user, locale),
    type: 'invoke',
    name: 'adaptiveCard/action',
    value: { action: { type: 'Action.Execute', verb, data }, trigger: 'manual' },
  };
}

export async function postActivity(baseUrl: string, activity: unknown, headers: Record<string, string> = {}) {
  const response = await fetch(`${baseUrl}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null; // an error page, e.g. "Unauthorized"
  }
  return { status: response.status, json, text };
}
