import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PortfolioActions, PortfolioForms } from '../../../src/portfolio/ids.js';
import { interactionBody, postSlack, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, postActivity } from '../../helpers/teams-activities.js';
import { openRound } from '../../helpers/fixtures/open-round.js';
import { seedPeople, slackValues } from '../../helpers/fixtures/seed-people.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';

const NOW = new Date('2026-06-25T10:00:00Z');
const FORM = 'application/x-www-form-urlencoded';
const emma = { id: '29:emma', aadObjectId: 'aad-emma' };
let t: TestApp;
let s: Awaited<ReturnType<typeof seedPeople>>;
let epj: { id: string };
let hp: { id: string };
let roundId: string;

// Each test: its own app and database; EPJ-løftet (Kari, Slack) has a Q1 report, Helseplattformen (Emma, Teams, English) has none; Q2 is open.
beforeEach(async () => {
  t = await startTestApp({ app: { clock: () => NOW } });
  s = await seedPeople(t);
  const db = t.db.prisma;
  epj = await db.initiative.create({ data: { key: 'epj-loftet', name: 'EPJ-løftet', organisationId: s.ehelse.id, ownerId: s.kari.id, segment: 'samstyring', state: 'active' } });
  hp = await db.initiative.create({ data: { key: 'helseplattformen', name: 'Helseplattformen', organisationId: s.hmn.id, ownerId: s.emma.id, segment: 'koordinering', state: 'active' } });
  const q1 = await db.reportingRound.create({ data: { label: 'Q1 2026', quarter: 1, year: 2026, cutoffDate: new Date('2026-03-31'), dueDate: new Date('2026-05-10'), state: 'closed' } });
  await db.statusReport.create({ data: { roundId: q1.id, initiativeId: epj.id, state: 'submitted', overall: 'yellow', risk: 'yellow', lifecycle: 'active', submittedAt: new Date('2026-05-01') } });
  await warmUpSlack(t, 'USARA');
  roundId = (await openRound(t, 'Q2 2026', '2026-06-30', '2026-08-15')).id;
});
afterEach(async () => t?.close());

describe('the prompt to report follows the report', () => {
  it('Slack, bokmål: the invitation says it is filled in from the previous report; once submitted it says "Levert 25. juni 2026" without the button', async () => {
    const invite = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UKARI'), 10_000, 'invite');
    expect(invite.args.text).toContain('Skjemaet er fylt ut med forrige rapport.');
    const values = slackValues({ overall: 'green', risk: 'green', narrative: 'Godt i rute', lifecycle: 'active', mode: 'submit' });
    await postSlack(t.url, SLACK_SECRET, interactionBody(viewSubmissionPayload('UKARI', { callback_id: PortfolioForms.report, private_metadata: JSON.stringify({ roundId, initiativeId: epj.id }), values })), FORM);
    const update = await waitFor(() => t.slack.callsTo('chat.update').find((c) => JSON.stringify(c.args.blocks).includes('Levert')), 10_000, 'prompt updated');
    expect(update.args.text).toContain('EPJ-løftet');
    const blocks = JSON.stringify(update.args.blocks);
    expect(blocks).toContain('✅ Levert 25. juni 2026');
    expect(blocks).not.toContain(PortfolioActions.openReport);
  });

  it('Teams, English: no "filled in" where there is no previous report; once submitted the card reads "Submitted 25 June 2026" without the button', async () => {
    const invite = await waitFor(() => t.connector.sent().find((c) => c.conversationId === 'a:dm-29:emma'), 10_000, 'invite');
    expect(JSON.stringify(invite.body)).toContain('It is time for the status report of **Helseplattformen**');
    expect(JSON.stringify(invite.body)).not.toContain('filled in from the previous report');
    const data = { _formId: PortfolioForms.report, _context: { roundId, initiativeId: hp.id }, _multi: ['sdgs'], overall: 'green', risk: 'green', narrative: 'On track', lifecycle: 'active', mode: 'submit' };
    await postActivity(t.url, cardActionActivity(t.connector.url, emma, PortfolioForms.report, data, 'en-GB'));
    const update = await waitFor(() => t.connector.calls.find((c) => c.verb === 'update' && c.conversationId === 'a:dm-29:emma'), 10_000, 'card updated');
    const card = JSON.stringify(update.body);
    expect(card).toContain('✅ Submitted 25 June 2026');
    expect(card).not.toContain(PortfolioActions.openReport);
  });
});
