import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { HomeActionIds } from '../../../src/home/ids.js';
import { MeetingActionIds, MeetingFormIds } from '../../../src/meetings/ids.js';
import { homeClickBody, homeOpenedBody, interactionBody, postSlack, slashCommandBody, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { addItem } from '../../helpers/fixtures/add-item.js';
import { planMeeting } from '../../helpers/fixtures/plan-meeting.js';
import { seedCommittee } from '../../helpers/fixtures/seed-committee.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';

let t: TestApp;
let people: Awaited<ReturnType<typeof seedCommittee>>;
// 1 March 2021: NUIT's meeting on 20 May 2021 is ahead, with every deadline of its cycle.
const now = new Date('2021-03-01T08:00:00Z');
const FORM = 'application/x-www-form-urlencoded';

beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => now } });
  people = await seedCommittee(t);
  await warmUpSlack(t, 'UKARI');
});
afterEach(async () => t?.close());

const openHomeTab = (user: string) => postSlack(t.url, SLACK_SECRET, homeOpenedBody(user), 'application/json');
const publishedFor = (user: string) => t.slack.callsTo('views.publish').filter((c) => c.args.user_id === user);
const homeOf = async (user: string, after = 0) => (await waitFor(() => publishedFor(user)[after], 10_000, `home of ${user}`)).args.view as { type: string; blocks: any[] };
/** The buttons of a view or message, by action id (without the `#n` that keeps them unique). */
const buttonsOf = (blocks: any[]) => blocks.filter((b) => b.type === 'actions').flatMap((b) => b.elements as any[]);
const button = (blocks: any[], actionId: string) => buttonsOf(blocks).find((e) => String(e.action_id).split('#')[0] === actionId);
const clickInHome = (user: string, element: { action_id: string; value: string }) => postSlack(t.url, SLACK_SECRET, homeClickBody(user, element), FORM);
const slash = (user: string, text: string) => postSlack(t.url, SLACK_SECRET, slashCommandBody(user, text), FORM);

