import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addWorkingDays, instantAt } from '../../../src/calendar/working-days.js';
import { formatDateTime } from '../../../src/i18n/format-date.js';
import { MeetingFormIds } from '../../../src/meetings/ids.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { handInPaper } from '../../helpers/fixtures/hand-in-paper.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { meetingEdges } from './edge-helpers.js';

let t: TestApp;
let e: ReturnType<typeof meetingEdges>;
let people: Awaited<ReturnType<typeof seedCommittee>>;
const emma = { id: '29:emma', aadObjectId: 'aad-emma' };

beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => new Date('2021-03-01T08:00:00Z') } });
  e = meetingEdges(t);
  people = await seedCommittee(t);
  await warmUpSlack(t, 'UKARI');
});
afterEach(async () => t?.close());

/**
 * NUIT 1/2021 on 20 May 2021 (papers due Tuesday 4 May) with Per's item (no paper yet), Ola's item (no paper)
 * and Siri's item (paper in). Moved to Thursday 27 May, the paper deadline is Monday 10 May 2021 at 12:00: ten
 * Oslo working days back, past Whit Monday (24 May), 17 May and Ascension Day (13 May).
 */
async function meetingWithPresenters() {
  const meeting = await planMeeting(t, people.committee.id, { day: '2021-05-20', place: 'Oslo' });
  await addItem(t, meeting.id, { title: 'Porteføljerapport Q1', presenterId: people.per.id });
  await addItem(t, meeting.id, { title: 'Veikart', presenterId: people.ola.id });
  const siris = await addItem(t, meeting.id, { title: 'Kjernejournal', presenterId: people.siri.id });
  await handInPaper(t, { itemId: siris.id, personId: people.siri.id, links: ['https://docs.example.no/kj'] });
  return meeting;
}
const movedDeliveries = (personId: string) => t.db.prisma.delivery.findMany({ where: { kind: 'meeting-moved', personId } });

describe('a move tells each presenter the new paper deadline and each member the new time, one message each', () => {
  it('Slack move form: Per (bokmål, Slack) gets the new time and deadline; Siri, whose paper is in, only the time', async () => {
    const meeting = await meetingWithPresenters();
    await e.submit('UKARI', MeetingFormIds.move, { meetingId: meeting.id }, { ...e.date('2021-05-27'), ...e.time('start', '10:00'), ...e.time('end', '13:30'), ...e.text('place', 'Oslo'), ...e.text('videoLink', '') });
    const toPer = await waitFor(() => e.postsTo('UPER').find((c) => String(c.args.text).startsWith('Møte NUIT 1/2021 er flyttet')), 15_000, 'Per told');
    expect(toPer.args.text).toBe('Møte NUIT 1/2021 er flyttet til torsdag 27. mai 2021 kl. 10.00–13.30. Ny frist for saksunderlaget til sak 3/21 «Porteføljerapport Q1»: mandag 10. mai 2021 kl. 12.00.');
    // The date in the message is the Oslo working-day calendar's: ten working days before Thursday 27 May 2021.
    expect(addWorkingDays('2021-05-27', -10)).toBe('2021-05-10');
    expect(toPer.args.text).toContain(formatDateTime(instantAt(addWorkingDays('2021-05-27', -10), '12:00'), 'nb', 'Europe/Oslo'));
    const toSiri = await waitFor(() => e.postsTo('USIRI').find((c) => String(c.args.text).startsWith('Møte NUIT 1/2021 er flyttet')), 15_000, 'Siri told');
    expect(toSiri.args.text).not.toContain('frist');
    await waitFor(async () => ((await movedDeliveries(people.ola.id)).length > 0 ? true : null), 15_000, 'Ola told');
    for (const person of [people.per, people.siri, people.ola]) expect(await movedDeliveries(person.id)).toHaveLength(1);
  }, 90_000);

  it('Teams move card: Ola (English, Teams), member and presenter, gets one card with the new time and his deadline', async () => {
    const meeting = await meetingWithPresenters();
    await e.submitCard(emma, MeetingFormIds.move, { meetingId: meeting.id }, { date: '2021-05-27', start: '10:00', end: '13:30', place: 'Oslo', videoLink: '' });
    const card = await waitFor(() => e.cardsTo('a:dm-29:ola').map((c) => JSON.stringify(c)).find((c) => c.includes('is moved to')), 15_000, 'Ola told');
    expect(card).toContain('Meeting NUIT 1/2021 is moved to Thursday 27 May 2021, 10:00–13:30.');
    expect(card).toContain('New deadline for the paper for item 4/21 \\"Veikart\\": **Monday 10 May 2021');
    expect(card).not.toContain('Porteføljerapport');
    await waitFor(async () => ((await movedDeliveries(people.per.id)).length > 0 ? true : null), 15_000, 'Per told');
    expect(await movedDeliveries(people.ola.id)).toHaveLength(1);
  }, 90_000);

  it('moved to short notice (Slack form): a paper deadline already passed is not offered as new; Per (bokmål) and Ola (English, Teams) are asked to send it as soon as they can', async () => {
    const meeting = await meetingWithPresenters();
    // Thursday 4 March 2021 is three working days after Monday 1 March; its paper deadline, ten working days
    // before, was Thursday 18 February.
    expect(addWorkingDays('2021-03-04', -10)).toBe('2021-02-18');
    await e.submit('UKARI', MeetingFormIds.move, { meetingId: meeting.id }, { ...e.date('2021-03-04'), ...e.time('start', '10:00'), ...e.time('end', '13:30'), ...e.text('place', 'Oslo'), ...e.text('videoLink', '') });
    const toPer = await waitFor(() => e.postsTo('UPER').find((c) => String(c.args.text).startsWith('Møte NUIT 1/2021 er flyttet')), 15_000, 'Per told');
    expect(toPer.args.text).toBe(
      'Møte NUIT 1/2021 er flyttet til torsdag 4. mars 2021 kl. 10.00–13.30. Den nye fristen for saksunderlaget til sak 3/21 «Porteføljerapport Q1» (torsdag 18. februar 2021 kl. 12.00) er allerede passert: send det så snart du kan.',
    );
    expect(toPer.args.text).not.toContain('Ny frist');
    const card = await waitFor(() => e.cardsTo('a:dm-29:ola').map((c) => JSON.stringify(c)).find((c) => c.includes('is moved to')), 15_000, 'Ola told');
    expect(card).toContain('Meeting NUIT 1/2021 is moved to Thursday 4 March 2021, 10:00–13:30.');
    expect(card).toContain('The new deadline for the paper for item 4/21 \\"Veikart\\" (Thursday 18 February 2021, 12:00) has already passed: **send it as soon as you can**.');
    await waitFor(async () => ((await movedDeliveries(people.siri.id)).length > 0 ? true : null), 15_000, 'Siri told');
    for (const person of [people.per, people.siri, people.ola]) expect(await movedDeliveries(person.id)).toHaveLength(1);
  }, 90_000);
});
