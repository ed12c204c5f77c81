import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { DecisionActionIds } from '../../../src/decisions/ids.js';
import { HomeActionIds, HomeFormIds } from '../../../src/home/ids.js';
import { MeetingActionIds, MeetingFormIds } from '../../../src/meetings/ids.js';
import { startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, dmOf, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { handInPaper } from '../../helpers/fixtures/hand-in-paper.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';

let t: TestApp;
let people: Awaited<ReturnType<typeof seedCommittee>>;
const now = new Date('2021-03-01T08:00:00Z');
const emma = { id: '29:emma', aadObjectId: 'aad-emma' };
const ola = { id: '29:ola', aadObjectId: 'aad-ola' };

beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now } });
  people = await seedCommittee(t);
});
afterEach(async () => t?.close());

/** Teams installs the app in a person's 1:1 chat: a conversationUpdate that adds the bot. */
const install = (user: { id: string; aadObjectId: string }, conversationType = 'personal') =>
  postActivity(t.url, {
    type: 'conversationUpdate',
    id: randomUUID(),
    channelId: 'msteams',
    serviceUrl: t.connector.url,
    timestamp: new Date().toISOString(),
    locale: 'en-GB',
    from: { id: user.id, aadObjectId: user.aadObjectId },
    recipient: { id: '28:saksgang-bot', name: 'Saksgang' },
    conversation: { id: dmOf(user), conversationType, tenantId: 'tenant-1' },
    channelData: { tenant: { id: 'tenant-1' } },
    membersAdded: [{ id: '28:saksgang-bot' }],
  });
const say = (user: typeof emma, text: string, locale = 'en-GB') => postActivity(t.url, messageActivity(t.connector.url, user, text, locale));
const clickCard = (user: typeof emma, actionId: string, payload: object) => postActivity(t.url, cardActionActivity(t.connector.url, user, actionId, { _payload: payload }, 'en-GB'));
const submitCard = (user: typeof emma, formId: string, context: object, inputs: Record<string, string>) =>
  postActivity(t.url, cardActionActivity(t.connector.url, user, formId, { _formId: formId, _context: context, _multi: [], ...inputs }, 'en-GB'));
/** Cards the bot sent to one person's chat after position `from` of the connector's log. */
const cardsTo = (user: typeof emma, from = 0) => t.connector.repliesIn(dmOf(user), from).map((c) => c.body.attachments?.[0]?.content);
/** Every Action.Execute of a card (in its action sets and at its foot). */
const actionsOf = (card: any): any[] => [...(card.body as any[]).filter((b) => b.type === 'ActionSet').flatMap((b) => b.actions), ...(card.actions ?? [])];
const action = (card: any, verb: string) => actionsOf(card).find((a) => a.verb === verb);

