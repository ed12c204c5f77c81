import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { recordDecision } from '../../helpers/fixtures/record-decision.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { publishDecisions } from '../../helpers/fixtures/publish-decisions.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { meetingEdges } from './edge-helpers.js';

let t: TestApp;
let e: ReturnType<typeof meetingEdges>;
let people: Awaited<ReturnType<typeof seedCommittee>>;
const ola = { id: '29:ola', aadObjectId: 'aad-ola' };

beforeEach(async () => {
  // Friday 26 February 2027: NUIT 1/2027 was held yesterday.
  t = await startTestApp({ app: { clock: () => new Date('2027-02-26T12:00:00Z') } });
  e = meetingEdges(t);
  people = await seedCommittee(t);
  await warmUpSlack(t, 'USIRI');
}, 90_000);
afterEach(async () => t?.close());

describe('the approval of the minutes names the meeting they are from', () => {
  it('a meeting planned after the decisions were published reads "fra NUIT 1/2027" on Slack and Teams, and follows a renumbering', async () => {
    const held = await planMeeting(t, people.committee.id, { day: '2027-02-25', place: 'Oslo' });
    const item = await addItem(t, held.id, { title: 'Porteføljerapport' });
    await recordDecision(t, { itemId: item.id, recordedById: people.kari.id, text: 'NUIT tar saken til orientering.' });
    await publishDecisions(t, held.id);
    await planMeeting(t, people.committee.id, { day: '2027-05-13', place: 'Oslo' });

    const slack = await e.slash('USIRI', 'saksliste NUIT 2/2027');
    expect(JSON.stringify(slack.json.blocks)).toContain('Godkjenning av referat fra NUIT 1/2027');
    const before = t.connector.sent().length;
    await e.say(ola, 'agenda NUIT 2/2027');
    const card = await waitFor(() => t.connector.sent().slice(before).map((c) => JSON.stringify(c.body)).find((c) => c.includes('Agenda – NUIT 2/2027')), 15_000, 'Teams agenda');
    expect(card).toContain('Approval of the minutes of NUIT 1/2027');

    // A meeting planned in between becomes 2/2027: the May meeting is 3/2027 and approves the minutes of 2/2027.
    await planMeeting(t, people.committee.id, { day: '2027-04-08', place: 'Oslo' });
    const after = await e.slash('USIRI', 'saksliste NUIT 3/2027');
    expect(JSON.stringify(after.json.blocks)).toContain('Godkjenning av referat fra NUIT 2/2027');
  }, 90_000);
});
