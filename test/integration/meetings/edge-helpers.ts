import { blockActionPayload, eventBody, interactionBody, postSlack, slashCommandBody, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, type TestApp } from '../../helpers/start-test-app.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { cardActionActivity, messageActivity, postActivity, type TeamsUser } from '../../helpers/teams-activities.js';

const FORM = 'application/x-www-form-urlencoded';

/** Drives the app through its Slack and Teams HTTP edges, as the meetings tests do. */
export function meetingEdges(t: TestApp) {
  return {
    slash: (user: string, text: string) => postSlack(t.url, SLACK_SECRET, slashCommandBody(user, text), FORM),
    /** A direct message to the bot (message.im); the answer goes back by chat.postMessage to `channel`. */
    dm: (user: string, channel: string, text: string) =>
      postSlack(t.url, SLACK_SECRET, eventBody({ type: 'message', channel_type: 'im', channel, user, text, ts: `${Date.now() / 1000}` }), 'application/json'),
    click: (user: string, actionId: string, payload: object) =>
      postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(user, `${actionId}#0`, JSON.stringify(payload))), FORM),
    submit: (user: string, callbackId: string, metadata: object, values: Record<string, Record<string, unknown>>) =>
      postSlack(t.url, SLACK_SECRET, interactionBody(viewSubmissionPayload(user, { callback_id: callbackId, private_metadata: JSON.stringify(metadata), values })), FORM),
    text: (id: string, value: string) => ({ [id]: { [id]: { type: 'plain_text_input', value } } }),
    date: (value: string) => ({ date: { date: { type: 'datepicker', selected_date: value } } }),
    time: (id: string, value: string) => ({ [id]: { [id]: { type: 'timepicker', selected_time: value } } }),
    select: (id: string, value: string) => ({ [id]: { [id]: { type: 'static_select', selected_option: { value } } } }),
    postsTo: (channel: string) => t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === channel),
    updatesOf: (channel: string) => t.slack.callsTo('chat.update').filter((c) => c.args.channel === channel),
    say: (user: TeamsUser, text: string, locale = 'en-GB') => postActivity(t.url, messageActivity(t.connector.url, user, text, locale)),
    /** Submits a card form the way Teams does: the verb is the form id, the data carries our routing and the inputs. */
    submitCard: (user: TeamsUser, formId: string, context: object, inputs: Record<string, string>) =>
      postActivity(t.url, cardActionActivity(t.connector.url, user, formId, { _formId: formId, _context: context, _multi: [], ...inputs }, 'en-GB')),
    clickCard: (user: TeamsUser, actionId: string, payload: object) => postActivity(t.url, cardActionActivity(t.connector.url, user, actionId, { _payload: payload }, 'en-GB')),
    inputsOf: (card: any) => Object.fromEntries((card.body as any[]).filter((b) => String(b.type).startsWith('Input.')).map((b) => [b.id, b.value])),
    cardsTo: (conversationId: string) => t.connector.sent().filter((c) => c.conversationId === conversationId).map((c) => c.body.attachments?.[0]?.content),
    teamsUpdatesOf: (conversationId: string) => t.connector.calls.filter((c) => c.verb === 'update' && c.conversationId === conversationId),
  };
}

/**
 * A test app at `at` on `clock` with the committee of `seedCommittee`, its edges, and Slack warmed up for Kari
 * (the secretariat): the set-up of the short-notice tests.
 */
export async function startCommitteeApp(clock: { set(iso: string): void; clock: () => Date }, at: string) {
  clock.set(at);
  const t = await startTestApp({ app: { clock: clock.clock } });
  const e = meetingEdges(t);
  const people = await seedCommittee(t);
  await warmUpSlack(t, 'UKARI');
  return { t, e, people };
}
