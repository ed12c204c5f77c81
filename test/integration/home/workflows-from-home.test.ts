import { afterEach, describe, expect, it } from 'vitest';
import { DecisionActionIds, DecisionFormIds } from '../../../src/decisions/ids.js';
import { DependencyActionIds } from '../../../src/dependencies/ids.js';
import { HomeActionIds, HomeFormIds } from '../../../src/home/ids.js';
import { MeetingActionIds, MeetingFormIds } from '../../../src/meetings/ids.js';
import { PortfolioActions, PortfolioForms } from '../../../src/portfolio/ids.js';
import { blockActionPayload, homeClickBody, homeOpenedBody, interactionBody, postSlack, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, dmOf, postActivity, type TeamsUser } from '../../helpers/teams-activities.js';
import { slackValues } from '../../helpers/fixtures/seed-people.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { seedCast } from '../dependencies/dependency-fixtures.js';
import { NOW as DECISIONS_NOW, seedCommittee as seedDecisions } from '../decisions/seed-decisions.js';

/**
 * Each workflow played from the home alone, with no typed command, on Slack (the App Home tab, its clicks, modals and
 * the messages the bot posts) and on Teams (the home card, its Action.Execute invokes and the cards the bot sends), each
 * in bokmål and in English (the people's roster language). Every test builds its own app and state.
 */
const FORM = 'application/x-www-form-urlencoded';
const WAIT = 15_000;
// 1 March 2021, a Monday.
const now = new Date('2021-03-01T08:00:00Z');
let t: TestApp;
afterEach(async () => t?.close());

// ---- Slack ----
const openHomeTab = (user: string) => postSlack(t.url, SLACK_SECRET, homeOpenedBody(user), 'application/json');
const publishedFor = (user: string) => t.slack.callsTo('views.publish').filter((c) => c.args.user_id === user);
/** Opens the tab and returns the view published for it (the next one after those already published). */
async function slackHome(user: string): Promise<any[]> {
  const before = publishedFor(user).length;
  expect((await openHomeTab(user)).status).toBe(200);
  return (await waitFor(() => publishedFor(user)[before], WAIT, `home of ${user}`)).args.view.blocks;
}
const slackButtons = (blocks: any[]) => (blocks ?? []).filter((b) => b.type === 'actions').flatMap((b) => b.elements as any[]);
const slackButton = (blocks: any[], actionId: string, where?: (e: any) => boolean) =>
  slackButtons(blocks).find((e) => String(e.action_id).split('#')[0] === actionId && (!where || where(e)));
const clickInHome = (user: string, element: { action_id: string; value: string }) => postSlack(t.url, SLACK_SECRET, homeClickBody(user, element), FORM);
/** A click on a button of a message the bot posted (channel and ts of that message). */
const clickInMessage = (user: string, element: { action_id: string; value: string }, channel = `D${user}`, ts = '1614585600.000200') =>
  postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload(user, element.action_id, element.value, channel, ts)), FORM);
const submitView = (user: string, view: { callback_id: string; private_metadata: string }, values: Record<string, Record<string, unknown>>) =>
  postSlack(t.url, SLACK_SECRET, interactionBody(viewSubmissionPayload(user, { callback_id: view.callback_id, private_metadata: view.private_metadata, values })), FORM);
/** The next modal opened after `before` calls to views.open. */
const nextModal = async (before: number, what: string) => (await waitFor(() => t.slack.callsTo('views.open')[before], WAIT, what)).args.view;
/** Messages (posts and updates) the bot sent after position `from` whose blocks or text contain `needle`. */
const slackMessagesWith = (method: 'chat.postMessage' | 'chat.update', needle: string, from = 0) =>
  t.slack.callsTo(method).slice(from).filter((c) => JSON.stringify(c.args).includes(needle));
const nextSlackMessage = async (method: 'chat.postMessage' | 'chat.update', needle: string, from: number, what: string) =>
  (await waitFor(() => slackMessagesWith(method, needle, from)[0], WAIT, what)).args;

// ---- Teams ----
const cardsTo = (user: TeamsUser, from = 0) => t.connector.repliesIn(dmOf(user), from).map((c) => c.body.attachments?.[0]?.content).filter(Boolean);
const actionsOf = (card: any): any[] => [...((card?.body ?? []) as any[]).filter((b) => b.type === 'ActionSet').flatMap((b) => b.actions), ...(card?.actions ?? [])];
const teamsAction = (card: any, verb: string, where?: (a: any) => boolean) => actionsOf(card).find((a) => a.verb === verb && (!where || where(a)));
const click = (user: TeamsUser, a: { verb: string; data: Record<string, unknown> }) => postActivity(t.url, cardActionActivity(t.connector.url, user, a.verb, a.data, 'en-GB'));
const submitCard = (user: TeamsUser, submit: { verb: string; data: Record<string, unknown> }, inputs: Record<string, string>) =>
  postActivity(t.url, cardActionActivity(t.connector.url, user, submit.verb, { ...submit.data, ...inputs }, 'en-GB'));