describe('the home on Teams', () => {
  it('sends the secretariat its home card when the app is installed in a 1:1 chat, with every one of its actions', async () => {
    await planMeeting(t, people.committee.id, { day: '2021-05-20' });
    let before = t.connector.sent().length;
    expect((await install(emma)).status).toBe(200);
    const [home] = cardsTo(emma, before);
    expect(home.body[0].text).toBe('Home – Emma Hansen');
    expect(JSON.stringify(home)).toContain('next deadline: Call for agenda items Tuesday 6 April 2021, 09:00');
    expect(action(home, HomeActionIds.planMeeting).title).toBe('Plan a meeting NUIT');
    expect(action(home, HomeActionIds.openRound).title).toBe('Open a round');
    // Never more than five actions in one set.
    for (const set of (home.body as any[]).filter((b) => b.type === 'ActionSet')) expect(set.actions.length).toBeLessThanOrEqual(5);

  });

  it('sends a member a home card without the secretariat’s buttons, and nothing when the app is added to a team', async () => {
    await planMeeting(t, people.committee.id, { day: '2021-05-20' });
    let before = t.connector.sent().length;
    await install(ola);
    const [member] = cardsTo(ola, before);
    expect(member.body[0].text).toBe('Home – Ola Teams');
    expect(JSON.stringify(member)).toContain('NUIT 1/2021');
    for (const verb of [HomeActionIds.planMeeting, HomeActionIds.pickMeeting, HomeActionIds.openRound, HomeActionIds.importRoster]) expect(action(member, verb)).toBeUndefined();

    before = t.connector.sent().length;
    await install(emma, 'channel');
    expect(t.connector.sent().length).toBe(before);
  });

  it('answers `home` and `hjem`, and the refresh button replaces the card in place with what changed', async () => {
    const meeting = await planMeeting(t, people.committee.id, { day: '2021-05-20' });
    const item = await addItem(t, meeting.id, { title: 'Porteføljerapport Q1', presenterId: people.ola.id });

    let before = t.connector.sent().length;
    await say(ola, 'home');
    const [home] = cardsTo(ola, before);
    expect(home.body[0].text).toBe('Home – Ola Teams');
    expect(JSON.stringify(home)).toContain('Papers you are to deliver');
    expect(action(home, MeetingActionIds.submitPaper).data._payload).toEqual({ itemId: item.id });

    before = t.connector.sent().length;
    await say(ola, 'hjem', 'nb-NO');
    // Ola reads English (the roster says so), whatever word he typed.
    expect(cardsTo(ola, before)[0].body[0].text).toBe('Home – Ola Teams');
    await t.db.prisma.person.update({ where: { id: people.ola.id }, data: { locale: 'nb' } });
    before = t.connector.sent().length;
    await say(ola, 'hjem', 'nb-NO');
    const norwegian = cardsTo(ola, before)[0];
    expect(norwegian.body[0].text).toBe('Hjem – Ola Teams');
    expect(JSON.stringify(norwegian)).toContain('Saksunderlag du skal levere');
    await t.db.prisma.person.update({ where: { id: people.ola.id }, data: { locale: 'en' } });

    await handInPaper(t, { itemId: item.id, personId: people.ola.id, links: ['https://example.no/notat.pdf'] });
    before = t.connector.sent().length;
    const refreshed = await clickCard(ola, HomeActionIds.refresh, {});
    // The invoke answers with the new card: Teams replaces the clicked one; nothing new is sent.
    expect(refreshed.json.type).toBe('application/vnd.microsoft.card.adaptive');
    expect(refreshed.json.value.body[0].text).toBe('Home – Ola Teams');
    expect(JSON.stringify(refreshed.json.value)).not.toContain('Papers you are to deliver');
    expect(JSON.stringify(refreshed.json.value)).toContain('Nothing is waiting for you right now.');
    expect(t.connector.sent().length).toBe(before);
  });

  it('plans a meeting and opens the decisions of a meeting from the home card, with no typed command', async () => {
    let before = t.connector.sent().length;
    await install(emma);
    const home = cardsTo(emma, before)[0];

    before = t.connector.sent().length;
    const plan = action(home, HomeActionIds.planMeeting);
    await clickCard(emma, plan.verb, plan.data._payload);
    const form = cardsTo(emma, before)[0];
    expect(form.body[0].text).toBe('New meeting – NUIT');
    const submit = form.actions[0];
    expect(submit.verb).toBe(MeetingFormIds.meeting);
    const created = await submitCard(emma, MeetingFormIds.meeting, submit.data._context, { date: '2021-05-20', start: '10:00', end: '13:30', place: 'Thon Hotel Opera', videoLink: '' });
    expect(JSON.stringify(created.json.value)).toContain('Meeting NUIT 1/2021 is created');
    const meeting = await t.db.prisma.meeting.findFirstOrThrow();

    const decisions = actionsOf(home).find((a) => a.verb === HomeActionIds.pickMeeting && a.data._payload.step === 'decisions');
    expect(decisions.title).toBe('Record decisions');
    before = t.connector.sent().length;
    await clickCard(emma, decisions.verb, decisions.data._payload);
    const picker = cardsTo(emma, before)[0];
    expect(picker.body[0].text).toBe('Decisions – pick a meeting');
    const choice = (picker.body as any[]).find((b) => b.type === 'Input.ChoiceSet');
    expect(choice.value).toBe(meeting.id);
    before = t.connector.sent().length;
    const answer = await submitCard(emma, HomeFormIds.pickMeeting, picker.actions[0].data._context, { meeting: meeting.id });
    // The picker says the overview comes as a message of its own: an outbox copy, which each saved decision edits.
    expect(JSON.stringify(answer.json.value)).toContain('The decision overview of NUIT 1/2021 comes as a message of its own');
    const card = await waitFor(() => cardsTo(emma, before).find((c) => actionsOf(c).some((a) => a.verb === DecisionActionIds.record)), 10_000, 'decision overview');
    expect(JSON.stringify(card)).toContain('NUIT 1/2021');
    expect(await t.db.prisma.delivery.count({ where: { kind: 'decision_overview' } })).toBe(1);
  });

  it('opens a reporting round from the home form, refusing a bad date on its field', async () => {
    let before = t.connector.sent().length;
    await say(emma, 'home');
    const home = cardsTo(emma, before)[0];
    before = t.connector.sent().length;
    await clickCard(emma, HomeActionIds.openRound, action(home, HomeActionIds.openRound).data._payload ?? {});
    const form = cardsTo(emma, before)[0];
    expect(form.actions[0].verb).toBe(HomeFormIds.openRound);
    const bad = await submitCard(emma, HomeFormIds.openRound, {}, { label: 'Q2 2021', cutoff: '2021-06-30', due: '2021-06-01', planned: 'no' });
    const errors = (bad.json.value.body as any[]).filter((b) => b.color === 'Attention').map((b) => b.text);
    expect(errors).toEqual(['The due day cannot be before the cut-off day.']);
    expect(await t.db.prisma.reportingRound.count()).toBe(0);
    const good = await submitCard(emma, HomeFormIds.openRound, {}, { label: 'Q2 2021', cutoff: '2021-06-30', due: '2021-08-15', planned: 'no' });
    expect(JSON.stringify(good.json.value)).toContain('The round \\"Q2 2021\\" is open');
    const round = await t.db.prisma.reportingRound.findFirstOrThrow();
    expect([round.label, round.quarter, round.year, round.dueDate.toISOString().slice(0, 10)]).toEqual(['Q2 2021', 2, 2021, '2021-08-15']);
    // A member may not: the button is not on their home, and the click is refused.
    const refused = await clickCard(ola, HomeActionIds.openRound, {});
    expect(refused.status).toBe(200);
    expect(await t.db.prisma.reportingRound.count()).toBe(1);
  });

  it('answers a person’s first words that are no command with the whole home card, and later ones with its buttons', async () => {
    await planMeeting(t, people.committee.id, { day: '2021-05-20' });
    const nina = await t.db.prisma.person.create({ data: { key: 'nina', name: 'Nina Ny', email: 'nina@example.no', locale: 'nb', teamsUserId: '29:nina', aadObjectId: 'aad-nina' } });
    await t.db.prisma.membership.create({ data: { committeeId: people.committee.id, personId: nina.id, role: 'member' } });
    const user = { id: '29:nina', aadObjectId: 'aad-nina' };
    let before = t.connector.sent().length;
    await say(user, 'hei', 'nb-NO');
    const first = cardsTo(user, before);
    expect(first).toHaveLength(1);
    expect(first[0].body[0].text).toBe('Hjem – Nina Ny');
    expect(JSON.stringify(first[0])).toContain('NUIT 1/2021');
    before = t.connector.sent().length;
    await say(user, 'hei', 'nb-NO');
    const second = cardsTo(user, before)[0];
    expect(JSON.stringify(second)).toContain('Jeg forstod ikke helt «hei»');
    expect(action(second, HomeActionIds.show)).toBeDefined();
  });

  it('answers a sentence it does not know with the home, and `help` lists only what the person may do', async () => {
    await planMeeting(t, people.committee.id, { day: '2021-05-20' });
    let before = t.connector.sent().length;
    await say(ola, 'what is the next meeting?');
    const answer = cardsTo(ola, before)[0];
    const text = JSON.stringify(answer);
    expect(text).toContain('I did not quite understand \\"what is the next meeting?\\"');
    expect(text).toContain('Next meetings');
    expect(text).toContain('NUIT 1/2021');
    expect(action(answer, HomeActionIds.show)).toBeDefined();
    expect(action(answer, HomeActionIds.planMeeting)).toBeUndefined();

    before = t.connector.sent().length;
    await say(ola, 'help');
    const memberHelp = JSON.stringify(cardsTo(ola, before)[0]);
    expect(memberHelp).toContain('Saksgang – help');
    expect(memberHelp).toContain('**home**');
    expect(memberHelp).not.toContain('round open');
    expect(memberHelp).not.toContain('meeting new');
    expect(memberHelp).not.toContain(HomeActionIds.planMeeting);

    before = t.connector.sent().length;
    await say(emma, 'help');
    const secretariatHelp = cardsTo(emma, before)[0];
    expect(JSON.stringify(secretariatHelp)).toContain('round open');
    expect(action(secretariatHelp, HomeActionIds.planMeeting)).toBeDefined();
    // The help's "Home" button opens the home as a new card.
    before = t.connector.sent().length;
    await clickCard(emma, HomeActionIds.show, {});
    expect(cardsTo(emma, before)[0].body[0].text).toBe('Home – Emma Hansen');
  });
});