describe('the home on Slack', () => {
  it('publishes the App Home tab with the secretariat’s next meetings, deadlines and every one of its actions', async () => {
    await planMeeting(t, people.committee.id, { day: '2021-05-20' });
    expect((await openHomeTab('UKARI')).status).toBe(200);
    const kari = await homeOf('UKARI');
    expect(kari.type).toBe('home');
    const kariText = JSON.stringify(kari.blocks);
    expect(kariText).toContain('Hjem – Kari Nordmann');
    expect(kariText).toContain('NUIT 1/2021');
    expect(kariText).toContain('neste frist: Innmelding av saker tirsdag 6. april 2021 kl. 09.00');
    expect(button(kari.blocks, HomeActionIds.planMeeting)?.text.text).toBe('Planlegg møte NUIT');
    for (const id of [HomeActionIds.pickMeeting, HomeActionIds.openRound, HomeActionIds.importRoster, HomeActionIds.refresh]) expect(button(kari.blocks, id)).toBeDefined();
    expect(buttonsOf(kari.blocks).filter((e) => String(e.action_id).startsWith(HomeActionIds.pickMeeting)).map((e) => e.text.text)).toEqual([
      'Sett opp sakslisten',
      'Distribuer',
      'Registrer vedtak',
      'Publiser vedtak',
    ]);

  });

  it('gives a member and a presenter a home without the secretariat’s buttons, the presenter with his paper due', async () => {
    const meeting = await planMeeting(t, people.committee.id, { day: '2021-05-20' });
    await addItem(t, meeting.id, { title: 'Nasjonal e-helseportefølje', presenterId: people.per.id });
    await openHomeTab('USIRI');
    const siri = await homeOf('USIRI');
    expect(JSON.stringify(siri.blocks)).toContain('NUIT 1/2021');
    for (const id of [HomeActionIds.planMeeting, HomeActionIds.pickMeeting, HomeActionIds.openRound, HomeActionIds.importRoster]) expect(button(siri.blocks, id)).toBeUndefined();
    expect(JSON.stringify(siri.blocks)).not.toContain('Sekretariatet');

    await openHomeTab('UPER');
    const per = await homeOf('UPER');
    expect(JSON.stringify(per.blocks)).toContain('Saksunderlag du skal levere');
    expect(JSON.stringify(per.blocks)).toContain('Nasjonal e-helseportefølje (NUIT 1/2021) – frist tirsdag 4. mai 2021 kl. 12.00');
    const submit = button(per.blocks, MeetingActionIds.submitPaper);
    expect(submit.text.text).toMatch(/^Lever \d+\/21$/);
    expect(button(per.blocks, HomeActionIds.planMeeting)).toBeUndefined();
  });

  it('plans a meeting from the home tab with no typed command, and the refresh button publishes the tab again', async () => {
    await openHomeTab('UKARI');
    const home = await homeOf('UKARI');
    expect(JSON.stringify(home.blocks)).toContain('Ingen planlagte møter i utvalgene dine.');

    const opensBefore = t.slack.callsTo('views.open').length;
    await clickInHome('UKARI', button(home.blocks, HomeActionIds.planMeeting));
    const form = await waitFor(() => t.slack.callsTo('views.open')[opensBefore]?.args.view);
    expect(form.callback_id).toBe(MeetingFormIds.meeting);
    // The modal remembers it was opened from the tab, so its submission publishes the tab again.
    expect(JSON.parse(form.private_metadata)).toEqual({ committeeId: people.committee.id, _fromHome: true });

    const submitted = await postSlack(
      t.url,
      SLACK_SECRET,
      interactionBody(
        viewSubmissionPayload('UKARI', {
          callback_id: form.callback_id,
          private_metadata: form.private_metadata,
          values: {
            date: { date: { type: 'datepicker', selected_date: '2021-05-20' } },
            start: { start: { type: 'timepicker', selected_time: '10:00' } },
            end: { end: { type: 'timepicker', selected_time: '13:30' } },
            place: { place: { type: 'plain_text_input', value: 'Thon Hotel Opera' } },
            videoLink: { videoLink: { type: 'plain_text_input', value: '' } },
          },
        }),
      ),
      FORM,
    );
    expect(submitted.status).toBe(200);
    expect(submitted.json?.response_action).toBeUndefined();
    const meeting = await t.db.prisma.meeting.findFirstOrThrow();
    expect([meeting.number, meeting.year, meeting.place]).toEqual([1, 2021, 'Thon Hotel Opera']);

    // The modal closed onto the tab, and the tab was published again with the new meeting.
    const afterSubmit = await homeOf('UKARI', 1);
    expect(JSON.stringify(afterSubmit.blocks)).toContain('NUIT 1/2021');
    // Refresh publishes the tab again in place (no message is posted).
    const postsBefore = t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'UKARI').length;
    await clickInHome('UKARI', button(home.blocks, HomeActionIds.refresh));
    const refreshed = await homeOf('UKARI', 2);
    expect(refreshed.type).toBe('home');
    expect(JSON.stringify(refreshed.blocks)).toContain('NUIT 1/2021');
    expect(JSON.stringify(refreshed.blocks)).not.toContain('Ingen planlagte møter');
    expect(t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'UKARI' && String(c.args.text).startsWith('Hjem')).length).toBe(0);
    expect(t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'UKARI').length).toBeGreaterThanOrEqual(postsBefore);
  });

  it('answers `hjem`, a sentence it does not know, and `hjelp` filtered by role', async () => {
    await planMeeting(t, people.committee.id, { day: '2021-05-20' });
    const home = await slash('UKARI', 'hjem');
    expect(JSON.stringify(home.json.blocks)).toContain('Hjem – Kari Nordmann');

    const question = await slash('USIRI', 'hva er neste møte?');
    const answer = JSON.stringify(question.json.blocks);
    expect(answer).toContain('Jeg forstod ikke helt «hva er neste møte?»');
    expect(answer).toContain('NUIT 1/2021');
    expect(answer).not.toContain('Jeg kjenner ikke kommandoen');
    expect(button(question.json.blocks, HomeActionIds.show)).toBeDefined();

    const memberHelp = JSON.stringify((await slash('USIRI', 'hjelp')).json.blocks);
    expect(memberHelp).toContain('Saksgang – hjelp');
    expect(memberHelp).toContain('hjem');
    expect(memberHelp).not.toContain('runde åpne');
    expect(memberHelp).not.toContain('møte ny');
    expect(memberHelp).not.toContain(HomeActionIds.planMeeting);
    const secretariatHelp = (await slash('UKARI', 'hjelp')).json.blocks;
    expect(JSON.stringify(secretariatHelp)).toContain('runde');
    expect(button(secretariatHelp, HomeActionIds.planMeeting)).toBeDefined();
    expect(button(secretariatHelp, HomeActionIds.show)).toBeDefined();
  });
});
