import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DecisionActionIds } from '../../../src/decisions/ids.js';
import { postSlack, slashCommandBody } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { recordDecision } from '../../helpers/fixtures/record-decision.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { NOW, seedCommittee, type Seed } from '../decisions/seed-decisions.js';

const FORM = 'application/x-www-form-urlencoded';
let t: TestApp;
let nuit: Seed;
const slash = (user: string, text: string) => postSlack(t.url, SLACK_SECRET, slashCommandBody(user, text), FORM);
const slackButtons = (blocks: any[]) => blocks.flatMap((b: any) => b.elements ?? []).filter((e: any) => e.type === 'button');
const cardActions = (card: any): any[] => (card.body as any[]).filter((b) => b.type === 'ActionSet').flatMap((b) => b.actions);
const published = async (meetingId: string) => (await t.db.prisma.scheduledJob.count({ where: { subjectId: meetingId, name: 'publish-decisions', runAt: { lte: NOW } } })) > 0;

// Each test: its own app and database; NUIT 2/2026 held yesterday with three items, and 3/2026 planned for September.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  nuit = await seedCommittee(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'P', nextMeeting: true });
  await warmUpSlack(t, 'UPSARA');
});
afterEach(async () => t?.close());

describe('publishing decisions asks first when it would be premature', () => {
  it('Slack, bokmål: the overview\'s Publiser carries a confirm dialog naming the 2 of 3 unrecorded items', async () => {
    await recordDecision(t, { itemId: nuit.items[1]!.id, recordedById: nuit.people.secretariat.id, text: 'Tatt til orientering.' });
    const before = t.slack.callsTo('chat.postMessage').length;
    await slash('UPSARA', 'vedtak NUIT 2/2026');
    const overview = await waitFor(() => t.slack.callsTo('chat.postMessage').slice(before).find((c) => c.args.channel === 'UPSARA'), 10_000, 'decision overview');
    const publish = slackButtons(overview.args.blocks).find((e: any) => e.action_id.startsWith(DecisionActionIds.publish));
    expect(publish.confirm.text.text).toContain('2 av 3 saker har ikke registrert vedtak.');
    expect(publish.confirm.confirm.text).toBe('Publiser likevel');
    expect(JSON.parse(publish.value)).toEqual({ meetingId: nuit.meeting.id, confirmed: true });
  });

  it('Slack, bokmål: with every item recorded after the meeting, the command publishes at once', async () => {
    for (const item of nuit.items) await recordDecision(t, { itemId: item.id, recordedById: nuit.people.secretariat.id, text: 'Vedtatt.' });
    const res = await slash('UPSARA', 'vedtak publiser NUIT 2/2026');
    expect(res.json.text).toBe('Vedtakene fra NUIT 2/2026 publiseres nå i utvalgets kanal, og saksansvarlige får beskjed.');
    await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0NUIT'), 10_000, 'summary');
  });

  it('Teams, English: a meeting that has not ended yet is asked about; "Publish anyway" publishes, "Cancel" does not', async () => {
    const next = nuit.next!;
    const item = await t.db.prisma.agendaItem.create({ data: { meetingId: next.id, committeeId: nuit.committee.id, caseYear: 2026, caseNumber: 20, type: 'information', title: 'Orientering', position: 0 } });
    await recordDecision(t, { itemId: item.id, recordedById: nuit.people.secretariat.id, text: 'Taken note of.' });
    const tom = { id: '29:Ptom', aadObjectId: 'aad-Ptom' };
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, tom, 'decisions publish NUIT 3/2026', 'en-GB'));
    const question = (await waitFor(() => t.connector.sent()[before], 10_000, 'question')).body.attachments[0].content;
    expect(JSON.stringify(question)).toContain('The meeting has not ended yet (it ends Thursday 10 September 2026, 16:00)');
    expect(JSON.stringify(question)).not.toContain('no recorded decision');
    const no = cardActions(question).find((a) => a.title === 'Cancel');
    const cancelled = await postActivity(t.url, cardActionActivity(t.connector.url, tom, no.verb, no.data, 'en-GB'));
    expect(JSON.stringify(cancelled.json.value)).toContain('Cancelled. Nothing has changed.');
    expect(await published(next.id)).toBe(false);
    const yes = cardActions(question).find((a) => a.title === 'Publish anyway');
    const after = t.connector.sent().length;
    await postActivity(t.url, cardActionActivity(t.connector.url, tom, yes.verb, yes.data, 'en-GB'));
    expect(JSON.stringify((await waitFor(() => t.connector.sent()[after], 10_000, 'answer')).body)).toContain('The decisions of NUIT 3/2026 are being posted');
    await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0NUIT'), 10_000, 'summary');
  });
});
