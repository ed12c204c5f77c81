import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeRound } from '../../../src/portfolio/close-round.js';
import { PortfolioForms } from '../../../src/portfolio/ids.js';
import { interactionBody, postSlack, slashCommandBody, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { dmOf, cardActionActivity, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { openRound } from '../../helpers/fixtures/open-round.js';
import { seedPeople, slackValues } from '../../helpers/fixtures/seed-people.js';
import { settleOutbox } from '../../helpers/fixtures/settle-outbox.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';
import { expectSlackEscaped, expectTeamsLiteral, HOSTILE } from './hostile-text.js';

// A report narrative with mentions and links, typed by an owner in Slack (EPJ-løftet) and one in Teams
// (Helseplattformen), shown wherever the round shows it: the closing summary in the portfolio committee's
// channel, the summary on request on either platform, and the CSV export.
// The scenario is built once for the file (beforeAll, through the fixtures); each test only looks at what it left
// or asks to see it again, and changes nothing another test reads, so the tests run alone and in any order.
const NOW = new Date('2026-06-25T10:00:00Z');
const FORM = 'application/x-www-form-urlencoded';
const emma = { id: '29:emma', aadObjectId: 'aad-emma' };
const erik = { id: '29:erik', aadObjectId: 'aad-erik' };
/** Emma's narrative in Teams also starts like a spreadsheet formula. */
const FORMULA = `=HYPERLINK("https://evil","ok") ${HOSTILE}`;
let t: TestApp;
let roundId: string;
let slackSubmit: { status: number; json: any };
let teamsSubmit: { status: number; json: any };

beforeAll(async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'saksgang-escape-'));
  t = await startTestApp({ app: { clock: () => NOW }, env: { DATA_DIR: dataDir, PUBLIC_URL: 'https://saksgang.example.no' } });
  const s = await seedPeople(t);
  const db = t.db.prisma;
  const erikPerson = await db.person.create({ data: { key: 'erik', name: 'Erik English', email: 'erik@example.no', locale: 'en', teamsUserId: erik.id, aadObjectId: erik.aadObjectId } });
  await db.membership.create({ data: { committeeId: s.nuit.id, personId: erikPerson.id, role: 'secretariat' } });
  const epj = await db.initiative.create({ data: { key: 'epj-loftet', name: 'EPJ-løftet', organisationId: s.ehelse.id, ownerId: s.kari.id, segment: 'samstyring', state: 'active' } });
  const hp = await db.initiative.create({ data: { key: 'helseplattformen', name: 'Helseplattformen', organisationId: s.hmn.id, ownerId: s.emma.id, segment: 'koordinering', state: 'active' } });
  await warmUpSlack(t, 'USARA');
  roundId = (await openRound(t, 'Q2 2026', '2026-06-30', '2026-08-15')).id;
  const values = { overall: 'red', risk: 'yellow', narrative: HOSTILE, lifecycle: 'active', mode: 'submit' };
  slackSubmit = await postSlack(
    t.url,
    SLACK_SECRET,
    interactionBody(viewSubmissionPayload('UKARI', { callback_id: PortfolioForms.report, private_metadata: JSON.stringify({ roundId, initiativeId: epj.id }), values: slackValues(values) })),
    FORM,
  );
  teamsSubmit = await postActivity(
    t.url,
    cardActionActivity(t.connector.url, emma, PortfolioForms.report, { _formId: PortfolioForms.report, _context: { roundId, initiativeId: hp.id }, _multi: ['sdgs'], ...values, narrative: FORMULA }, 'en-GB'),
  );
  await waitFor(async () => (await db.statusReport.count({ where: { roundId, state: 'submitted', narrative: { in: [HOSTILE, FORMULA] } } })) === 2, 10_000, 'both reports');
  await closeRound(t.app.services, roundId);
  await settleOutbox(t);
});
afterAll(async () => t?.close());

describe('a report narrative on Slack can neither ping nor hide a link', () => {
  it('the submission is stored as typed and its answer shows nothing raw', async () => {
    expect(slackSubmit.status).toBe(200);
    expect(JSON.stringify(slackSubmit.json ?? {})).not.toMatch(/<!channel>|<https:\/\/evil/);
  });

  it('in the round summary posted to the portfolio committee’s channel', async () => {
    const post = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0NUIT'), 10_000, 'summary');
    expectSlackEscaped(post.args);
    expect(JSON.stringify(post.args.blocks)).toContain('*EPJ-løftet* (Direktoratet for e-helse)');
  });

  it('in the summary the secretariat asks for', async () => {
    // Making the report and spreadsheet may take longer than Slack's three seconds: then the answer comes by response_url.
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('USARA', 'runde oppsummering', { response_url: `${t.slack.url}response/summary` }), FORM);
    const answer = res.json.blocks ? res.json : (await waitFor(() => t.slack.callsTo('response/summary')[0], 20_000, 'late summary')).args;
    expectSlackEscaped(answer);
  });

  it('in the CSV export: the narrative is text, as typed, in its own cell; a formula typed in Teams is neutralised', async () => {
    const post = t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0NUIT')!;
    // The summary links the report, the spreadsheet and the CSV: the CSV is the one whose id ends in .csv.
    const url = new URL(post.args.blocks.flatMap((b: any) => b.elements ?? []).find((e: any) => /\.csv(\?|$)/.test(e.url ?? ''))?.url as string);
    const res = await fetch(`${t.url}/files/${url.pathname.split('/').pop()}`);
    expect(res.headers.get('x-content-type-options')).toBe('nosniff');
    const lines = (await res.text()).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines.find((l) => l.startsWith('epj-loftet'))).toContain(`;Rød;Gul;${HOSTILE};`);
    expect(lines.find((l) => l.startsWith('helseplattformen'))).toContain(`;Rød;Gul;"'=HYPERLINK(""https://evil"",""ok"") ${HOSTILE}";`);
  });
});

describe('a report narrative on Teams shows as typed and makes no link', () => {
  it('the submission card answer shows nothing as a link', async () => {
    expect(teamsSubmit.status).toBe(200);
    expect(JSON.stringify(teamsSubmit.json ?? {})).not.toMatch(/(^|[^\\])\[ok\]\(https:\/\/evil/);
  });

  it('in the summary the secretariat asks for', async () => {
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, erik, 'round summary Q2 2026', 'en-GB'));
    const card = await waitFor(() => t.connector.repliesIn(dmOf(erik), before)[0]?.body.attachments?.[0]?.content, 10_000, 'summary card');
    expectTeamsLiteral(card);
    expect(JSON.stringify(card)).toContain('**Helseplattformen** (Helse Midt-Norge RHF)');
  });
});