/** The first card sent to the person's chat after `from` that satisfies `match`. */
const nextCard = async (user: TeamsUser, from: number, match: (card: any) => boolean, what: string) => waitFor(() => cardsTo(user, from).find(match), WAIT, what);
async function teamsHome(user: TeamsUser): Promise<any> {
  const before = t.connector.sent().length;
  await postActivity(t.url, { ...cardActionActivity(t.connector.url, user, HomeActionIds.show, {}, 'en-GB') });
  return nextCard(user, before, (c) => /^(Home|Hjem) – /.test(String(c.body?.[0]?.text ?? '')), 'home card');
}
/** The card an invoke answered with (Teams replaces the clicked card with it), or the next one sent to the chat. */
async function answerOf(user: TeamsUser, res: { json: any }, from: number, match: (card: any) => boolean, what: string): Promise<any> {
  const inPlace = res.json?.type === 'application/vnd.microsoft.card.adaptive' ? res.json.value : null;
  if (inPlace && match(inPlace)) return inPlace;
  return nextCard(user, from, match, what);
}

/** What the round's steps say, per language, as found in the JSON of a message (quotes escaped). */
const ROUND_TEXTS = {
  nb: {
    submit: 'Send inn',
    opened: 'Runden «Q1 2021» er åpnet',
    progress: 'Innsendt: 1 · Utkast: 0 · Mangler: 1',
    reminded: 'Påminnelsen sendes til 1 tiltakseier',
    missing: '1 av 2 statusrapporter mangler',
    closeAnyway: 'Lukk likevel',
    closed: 'Runden «Q1 2021» er lukket.',
    reopenButton: 'Gjenåpne runden',
    homeReopen: 'Gjenåpne Q1 2021',
    reopened: 'Runden «Q1 2021» er åpnet igjen',
  },
  en: {
    submit: 'Submit',
    opened: 'The round \\"Q1 2021\\" is open',
    progress: 'Submitted: 1 · Draft: 0 · Missing: 1',
    reminded: 'The reminder goes to 1 initiative owner',
    missing: '1 of 2 status reports are missing',
    closeAnyway: 'Close anyway',
    closed: 'The round \\"Q1 2021\\" is closed.',
    reopenButton: 'Reopen the round',
    homeReopen: 'Reopen Q1 2021',
    reopened: 'The round \\"Q1 2021\\" is open again',
  },
} as const;

