import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DependencyActionIds } from '../../../src/dependencies/ids.js';
import { HomeActionIds } from '../../../src/home/ids.js';
import { PortfolioActions } from '../../../src/portfolio/ids.js';
import { startTestApp, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, dmOf, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { openRound } from '../../helpers/fixtures/open-round.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { seedCast } from '../dependencies/dependency-fixtures.js';

let t: TestApp;
const now = new Date('2021-03-01T08:00:00Z');

beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now } });
});
afterEach(async () => t?.close());

const cardsTo = (user: { id: string }, from = 0) => t.connector.repliesIn(dmOf(user), from).map((c) => c.body.attachments?.[0]?.content);
const actionsOf = (card: any): any[] => [...(card.body as any[]).filter((b) => b.type === 'ActionSet').flatMap((b) => b.actions), ...(card.actions ?? [])];
const action = (card: any, verb: string) => actionsOf(card).find((a) => a.verb === verb);

describe('what waits for a person, on their home (Teams)', () => {
  it('shows the report, the red dependency and the follow-up owed, each with a button that acts on it', async () => {
    const cast = await seedCast(t);
    const emma = { id: cast.emma.teamsUserId!, aadObjectId: cast.emma.aadObjectId! };
    await openRound(t, 'Q1 2021', '2021-03-31', '2021-04-15');
    // Helseplattformen (Kari) needs E-resept (Emma's): red, waiting for Emma as the provider.
    const dependency = await t.db.prisma.dependency.create({
      data: { initiativeId: cast.helseplattformen.id, description: 'Forskrivningsmodul 4.12', category: 'national_solutions', criticality: 'high', status: 'red', redSince: now, providerInitiativeId: cast.eresept.id },
    });
    // A published decision with a follow-up for Emma.
    const meeting = await planMeeting(t, cast.nuit.id, { day: '2021-02-11', settle: false });
    const item = await addItem(t, meeting.id, { title: 'Porteføljen' });
    const decision = await t.db.prisma.decision.create({ data: { itemId: item.id, text: 'Tatt til orientering.', recordedById: cast.sara.id, recordedAt: now, publishedAt: now } });
    const followUp = await t.db.prisma.followUp.create({ data: { decisionId: decision.id, ownerId: cast.emma.id, description: 'Send the plan to NUIT', dueDate: new Date('2021-04-01T00:00:00Z') } });

    let before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, emma, 'home', 'en-GB'));
    const home = cardsTo(emma, before)[0];
    const text = JSON.stringify(home);
    expect(text).toContain('Status reports you are to submit');
    expect(text).toContain('E-resept forskrivningsmodul – Q1 2021, due 15 April 2021');
    expect(action(home, PortfolioActions.openReport).data._payload).toMatchObject({ initiativeId: cast.eresept.id });
    expect(text).toContain('Red dependencies waiting for your answer');
    expect(text).toContain('Helseplattformen: Forskrivningsmodul 4.12 (provider: E-resept forskrivningsmodul)');
    expect(text).toContain('Your open follow-ups');
    expect(text).toContain('Send the plan to NUIT');
    // Emma is no secretariat: none of its buttons.
    expect(action(home, HomeActionIds.planMeeting)).toBeUndefined();

    // "Answer" sends the dependency's own message with its answer buttons; "Now green" there records the answer.
    before = t.connector.sent().length;
    const answer = action(home, HomeActionIds.showDependency);
    await postActivity(t.url, cardActionActivity(t.connector.url, emma, answer.verb, answer.data, 'en-GB'));
    const notice = cardsTo(emma, before)[0];
    const green = action(notice, DependencyActionIds.nowGreen);
    expect(green.data._payload.d).toBe(dependency.id);
    await postActivity(t.url, cardActionActivity(t.connector.url, emma, green.verb, green.data, 'en-GB'));
    expect((await t.db.prisma.dependency.findUniqueOrThrow({ where: { id: dependency.id } })).status).toBe('green');

    // "Done" marks the follow-up done and shows the home again in place, without it and without the dependency.
    const done = action(home, HomeActionIds.followUpDone);
    const res = await postActivity(t.url, cardActionActivity(t.connector.url, emma, done.verb, done.data, 'en-GB'));
    expect((await t.db.prisma.followUp.findUniqueOrThrow({ where: { id: followUp.id } })).doneAt).not.toBeNull();
    const refreshed = JSON.stringify(res.json.value);
    expect(res.json.value.body[0].text).toBe('Home – Emma Hansen');
    expect(refreshed).not.toContain('Send the plan to NUIT');
    expect(refreshed).not.toContain('Red dependencies waiting for your answer');
    expect(refreshed).toContain('Status reports you are to submit');

    // Sara (the portfolio's secretariat) gets the portfolio's buttons with the open round's progress.
    before = t.connector.sent().length;
    await t.db.prisma.person.update({ where: { id: cast.sara.id }, data: { teamsUserId: '29:sara', aadObjectId: 'aad-sara' } });
    await postActivity(t.url, messageActivity(t.connector.url, { id: '29:sara', aadObjectId: 'aad-sara' }, 'hjem', 'nb-NO'));
    const sara = cardsTo({ id: '29:sara' }, before)[0];
    expect(JSON.stringify(sara)).toContain('Runde Q1 2021 er åpen: 0 av 2 rapporter levert, frist 15. april 2021.');
    expect(action(sara, HomeActionIds.roundProgress)).toBeDefined();
    expect(action(sara, HomeActionIds.closeRound)).toBeDefined();
    expect(action(sara, HomeActionIds.openRound)).toBeUndefined();
  });
});
