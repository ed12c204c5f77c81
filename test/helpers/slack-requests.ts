import { createHmac } from 'node:crypto';

/** Signs a body the way Slack does (v0 HMAC-SHA256 over "v0:timestamp:body"). */
export function signSlackBody(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)) {
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return { 'x-slack-request-timestamp': String(timestamp), 'x-slack-signature': signature };
}

export async function postSlack(baseUrl: string, secret: string, body: string, contentType: string, signature?: Record<string, string>) {
  const headers = { 'content-type': contentType, ...(signature ?? signSlackBody(secret, body)) };
  const response = await fetch(`${baseUrl}/slack/events`, { method: 'POST', headers, body });
  const text = await response.text();
  let json: any = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  return { status: response.status, text, json };
}

/** A slash command request as Slack sends it. */
export function slashCommandBody(userId: string, text: string, extra: Record<string, string> = {}) {
  return new URLSearchParams({
    token: 'legacy',
    team_id: 'T1',
    channel_id: 'C0TEST',
    channel_name: 'general',
    user_id: userId,
    user_name: userId.toLowerCase(),
    command: '/saksgang',
    text,
    response_url: 'http://127.0.0.1:9/response',
    trigger_id: `trigger-${userId}`,
    api_app_id: 'A1',
    ...extra,
  }).toString();
}

/** An interactivity payload (block_actions, view_submission) as Slack sends it. */
export function interactionBody(payload: Record<string, unknown>) {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

export function blockActionPayload(userId: string, actionId: string, value: string, channelId = 'D0DM', messageTs = '1700000000.000100') {
  return {
    type: 'block_actions',
    team: { id: 'T1' },
    api_app_id: 'A1',
    user: { id: userId, team_id: 'T1' },
    trigger_id: `trigger-${userId}`,
    channel: { id: channelId },
    container: { type: 'message', message_ts: messageTs, channel_id: channelId },
    message: { ts: messageTs, text: '' },
    actions: [{ type: 'button', action_id: actionId, block_id: 'b1', value, action_ts: '1700000000.1' }],
  };
}

export function viewSubmissionPayload(userId: string, view: { callback_id: string; private_metadata?: string; values: Record<string, Record<string, unknown>> }) {
  return {
    type: 'view_submission',
    team: { id: 'T1' },
    api_app_id: 'A1',
    user: { id: userId, team_id: 'T1' },
    trigger_id: `trigger-${userId}`,
    view: { id: 'V1', type: 'modal', callback_id: view.callback_id, private_metadata: view.private_metadata ?? '{}', state: { values: view.values } },
  };
}

/** An Events API envelope (message.im, app_mention). */
export function eventBody(event: Record<string, unknown>) {
  return JSON.stringify({ token: 'legacy', team_id: 'T1', api_app_id: 'A1', type: 'event_callback', event_id: `Ev${Date.now()}${Math.random().toString(36).slice(2, 6)}`, event_time: Math.floor(Date.now() / 1000), event });
}

/** The App Home tab opened by `user` (an Events API `app_home_opened`). */
export function homeOpenedBody(user: string) {
  return eventBody({ type: 'app_home_opened', user, channel: `D${user}`, tab: 'home', event_ts: '1614585600.000100' });
}

/** A click in the App Home tab: no channel and no message, the container is the home view. */
export function homeClickBody(user: string, element: { action_id: string; value: string }) {
  return interactionBody({
    type: 'block_actions',
    team: { id: 'T1' },
    api_app_id: 'A1',
    user: { id: user, team_id: 'T1' },
    trigger_id: `trigger-home-${user}`,
    container: { type: 'view', view_id: 'VHOME' },
    view: { id: 'VHOME', type: 'home', callback_id: '', private_metadata: '' },
    actions: [{ type: 'button', action_id: element.action_id, block_id: 'b1', value: element.value, action_ts: '1614585600.1' }],
  });
}
