import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addWorkingDays } from '../../../src/calendar/working-days.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { meetingEdges } from './edge-helpers.js';

let t: TestApp;
let e: ReturnType<typeof meetingEdges>;
let people: Awaited<ReturnType<typeof seedCommittee>>;

beforeEach(async () => {
  // Monday 1 March 2021; the meeting is on Thursday 4 March, three working days ahead.
  t = await startTestApp({ app: { clock: () => new Date('2021-03-01T08:00:00Z') } });
  e = meetingEdges(t);
  people = await seedCommittee(t);
  await warmUpSlack(t, 'UKARI');
});
afterEach(async () => t?.close());

describe('a presenter added after the paper deadline is not given a deadline in the past', () => {
  it('Per (Slack, bokmål) and Ola (Teams, English) are asked to send the paper as soon as they can', async () => {
    // Ten Oslo working days before Thursday 4 March 2021: Thursday 18 February, already past.
    expect(addWorkingDays('2021-03-04', -10)).toBe('2021-02-18');
    const meeting = await planMeeting(t, people.committee.id, { day: '2021-03-04', place: 'Oslo' });
    await addItem(t, meeting.id, { title: 'Hastesak', presenterId: people.per.id });
    await addItem(t, meeting.id, { title: 'Rush item', presenterId: people.ola.id });
    const toPer = await waitFor(() => e.postsTo('UPER').find((c) => JSON.stringify(c.args.blocks).includes('Hastesak')), 15_000, 'Per assigned');
    const perBlocks = JSON.stringify(toPer.args.blocks);
    expect(perBlocks).toContain('Fristen for saksunderlag (torsdag 18. februar 2021 kl. 12.00) er allerede passert: *lever det så snart du kan*.');
    expect(perBlocks).not.toContain('Frist for saksunderlag:');
    const toOla = await waitFor(() => e.cardsTo('a:dm-29:ola').map((c) => JSON.stringify(c)).find((c) => c.includes('Rush item')), 15_000, 'Ola assigned');
    expect(toOla).toContain('The paper deadline (Thursday 18 February 2021, 12:00) has already passed: **send it as soon as you can**.');
    expect(toOla).not.toContain('Paper deadline:');
  }, 90_000);

  it('a deadline still ahead is given as before (Slack, bokmål)', async () => {
    const meeting = await planMeeting(t, people.committee.id, { day: '2021-05-20', place: 'Oslo' });
    await addItem(t, meeting.id, { title: 'Vanlig sak', presenterId: people.per.id });
    const toPer = await waitFor(() => e.postsTo('UPER').find((c) => JSON.stringify(c.args.blocks).includes('Vanlig sak')), 15_000, 'Per assigned');
    // Ten working days before Thursday 20 May 2021, past Ascension Day (13 May) and 17 May: Tuesday 4 May.
    expect(addWorkingDays('2021-05-20', -10)).toBe('2021-05-04');
    expect(JSON.stringify(toPer.args.blocks)).toContain('Frist for saksunderlag: *tirsdag 4. mai 2021 kl. 12.00*');
  }, 90_000);
});
