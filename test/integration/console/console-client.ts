/**
 * A tiny Direct Line 3.0 client for tests of the local console: what Web Chat does, without a browser.
 */
export interface ConsoleConversation {
  token: string;
  conversationId: string;
  userId: string;
  watermark: number;
}

export async function openConsoleConversation(baseUrl: string, person: string, channel?: string): Promise<ConsoleConversation> {
  const session = await fetch(`${baseUrl}/console/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ person, ...(channel ? { channel } : {}) }),
  });
  if (session.status !== 201) throw new Error(`session for ${person}: ${session.status} ${await session.text()}`);
  const { token, user } = (await session.json()) as { token: string; user: { id: string } };
  const started = await fetch(`${baseUrl}/console/directline/conversations`, { method: 'POST', headers: { authorization: `Bearer ${token}` } });
  if (started.status !== 201) throw new Error(`start conversation: ${started.status}`);
  const { conversationId } = (await started.json()) as { conversationId: string };
  return { token, conversationId, userId: user.id, watermark: 0 };
}

export async function postToConsole(baseUrl: string, c: ConsoleConversation, activity: Record<string, unknown>) {
  const response = await fetch(`${baseUrl}/console/directline/conversations/${encodeURIComponent(c.conversationId)}/activities`, {
    method: 'POST',
    headers: { authorization: `Bearer ${c.token}`, 'content-type': 'application/json' },
    body: JSON.stringify({ from: { id: c.userId }, ...activity }),
  });
  return { status: response.status, json: (await response.json()) as { id?: string } };
}

/** Activities since the last read (moves the conversation's watermark on). */
export async function readConsole(baseUrl: string, c: ConsoleConversation): Promise<any[]> {
  const response = await fetch(`${baseUrl}/console/directline/conversations/${encodeURIComponent(c.conversationId)}/activities?watermark=${c.watermark}`, {
    headers: { authorization: `Bearer ${c.token}` },
  });
  if (response.status !== 200) throw new Error(`read activities: ${response.status}`);
  const page = (await response.json()) as { activities: any[]; watermark: string };
  c.watermark = Number(page.watermark);
  return page.activities;
}
