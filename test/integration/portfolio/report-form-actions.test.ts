import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PortfolioActions, PortfolioForms } from '../../../src/portfolio/ids.js';
import { ActionIds } from '../../../src/ui/action-ids.js';
import { blockActionPayload, interactionBody, postSlack, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, dmOf, postActivity } from '../../helpers/teams-activities.js';
import { openRound } from '../../helpers/fixtures/open-round.js';
import { seedPeople, slackValues } from '../../helpers/fixtures/seed-people.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';

const NOW = new Date('2026-06-25T10:00:00Z');
const FORM = 'application/x-www-form-urlencoded';
let t: TestApp;
let s: Awaited<ReturnType<typeof seedPeople>>;
let epj: { id: string };
let hp: { id: string };

beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  s = await seedPeople(t);
  epj = await t.db.prisma.initiative.create({ data: { key: 'epj-loftet', name: 'EPJ-løftet', organisationId: s.ehelse.id, ownerId: s.kari.id, segment: 'samstyring', state: 'active' } });
  hp = await t.db.prisma.initiative.create({ data: { key: 'helseplattformen', name: 'Helseplattformen', organisationId: s.hmn.id, ownerId: s.emma.id, segment: 'koordinering', state: 'active' } });
  await warmUpSlack(t, 'USARA');
});
afterEach(async () => t?.close());

/** A click on a button inside an open modal: Slack sends the modal's id, hash and typed values with it. */
function clickInModal(userId: string, view: { callback_id: string; private_metadata: string }, values: Record<string, string | null>, hash: string) {
  const payload = {
    ...blockActionPayload(userId, ActionIds.formAlternative, 'draft'),
    container: { type: 'view', view_id: 'V1' },
    view: { id: 'V1', hash, type: 'modal', title: { type: 'plain_text', text: 'Statusrapport' }, callback_id: view.callback_id, private_metadata: view.private_metadata, state: { values: slackValues(values) } },
  };
  delete (payload as { channel?: unknown }).channel;
  delete (payload as { message?: unknown }).message;
  return postSlack(t.url, SLACK_SECRET, interactionBody(payload), FORM);
}

describe('the report form says what it does: Send inn and Lagre utkast', () => {
  it('Slack, bokmål: two actions; a draft with a bad number keeps what was typed, then saves; Send inn submits', async () => {
    const roundId = (await openRound(t, 'Q2 2026', '2026-06-30', '2026-08-15')).id;
    const opens = t.slack.callsTo('views.open').length;
    await postSlack(t.url, SLACK_SECRET, interactionBody(blockActionPayload('UKARI', `${PortfolioActions.openReport}#0`, JSON.stringify({ roundId, initiativeId: epj.id }))), FORM);
    const view = (await waitFor(() => t.slack.callsTo('views.open')[opens], 10_000, 'report form')).args.view;
    expect(view.submit.text).toBe('Send inn');
    const alternative = view.blocks.find((b: any) => b.type === 'actions');
    expect(alternative.elements).toEqual([expect.objectContaining({ action_id: ActionIds.formAlternative, text: expect.objectContaining({ text: 'Lagre utkast' }), value: 'draft' })]);
    expect(view.blocks.find((b: any) => b.block_id === 'mode')).toBeUndefined();

    // "Lagre utkast" with a bad number: the modal is shown again with everything typed and the error under the field.
    const updates = t.slack.callsTo('views.update').length;
    await clickInModal('UKARI', view, { overall: 'yellow', narrative: 'Halvveis', budget: 'mye', lifecycle: 'active' }, 'h1');
    const again = (await waitFor(() => t.slack.callsTo('views.update')[updates], 10_000, 'form with errors')).args;
    expect(again.view_id).toBe('V1');
    const block = (id: string) => again.view.blocks.find((b: any) => b.block_id === id);
    expect(block('narrative').element.initial_value).toBe('Halvveis');
    expect(block('budget').element.initial_value).toBe('mye');
    expect(block('overall').element.initial_option.value).toBe('yellow');
    expect(JSON.stringify(again.view.blocks)).toContain('«mye» er ikke et tall.');
    expect(await t.db.prisma.statusReport.count({ where: { roundId, initiativeId: epj.id } })).toBe(0);

    await clickInModal('UKARI', view, { overall: 'yellow', narrative: 'Halvveis', budget: '12,5', lifecycle: 'active' }, 'h2');
    const saved = (await waitFor(() => t.slack.callsTo('views.update')[updates + 1], 10_000, 'draft saved')).args;
    expect(JSON.stringify(saved.view.blocks)).toContain('Utkastet for');
    const draft = await t.db.prisma.statusReport.findFirstOrThrow({ where: { roundId, initiativeId: epj.id } });
    expect(draft.state).toBe('draft');

    const res = await postSlack(
      t.url,
      SLACK_SECRET,
      interactionBody(viewSubmissionPayload('UKARI', { callback_id: PortfolioForms.report, private_metadata: view.private_metadata, values: slackValues({ overall: 'green', risk: 'green', lifecycle: 'active' }) })),
      FORM,
    );
    expect(res.status).toBe(200);
    expect((await t.db.prisma.statusReport.findFirstOrThrow({ where: { roundId, initiativeId: epj.id } })).state).toBe('submitted');
  });

  it('Teams, English: Submit and Save draft on the card; a refused draft keeps what was typed, then saves', async () => {
    const roundId = (await openRound(t, 'Q2 2026', '2026-06-30', '2026-08-15')).id;
    const emma = { id: '29:emma', aadObjectId: 'aad-emma' };
    const before = t.connector.sent().length;
    await postActivity(t.url, cardActionActivity(t.connector.url, emma, PortfolioActions.openReport, { _payload: { roundId, initiativeId: hp.id } }, 'en-GB'));
    const card = t.connector.repliesIn(dmOf(emma), before).find((c) => JSON.stringify(c.body).includes(PortfolioForms.report))!.body.attachments[0].content;
    expect(card.actions.map((a: any) => a.title)).toEqual(['Submit', 'Save draft']);
    expect(card.actions[1].data.submitAs).toBe('draft');
    expect(card.actions[0].data.submitAs).toBeUndefined();
    expect(card.body.find((b: any) => b.id === 'mode')).toBeUndefined();

    const data = (values: Record<string, string>) => ({ ...card.actions[1].data, ...values });
    const refused = await postActivity(t.url, cardActionActivity(t.connector.url, emma, PortfolioForms.report, data({ overall: 'red', narrative: 'Half done', opex: 'lots', lifecycle: 'active' })));
    const again = refused.json.value;
    expect(again.body.find((b: any) => b.id === 'opex').value).toBe('lots');
    expect(again.body.find((b: any) => b.id === 'narrative').value).toBe('Half done');
    expect(again.actions.map((a: any) => a.title)).toEqual(['Submit', 'Save draft']);
    expect(await t.db.prisma.statusReport.count({ where: { roundId, initiativeId: hp.id } })).toBe(0);

    const saved = await postActivity(t.url, cardActionActivity(t.connector.url, emma, PortfolioForms.report, data({ overall: 'red', narrative: 'Half done', lifecycle: 'active' })));
    expect(JSON.stringify(saved.json.value)).toContain('The draft for **Helseplattformen** is saved');
    expect((await t.db.prisma.statusReport.findFirstOrThrow({ where: { roundId, initiativeId: hp.id } })).state).toBe('draft');
  });
});