describe('a reporting round from the home, with no typed command', () => {
  it.each(['nb', 'en'] as const)('Slack (%s): open from the home form, report from the owner’s home, progress, remind, close with confirmation, reopen', async (locale) => {
    const L = ROUND_TEXTS[locale];
    t = await startTestApp({ app: { clock: () => now } });
    const cast = await seedCast(t);
    await t.db.prisma.person.updateMany({ where: { id: { in: [cast.sara.id, cast.kari.id] } }, data: { locale } });
    const sara = cast.sara.slackUserId!;
    const kari = cast.kari.slackUserId!;
    await warmUpSlack(t, sara);

    // Open: the home's form, with date pickers and Norwegian input.
    const home = await slackHome(sara);
    let opens = t.slack.callsTo('views.open').length;
    await clickInHome(sara, slackButton(home, HomeActionIds.openRound));
    const form = await nextModal(opens, 'open-round form');
    expect(form.callback_id).toBe(HomeFormIds.openRound);
    const opened = await submitView(sara, form, {
      label: { label: { type: 'plain_text_input', value: 'Q1 2021' } },
      cutoff: { cutoff: { type: 'datepicker', selected_date: '2021-03-31' } },
      due: { due: { type: 'datepicker', selected_date: '2021-04-15' } },
      planned: { planned: { type: 'static_select', selected_option: { value: 'no' } } },
    });
    expect(opened.status).toBe(200);
    expect(opened.json?.response_action).not.toBe('errors');
    const round = await waitFor(() => t.db.prisma.reportingRound.findFirst(), WAIT, 'round opened');
    expect([round.label, round.state]).toEqual(['Q1 2021', 'open']);

    // Report: Kari (owner of Helseplattformen) sends in from her home's button; the modal's main action is «Send inn».
    const kariHome = await slackHome(kari);
    expect(JSON.stringify(kariHome)).toContain('Helseplattformen');
    opens = t.slack.callsTo('views.open').length;
    await clickInHome(kari, slackButton(kariHome, PortfolioActions.openReport));
    const reportForm = await nextModal(opens, 'report form');
    expect(reportForm.callback_id).toBe(PortfolioForms.report);
    expect(reportForm.submit.text).toBe(L.submit);
    const sent = await submitView(kari, reportForm, slackValues({ overall: 'green', risk: 'green', lifecycle: 'active' }));
    expect(sent.status).toBe(200);
    const report = await waitFor(() => t.db.prisma.statusReport.findFirst({ where: { roundId: round.id, initiativeId: cast.helseplattformen.id, state: 'submitted' } }), WAIT, 'report submitted');
    expect(report.state).toBe('submitted');

    // Progress: from the secretariat's home; remind from the progress card's own button.
    const saraHome = await slackHome(sara);
    expect(slackButton(saraHome, HomeActionIds.openRound)).toBeUndefined();
    let posts = t.slack.callsTo('chat.postMessage').length;
    await clickInHome(sara, slackButton(saraHome, HomeActionIds.roundProgress));
    const progress = await nextSlackMessage('chat.postMessage', PortfolioActions.remindAll, posts, 'progress card');
    expect(JSON.stringify(progress.blocks)).toContain(L.progress);
    posts = t.slack.callsTo('chat.postMessage').length;
    const updates = t.slack.callsTo('chat.update').length;
    await clickInMessage(sara, slackButton(progress.blocks, PortfolioActions.remindAll), progress.channel);
    await waitFor(
      () => [...slackMessagesWith('chat.postMessage', L.reminded, posts), ...slackMessagesWith('chat.update', L.reminded, updates)][0],
      WAIT,
      'reminder answer',
    );

    // Close from the home: a report is missing, so it asks first (naming how many); nothing is closed yet.
    posts = t.slack.callsTo('chat.postMessage').length;
    await clickInHome(sara, slackButton(saraHome, HomeActionIds.closeRound));
    const question = await nextSlackMessage('chat.postMessage', L.missing, posts, 'close confirmation');
    expect((await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { id: round.id } })).state).toBe('open');
    const confirm = slackButton(question.blocks, PortfolioActions.closeRound);
    expect(confirm.text.text).toBe(L.closeAnyway);
    const updatesBefore = t.slack.callsTo('chat.update').length;
    posts = t.slack.callsTo('chat.postMessage').length;
    await clickInMessage(sara, confirm, question.channel);
    const closed = await waitFor(
      () => [...slackMessagesWith('chat.update', L.closed, updatesBefore), ...slackMessagesWith('chat.postMessage', L.closed, posts)][0],
      WAIT,
      'closed answer',
    );
    expect((await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { id: round.id } })).state).toBe('closed');

    // Reopen: the answer to closing has the way back, and so has the home while no round is open.
    expect(slackButton(closed.args.blocks, PortfolioActions.reopenRound).text.text).toBe(L.reopenButton);
    const closedHome = await slackHome(sara);
    expect(slackButton(closedHome, HomeActionIds.closeRound)).toBeUndefined();
    expect(slackButton(closedHome, HomeActionIds.openRound)).toBeDefined();
    const reopen = slackButton(closedHome, PortfolioActions.reopenRound);
    expect(reopen.text.text).toBe(L.homeReopen);
    posts = t.slack.callsTo('chat.postMessage').length;
    await clickInHome(sara, reopen);
    await nextSlackMessage('chat.postMessage', L.reopened, posts, 'reopened answer');
    await waitFor(async () => (await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { id: round.id } })).state === 'open' || undefined, WAIT, 'round reopened');
    // The home shows the round open again, with progress and close.
    const after = await slackHome(sara);
    expect(slackButton(after, HomeActionIds.closeRound)).toBeDefined();
  });

  it.each(['en', 'nb'] as const)('Teams (%s): open from the home form, report from the owner’s home, progress, remind, close with confirmation, reopen', async (locale) => {
    const L = ROUND_TEXTS[locale];
    t = await startTestApp({ app: { clock: () => now } });
    const cast = await seedCast(t);
    await t.db.prisma.person.update({ where: { id: cast.emma.id }, data: { locale } });
    // The secretariat on Teams.
    const saraTeams = { id: `29:sara-${cast.sara.id}`, aadObjectId: `aad-sara-${cast.sara.id}` };
    await t.db.prisma.person.update({
      where: { id: cast.sara.id },
      data: { locale, slackUserId: null, teamsUserId: saraTeams.id, aadObjectId: saraTeams.aadObjectId, teamsConversationRef: { channelId: 'msteams', serviceUrl: t.connector.url, conversation: { id: dmOf(saraTeams) }, bot: { id: '28:bot' }, user: { id: saraTeams.id } } },
    });
    const emma = { id: cast.emma.teamsUserId!, aadObjectId: cast.emma.aadObjectId! };

    // Open.
    const home = await teamsHome(saraTeams);
    let before = t.connector.sent().length;
    await click(saraTeams, teamsAction(home, HomeActionIds.openRound));
    const form = await nextCard(saraTeams, before, (c) => actionsOf(c).some((a) => a.verb === HomeFormIds.openRound), 'open-round form');
    const opened = await submitCard(saraTeams, teamsAction(form, HomeFormIds.openRound), { label: 'Q1 2021', cutoff: '2021-03-31', due: '2021-04-15', planned: 'no' });
    expect(JSON.stringify(opened.json?.value)).toContain(L.opened);
    const round = await t.db.prisma.reportingRound.findFirstOrThrow();

    // Report: Emma (owner of E-resept) submits from her home's button; the card's main action is Submit.
    const emmaHome = await teamsHome(emma);
    before = t.connector.sent().length;
    await click(emma, teamsAction(emmaHome, PortfolioActions.openReport));
    const reportCard = await nextCard(emma, before, (c) => actionsOf(c).some((a) => a.verb === PortfolioForms.report), 'report card');
    const submit = reportCard.actions[0];
    expect(submit.title).toBe(L.submit);
    await submitCard(emma, submit, { overall: 'green', risk: 'green', lifecycle: 'active' });
    const report = await waitFor(() => t.db.prisma.statusReport.findFirst({ where: { roundId: round.id, initiativeId: cast.eresept.id, state: 'submitted' } }), WAIT, 'report submitted');
    expect(report.state).toBe('submitted');

    // Progress and remind.
    const saraHome = await teamsHome(saraTeams);
    expect(teamsAction(saraHome, HomeActionIds.openRound)).toBeUndefined();
    before = t.connector.sent().length;
    await click(saraTeams, teamsAction(saraHome, HomeActionIds.roundProgress));
    const progress = await nextCard(saraTeams, before, (c) => actionsOf(c).some((a) => a.verb === PortfolioActions.remindAll), 'progress card');
    expect(JSON.stringify(progress)).toContain(L.progress);
    for (const set of (progress.body as any[]).filter((b) => b.type === 'ActionSet')) expect(set.actions.length).toBeLessThanOrEqual(5);
    before = t.connector.sent().length;
    const reminded = await click(saraTeams, teamsAction(progress, PortfolioActions.remindAll));
    await answerOf(saraTeams, reminded, before, (c) => JSON.stringify(c).includes(L.reminded), 'reminder answer');

    // Close from the home: asks first, then closes.
    before = t.connector.sent().length;
    await click(saraTeams, teamsAction(saraHome, HomeActionIds.closeRound));
    const question = await nextCard(saraTeams, before, (c) => JSON.stringify(c).includes(L.missing), 'close confirmation');
    expect((await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { id: round.id } })).state).toBe('open');
    const confirm = teamsAction(question, PortfolioActions.closeRound);
    expect(confirm.title).toBe(L.closeAnyway);
    before = t.connector.sent().length;
    const closedRes = await click(saraTeams, confirm);
    const closed = await answerOf(saraTeams, closedRes, before, (c) => JSON.stringify(c).includes(L.closed), 'closed answer');
    expect((await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { id: round.id } })).state).toBe('closed');

    // Reopen from the answer to closing (the home offers it too while no round is open).
    const closedHome = await teamsHome(saraTeams);
    expect(teamsAction(closedHome, PortfolioActions.reopenRound).title).toBe(L.homeReopen);
    expect(teamsAction(closedHome, HomeActionIds.closeRound)).toBeUndefined();
    const reopen = teamsAction(closed, PortfolioActions.reopenRound);
    expect(reopen.title).toBe(L.reopenButton);
    await click(saraTeams, reopen);
    await waitFor(async () => (await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { id: round.id } })).state === 'open' || undefined, WAIT, 'round reopened');
    expect(teamsAction(await teamsHome(saraTeams), HomeActionIds.closeRound)).toBeDefined();
  });
});


