// The database queries one Slack turn of each kind the ack bench times makes (a command, a click, a form
// submission), counted and listed: `npx tsx bench/count-turn-queries.ts` (same PostgreSQL and Redis as the bench).
import pg from 'pg';
import { MeetingActionIds, MeetingFormIds } from '../src/meetings/ids.js';
import { blockActionPayload, interactionBody, postSlack, slashCommandBody, viewSubmissionPayload } from '../test/helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor } from '../test/helpers/start-test-app.js';
import { seedSecretariat } from './seed-secretariat.js';
import { queueIsEmpty } from './measure-delivery.js';

process.env.TEST_DATABASE_URL ??= 'postgresql://postgres@127.0.0.1:5432/test';
process.env.TEST_REDIS_URL ??= 'redis://127.0.0.1:6379';
let log: string[] | null = null;
const orig = pg.Client.prototype.query as any;
(pg.Client.prototype as any).query = function (this: unknown, ...args: any[]) {
  if (log) { const q = args[0]; log.push(String(typeof q === 'string' ? q : q?.text).slice(0, 160)); }
  return orig.apply(this, args);
};
const now = new Date('2021-03-01T08:00:00Z');
const t = await startTestApp({ app: { clock: () => now } });
const data = await seedSecretariat(t);
await waitFor(() => queueIsEmpty(t), 60_000);
const FORM = 'application/x-www-form-urlencoded';
const p = data.presenters[0]!;
const bodies: [string, string][] = [
  ['command', slashCommandBody(data.secretary, 'møte status NUIT 1/2021', { response_url: `${t.slack.url}response/x`, trigger_id: 'trig' })],
  ['action', interactionBody({ ...blockActionPayload(p.slackUserId, `${MeetingActionIds.submitPaper}#0`, JSON.stringify({ itemId: p.itemId })), trigger_id: 'trig' })],
  ['view', interactionBody(viewSubmissionPayload(p.slackUserId, { callback_id: MeetingFormIds.paper, private_metadata: JSON.stringify({ itemId: p.itemId }), values: { title: { title: { type: 'plain_text_input', value: 'S' } }, links: { links: { type: 'plain_text_input', value: 'https://d.example.no/1' } } } }))],
];
for (let round = 0; round < 2; round++) for (const [kind, body] of bodies) {
  log = [];
  const s = performance.now();
  const r = await postSlack(t.url, SLACK_SECRET, body, FORM);
  const ms = performance.now() - s;
  await new Promise((r) => setTimeout(r, 300));
  console.log(`== ${kind} status ${r.status} ${ms.toFixed(0)}ms queries(within 300ms)=${log.length}`);
  if (round === 1) for (const q of log) console.log('   ', q);
  log = null;
  await waitFor(() => queueIsEmpty(t), 60_000);
}
await t.close();
process.exit(0);
