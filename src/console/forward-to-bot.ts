import type { ConsoleActivity } from './console-store.js';

export interface BotResponse {
  status: number;
  /** For an invoke: the bot's invoke response body ({ statusCode, type, value }). */
  body: Record<string, unknown> | null;
}

/**
 * Hands an activity to the bot the way the Bot Framework service does: a POST to its messaging endpoint.
 * The bot answers messages through the connector at the activity's `serviceUrl`; an invoke's answer comes
 * back in the HTTP response.
 */
export async function forwardToBot(messagingEndpoint: string, activity: ConsoleActivity): Promise<BotResponse> {
  const response = await fetch(messagingEndpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(activity),
  });
  const text = await response.text();
  let body: Record<string, unknown> | null = null;
  if (text) {
    try {
      const parsed: unknown = JSON.parse(text);
      body = parsed && typeof parsed === 'object' ? (parsed as Record<string, unknown>) : null;
    } catch {
      body = null;
    }
  }
  return { status: response.status, body };
}