/** What the meeting's steps say, per language, as found in the JSON of a message (quotes escaped). */
const MEETING_TEXTS = {
  nb: {
    status: 'Status for NUIT 1/2021',
    papers: 'Saksunderlag du skal levere',
    distributeQuestion: 'Sakslisten og sakspapirene for NUIT 1/2021 blir postet i utvalgets kanal',
    created: 'Møte NUIT 1/2021 er opprettet',
    itemAdded: 'Porteføljerapport Q1» er lagt til.',
    distributed: 'Sakslisten for NUIT 1/2021 er sendt ut.',
  },
  en: {
    status: 'Status of NUIT 1/2021',
    papers: 'Papers you are to deliver',
    distributeQuestion: 'The agenda and papers of NUIT 1/2021 will be posted in the committee’s channel',
    created: 'Meeting NUIT 1/2021 is created',
    itemAdded: 'Porteføljerapport Q1\\" is added.',
    distributed: 'The agenda of NUIT 1/2021 has been distributed.',
  },
} as const;

describe('a meeting from the home, with no typed command', () => {
  it.each(['nb', 'en'] as const)('Slack (%s): plan, build the agenda with a presenter, the presenter submits from his home, distribute with confirmation', async (locale) => {
    const L = MEETING_TEXTS[locale];
    t = await startTestApp({ app: { clock: () => now } });
    const people = await seedCommittee(t);
    await t.db.prisma.person.updateMany({ where: { id: { in: [people.kari.id, people.per.id] } }, data: { locale } });
    await warmUpSlack(t, 'UKARI');

    // Plan: the home's button opens the meeting form.
    const home = await slackHome('UKARI');
    let opens = t.slack.callsTo('views.open').length;
    await clickInHome('UKARI', slackButton(home, HomeActionIds.planMeeting));
    const meetingForm = await nextModal(opens, 'meeting form');
    expect(meetingForm.callback_id).toBe(MeetingFormIds.meeting);
    await submitView('UKARI', meetingForm, {
      date: { date: { type: 'datepicker', selected_date: '2021-05-20' } },
      start: { start: { type: 'timepicker', selected_time: '10:00' } },
      end: { end: { type: 'timepicker', selected_time: '13:30' } },
      place: { place: { type: 'plain_text_input', value: 'Thon Hotel Opera' } },
      videoLink: { videoLink: { type: 'plain_text_input', value: '' } },
    });
    const meeting = await waitFor(() => t.db.prisma.meeting.findFirst(), WAIT, 'meeting planned');

    // Build the agenda: pick the meeting, get its status card, and add an item from its button.
    const home2 = await slackHome('UKARI');
    opens = t.slack.callsTo('views.open').length;
    await clickInHome('UKARI', slackButton(home2, HomeActionIds.pickMeeting, (e) => JSON.parse(e.value).step === 'agenda'));
    const pick = await nextModal(opens, 'meeting picker');
    expect(pick.callback_id).toBe(HomeFormIds.pickMeeting);
    let posts = t.slack.callsTo('chat.postMessage').length;
    await submitView('UKARI', pick, { meeting: { meeting: { type: 'static_select', selected_option: { value: meeting.id } } } });
    const status = await nextSlackMessage('chat.postMessage', MeetingActionIds.addItem, posts, 'status card');
    expect(JSON.stringify(status.blocks)).toContain(L.status);
    opens = t.slack.callsTo('views.open').length;
    await clickInMessage('UKARI', slackButton(status.blocks, MeetingActionIds.addItem), status.channel);
    const itemForm = await nextModal(opens, 'item form');
    expect(itemForm.callback_id).toBe(MeetingFormIds.item);
    const added = await submitView('UKARI', itemForm, {
      type: { type: { type: 'static_select', selected_option: { value: 'discussion' } } },
      title: { title: { type: 'plain_text_input', value: 'Nasjonal e-helseportefølje' } },
      presenter: { presenter: { type: 'external_select', selected_option: { value: people.per.id } } },
      proposedDecision: { proposedDecision: { type: 'plain_text_input', value: 'NUIT tar saken til orientering.' } },
      plannedStart: { plannedStart: { type: 'timepicker', selected_time: '10:30' } },
    });
    expect(added.json?.response_action).not.toBe('errors');
    const item = await waitFor(() => t.db.prisma.agendaItem.findFirst({ where: { meetingId: meeting.id, kind: 'regular' } }), WAIT, 'item added');
    expect(item.presenterId).toBe(people.per.id);

    // The presenter submits his paper from his own home.
    const perHome = await slackHome('UPER');
    expect(JSON.stringify(perHome)).toContain(L.papers);
    opens = t.slack.callsTo('views.open').length;
    await clickInHome('UPER', slackButton(perHome, MeetingActionIds.submitPaper));
    const paperForm = await nextModal(opens, 'paper form');
    expect(paperForm.callback_id).toBe(MeetingFormIds.paper);
    await submitView('UPER', paperForm, {
      title: { title: { type: 'plain_text_input', value: 'Toppnotat' } },
      links: { links: { type: 'plain_text_input', value: 'https://docs.example.no/a' } },
      proposedDecision: { proposedDecision: { type: 'plain_text_input', value: 'NUIT gir sin tilslutning.' } },
    });
    await waitFor(() => t.db.prisma.paper.findFirst({ where: { itemId: item.id } }), WAIT, 'paper in');
    expect(JSON.stringify(await slackHome('UPER'))).not.toContain(L.papers);

    // Distribute from the home: pick, confirm; only then is the agenda posted in the committee's channel.
    const home3 = await slackHome('UKARI');
    opens = t.slack.callsTo('views.open').length;
    await clickInHome('UKARI', slackButton(home3, HomeActionIds.pickMeeting, (e) => JSON.parse(e.value).step === 'distribute'));
    const pick2 = await nextModal(opens, 'meeting picker (distribute)');
    posts = t.slack.callsTo('chat.postMessage').length;
    await submitView('UKARI', pick2, { meeting: { meeting: { type: 'static_select', selected_option: { value: meeting.id } } } });
    const question = await nextSlackMessage('chat.postMessage', MeetingActionIds.distributeNow, posts, 'distribution confirmation');
    expect(question.text).toContain(L.distributeQuestion);
    expect(t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0NUIT')).toHaveLength(0);
    await clickInMessage('UKARI', slackButton(question.blocks, MeetingActionIds.distributeNow), question.channel);
    const agenda = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0NUIT' && JSON.stringify(c.args.blocks).includes('Saksliste – NUIT 1/2021')), WAIT, 'agenda posted');
    expect(JSON.stringify(agenda.args.blocks)).toContain('Nasjonal e-helseportefølje');
    expect(JSON.stringify(agenda.args.blocks)).toContain('https://docs.example.no/a');
    expect((await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).distributedAt).not.toBeNull();
  });

  it.each(['en', 'nb'] as const)('Teams (%s): plan, build the agenda with a presenter, the presenter submits from his home, distribute with confirmation', async (locale) => {
    const L = MEETING_TEXTS[locale];
    t = await startTestApp({ app: { clock: () => now } });
    const people = await seedCommittee(t);
    await t.db.prisma.person.updateMany({ where: { id: { in: [people.emma.id, people.ola.id] } }, data: { locale } });
    const emma = { id: '29:emma', aadObjectId: 'aad-emma' };
    const ola = { id: '29:ola', aadObjectId: 'aad-ola' };

    const home = await teamsHome(emma);
    let before = t.connector.sent().length;
    await click(emma, teamsAction(home, HomeActionIds.planMeeting));
    const meetingForm = await nextCard(emma, before, (c) => actionsOf(c).some((a) => a.verb === MeetingFormIds.meeting), 'meeting form');
    const created = await submitCard(emma, teamsAction(meetingForm, MeetingFormIds.meeting), { date: '2021-05-20', start: '10:00', end: '13:30', place: 'Thon Hotel Opera', videoLink: '' });
    expect(JSON.stringify(created.json?.value)).toContain(L.created);
    const meeting = await t.db.prisma.meeting.findFirstOrThrow();

    // Build the agenda.
    const home2 = await teamsHome(emma);
    before = t.connector.sent().length;
    await click(emma, teamsAction(home2, HomeActionIds.pickMeeting, (a) => a.data._payload.step === 'agenda'));
    const pick = await nextCard(emma, before, (c) => actionsOf(c).some((a) => a.verb === HomeFormIds.pickMeeting), 'meeting picker');
    expect((pick.body as any[]).find((b) => b.type === 'Input.ChoiceSet').value).toBe(meeting.id);
    before = t.connector.sent().length;
    const statusRes = await submitCard(emma, teamsAction(pick, HomeFormIds.pickMeeting), { meeting: meeting.id });
    const status = await answerOf(emma, statusRes, before, (c) => actionsOf(c).some((a) => a.verb === MeetingActionIds.addItem), 'status card');
    expect(JSON.stringify(status)).toContain(L.status);
    before = t.connector.sent().length;
    const formRes = await click(emma, teamsAction(status, MeetingActionIds.addItem));
    const itemForm = await answerOf(emma, formRes, before, (c) => actionsOf(c).some((a) => a.verb === MeetingFormIds.item), 'item form');
    const added = await submitCard(emma, teamsAction(itemForm, MeetingFormIds.item), {
      type: 'information',
      title: 'Porteføljerapport Q1',
      presenter: people.ola.id,
      proposedDecision: 'NUIT takes the matter under advisement.',
      plannedStart: '11:00',
    });
    expect(JSON.stringify(added.json?.value)).toContain(L.itemAdded);
    const item = await t.db.prisma.agendaItem.findFirstOrThrow({ where: { meetingId: meeting.id, kind: 'regular' } });

    // Ola submits the paper from his home.
    const olaHome = await teamsHome(ola);
    expect(JSON.stringify(olaHome)).toContain(L.papers);
    before = t.connector.sent().length;
    const paperRes = await click(ola, teamsAction(olaHome, MeetingActionIds.submitPaper));
    const paperForm = await answerOf(ola, paperRes, before, (c) => actionsOf(c).some((a) => a.verb === MeetingFormIds.paper), 'paper form');
    await submitCard(ola, teamsAction(paperForm, MeetingFormIds.paper), { title: 'Top note', links: 'https://docs.example.no/q1', proposedDecision: '' });
    await waitFor(() => t.db.prisma.paper.findFirst({ where: { itemId: item.id } }), WAIT, 'paper in');

    // Distribute from the home, with its confirmation card.
    const home3 = await teamsHome(emma);
    before = t.connector.sent().length;
    await click(emma, teamsAction(home3, HomeActionIds.pickMeeting, (a) => a.data._payload.step === 'distribute'));
    const pick2 = await nextCard(emma, before, (c) => actionsOf(c).some((a) => a.verb === HomeFormIds.pickMeeting), 'meeting picker (distribute)');
    before = t.connector.sent().length;
    const askRes = await submitCard(emma, teamsAction(pick2, HomeFormIds.pickMeeting), { meeting: meeting.id });
    const question = await answerOf(emma, askRes, before, (c) => actionsOf(c).some((a) => a.verb === MeetingActionIds.distributeNow), 'distribution confirmation');
    expect((await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).distributedAt).toBeNull();
    before = t.connector.sent().length;
    const doneRes = await click(emma, teamsAction(question, MeetingActionIds.distributeNow));
    await answerOf(emma, doneRes, before, (c) => JSON.stringify(c).includes(L.distributed), 'distributed answer');
    expect((await t.db.prisma.meeting.findUniqueOrThrow({ where: { id: meeting.id } })).distributedAt).not.toBeNull();
    await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0NUIT' && JSON.stringify(c.args.blocks).includes('Porteføljerapport Q1')), WAIT, 'agenda posted');
  });
});

/** What answering a red dependency says, per language. */
const ANSWER_TEXTS = {
  nb: { waiting: 'Røde avhengigheter som venter på svar fra deg', yellow: 'Avhengigheten er nå gul' },
  en: { waiting: 'Red dependencies waiting for your answer', yellow: 'The dependency is now yellow' },
} as const;

/** What recording and publishing decisions say, per language. */
const DECISION_TEXTS = {
  nb: { unrecorded: '2 av 3 saker har ikke registrert vedtak.', publishAnyway: 'Publiser likevel' },
  en: { unrecorded: '2 of 3 items have no recorded decision.', publishAnyway: 'Publish anyway' },
} as const;

describe('a red dependency answered from the provider’s home, with no typed command', () => {
  it.each(['nb', 'en'] as const)('Slack (%s): the Answer button sends the dependency with its answer buttons; Now yellow records it and the message follows', async (locale) => {
    const L = ANSWER_TEXTS[locale];
    t = await startTestApp({ app: { clock: () => now } });
    const cast = await seedCast(t);
    await t.db.prisma.person.update({ where: { id: cast.kari.id }, data: { locale } });
    const kari = cast.kari.slackUserId!;
    await warmUpSlack(t, kari);
    // E-resept (Emma's) needs Helseplattformen (Kari's): red, waiting for Kari as the provider's owner.
    const dependency = await t.db.prisma.dependency.create({
      data: { initiativeId: cast.eresept.id, description: 'Integrasjon mot kjernejournal', category: 'national_solutions', criticality: 'high', status: 'red', redSince: now, providerInitiativeId: cast.helseplattformen.id },
    });
    const home = await slackHome(kari);
    expect(JSON.stringify(home)).toContain(L.waiting);
    const posts = t.slack.callsTo('chat.postMessage').length;
    const published = publishedFor(kari).length;
    await clickInHome(kari, slackButton(home, HomeActionIds.showDependency));
    const notice = await nextSlackMessage('chat.postMessage', DependencyActionIds.nowYellow, posts, 'dependency message');
    // A click in the tab whose answer comes by DM publishes the tab again.
    await waitFor(() => publishedFor(kari)[published], WAIT, 'home tab published again after the click');
    expect(JSON.stringify(notice.blocks)).toContain('Integrasjon mot kjernejournal');
    const updates = t.slack.callsTo('chat.update').length;
    await clickInMessage(kari, slackButton(notice.blocks, DependencyActionIds.nowYellow), notice.channel);
    await waitFor(async () => (await t.db.prisma.dependency.findUniqueOrThrow({ where: { id: dependency.id } })).status === 'yellow' || undefined, WAIT, 'yellow');
    await nextSlackMessage('chat.update', L.yellow, updates, 'message follows the status');
    expect(JSON.stringify(await slackHome(kari))).not.toContain(L.waiting);
  });

  it.each(['en', 'nb'] as const)('Teams (%s): the Answer button sends the dependency with its answer buttons; Now yellow records it and the card follows', async (locale) => {
    const L = ANSWER_TEXTS[locale];
    t = await startTestApp({ app: { clock: () => now } });
    const cast = await seedCast(t);
    await t.db.prisma.person.update({ where: { id: cast.emma.id }, data: { locale } });
    const emma = { id: cast.emma.teamsUserId!, aadObjectId: cast.emma.aadObjectId! };
    const dependency = await t.db.prisma.dependency.create({
      data: { initiativeId: cast.helseplattformen.id, description: 'Forskrivningsmodul 4.12', category: 'national_solutions', criticality: 'high', status: 'red', redSince: now, providerInitiativeId: cast.eresept.id },
    });
    const home = await teamsHome(emma);
    expect(JSON.stringify(home)).toContain(L.waiting);
    let before = t.connector.sent().length;
    // The click names the home card it came from, as Teams does (replyToId: the card's activity id).
    const HOME_CARD = 'home-card-activity';
    const showDependency = teamsAction(home, HomeActionIds.showDependency);
    expect(showDependency.data._home).toBe(true);
    await postActivity(t.url, { ...cardActionActivity(t.connector.url, emma, showDependency.verb, showDependency.data, 'en-GB'), replyToId: HOME_CARD });
    const notice = await nextCard(emma, before, (c) => actionsOf(c).some((a) => a.verb === DependencyActionIds.nowYellow), 'dependency card');
    expect(JSON.stringify(notice)).toContain('Forskrivningsmodul 4.12');
    // The dependency's own card carries the home card on, so its answer can refresh it.
    expect(teamsAction(notice, DependencyActionIds.nowYellow).data._home).toBe(HOME_CARD);
    before = t.connector.sent().length;
    const homeUpdates = () => t.connector.calls.filter((c) => c.verb === 'update' && c.activityId === HOME_CARD).map((c) => c.body.attachments?.[0]?.content);
    const updatesBefore = homeUpdates().length;
    const res = await click(emma, teamsAction(notice, DependencyActionIds.nowYellow));
    await waitFor(async () => (await t.db.prisma.dependency.findUniqueOrThrow({ where: { id: dependency.id } })).status === 'yellow' || undefined, WAIT, 'yellow');
    const after = await answerOf(emma, res, before, (c) => JSON.stringify(c).includes(L.yellow), 'card follows the status');
    expect(teamsAction(after, DependencyActionIds.nowYellow)).toBeUndefined();
    // The home card the answer started from is re-rendered in place: the dependency no longer waits there.
    const refreshed = await waitFor(() => homeUpdates()[updatesBefore], WAIT, 'home card updated in place');
    expect(String(refreshed.body?.[0]?.text)).toMatch(/^(Home|Hjem) – /);
    expect(JSON.stringify(refreshed)).not.toContain(L.waiting);
    expect(teamsAction(refreshed, HomeActionIds.showDependency)).toBeUndefined();
    expect(JSON.stringify(await teamsHome(emma))).not.toContain(L.waiting);
  });
});

describe('decisions recorded and published from the home, with no typed command', () => {
  it.each(['nb', 'en'] as const)('Slack (%s): Record decisions → the overview → record one; Publish decisions asks first (2 of 3 unrecorded), then publishes', async (locale) => {
    const L = DECISION_TEXTS[locale];
    t = await startTestApp({ app: { clock: () => DECISIONS_NOW } });
    const s = await seedDecisions(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'W' });
    await t.db.prisma.person.update({ where: { id: s.people.secretariat.id }, data: { locale } });
    const sara = s.people.secretariat.slackUserId!;
    await warmUpSlack(t, sara);

    const home = await slackHome(sara);
    let opens = t.slack.callsTo('views.open').length;
    await clickInHome(sara, slackButton(home, HomeActionIds.pickMeeting, (e) => JSON.parse(e.value).step === 'decisions'));
    const pick = await nextModal(opens, 'meeting picker (decisions)');
    // The last meeting held is chosen already.
    expect(JSON.stringify(pick.blocks)).toContain(s.meeting.id);
    let posts = t.slack.callsTo('chat.postMessage').length;
    const published = publishedFor(sara).length;
    await submitView(sara, pick, { meeting: { meeting: { type: 'static_select', selected_option: { value: s.meeting.id } } } });
    const overview = await nextSlackMessage('chat.postMessage', DecisionActionIds.record, posts, 'decision overview');
    // The modal was opened from the App Home tab: its submission publishes the tab again.
    await waitFor(() => publishedFor(sara)[published], WAIT, 'home tab published again after the modal');
    const record = slackButton(overview.blocks, DecisionActionIds.record, (e) => JSON.parse(e.value).itemId === s.items[1]!.id);
    opens = t.slack.callsTo('views.open').length;
    await clickInMessage(sara, record, overview.channel);
    const form = await nextModal(opens, 'decision form');
    expect(form.callback_id).toBe(DecisionFormIds.decision);
    const saved = await submitView(sara, form, { decision: { decision: { type: 'plain_text_input', value: 'Tatt til orientering.' } } });
    expect(saved.json?.response_action).not.toBe('errors');
    await waitFor(() => t.db.prisma.decision.findFirst({ where: { itemId: s.items[1]!.id } }), WAIT, 'decision recorded');
    // The overview opened from the home is an outbox copy: the save edits it in place.
    const edited = await nextSlackMessage('chat.update', 'Tatt til orientering.', 0, 'overview edited in place');
    expect(edited.channel).toBe(overview.channel);

    const home2 = await slackHome(sara);
    opens = t.slack.callsTo('views.open').length;
    await clickInHome(sara, slackButton(home2, HomeActionIds.pickMeeting, (e) => JSON.parse(e.value).step === 'publish'));
    const pick2 = await nextModal(opens, 'meeting picker (publish)');
    posts = t.slack.callsTo('chat.postMessage').length;
    await submitView(sara, pick2, { meeting: { meeting: { type: 'static_select', selected_option: { value: s.meeting.id } } } });
    const question = await nextSlackMessage('chat.postMessage', L.unrecorded, posts, 'publish confirmation');
    expect(t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0NUIT')).toHaveLength(0);
    const confirm = slackButton(question.blocks, DecisionActionIds.publish);
    expect(confirm.text.text).toBe(L.publishAnyway);
    await clickInMessage(sara, confirm, question.channel);
    const summary = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0NUIT'), WAIT, 'summary posted');
    expect(JSON.stringify(summary.args)).toContain('Tatt til orientering.');
  });

  it.each(['en', 'nb'] as const)('Teams (%s): Record decisions → the overview → record one; Publish decisions asks first, then publishes', async (locale) => {
    const L = DECISION_TEXTS[locale];
    t = await startTestApp({ app: { clock: () => DECISIONS_NOW } });
    const s = await seedDecisions(t, { key: 'NUIT', slackChannelId: 'C0NUIT', prefix: 'V' });
    await t.db.prisma.person.update({ where: { id: s.people.secretariatEn.id }, data: { locale } });
    const tom = { id: s.people.secretariatEn.teamsUserId!, aadObjectId: s.people.secretariatEn.aadObjectId! };

    const home = await teamsHome(tom);
    let before = t.connector.sent().length;
    await click(tom, teamsAction(home, HomeActionIds.pickMeeting, (a) => a.data._payload.step === 'decisions'));
    const pick = await nextCard(tom, before, (c) => actionsOf(c).some((a) => a.verb === HomeFormIds.pickMeeting), 'meeting picker (decisions)');
    expect((pick.body as any[]).find((b) => b.type === 'Input.ChoiceSet').value).toBe(s.meeting.id);
    before = t.connector.sent().length;
    const overviewRes = await submitCard(tom, teamsAction(pick, HomeFormIds.pickMeeting), { meeting: s.meeting.id });
    const overview = await answerOf(tom, overviewRes, before, (c) => actionsOf(c).some((a) => a.verb === DecisionActionIds.record), 'decision overview');
    before = t.connector.sent().length;
    const recordAction = teamsAction(overview, DecisionActionIds.record, (a) => a.data._payload.itemId === s.items[1]!.id);
    const formRes = await click(tom, recordAction);
    const form = await answerOf(tom, formRes, before, (c) => actionsOf(c).some((a) => a.verb === DecisionFormIds.decision), 'decision form');
    await submitCard(tom, teamsAction(form, DecisionFormIds.decision), { decision: 'Taken note of.' });
    await waitFor(() => t.db.prisma.decision.findFirst({ where: { itemId: s.items[1]!.id } }), WAIT, 'decision recorded');
    // The overview opened from the home is an outbox copy: the save edits it in place (an activity update).
    await waitFor(() => t.connector.calls.find((c) => c.verb === 'update' && c.conversationId === dmOf(tom) && JSON.stringify(c.body).includes('Taken note of.')), WAIT, 'overview edited in place');

    const home2 = await teamsHome(tom);
    before = t.connector.sent().length;
    await click(tom, teamsAction(home2, HomeActionIds.pickMeeting, (a) => a.data._payload.step === 'publish'));
    const pick2 = await nextCard(tom, before, (c) => actionsOf(c).some((a) => a.verb === HomeFormIds.pickMeeting), 'meeting picker (publish)');
    before = t.connector.sent().length;
    const askRes = await submitCard(tom, teamsAction(pick2, HomeFormIds.pickMeeting), { meeting: s.meeting.id });
    const question = await answerOf(tom, askRes, before, (c) => JSON.stringify(c).includes(L.unrecorded), 'publish confirmation');
    expect(t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'C0NUIT')).toHaveLength(0);
    const confirm = teamsAction(question, DecisionActionIds.publish);
    expect(confirm.title).toBe(L.publishAnyway);
    await click(tom, confirm);
    const summary = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0NUIT'), WAIT, 'summary posted');
    expect(JSON.stringify(summary.args)).toContain('Taken note of.');
  });
});
