import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { closeRound } from '../../../src/portfolio/close-round.js';
import { PortfolioForms } from '../../../src/portfolio/ids.js';
import { roundEscalationJob, roundReminderJob } from '../../../src/portfolio/jobs/round-jobs.js';
import { summariseRound } from '../../../src/portfolio/summarise-round.js';
import { interactionBody, postSlack, slashCommandBody, viewSubmissionPayload } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { cardActionActivity, dmOf, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { seedPeople, slackValues } from '../../helpers/fixtures/seed-people.js';
import { settleOutbox } from '../../helpers/fixtures/settle-outbox.js';
import { warmUpSlack } from '../../helpers/fixtures/warm-up-slack.js';

const NOW = new Date('2023-08-20T10:00:00Z');
const PAST = new Date('2023-08-20T09:00:00Z');
let t: TestApp;
let s: Awaited<ReturnType<typeof seedPeople>>;
let q2: { id: string };
let missing: { id: string };
const erik = { id: '29:erik', aadObjectId: 'aad-erik' };
const FORM = 'application/x-www-form-urlencoded';
/** The image URLs of a Slack message's blocks or a Teams card's body. */
const slackImages = (blocks: any[]) => blocks.filter((b) => b.type === 'image').map((b) => String(b.image_url));
const cardImages = (card: any) => (card.body as any[]).filter((b) => b.type === 'Image').map((b) => String(b.url));
async function expectPng(url: string) {
  expect(url).toMatch(/^https:\/\/saksgang\.example\.no\/files\/[0-9a-f-]+\.png$/);
  const res = await fetch(`${t.url}/files/${url.split('/').pop()}`);
  expect(res.headers.get('content-type')).toBe('image/png');
  const png = Buffer.from(await res.arrayBuffer());
  expect(png.subarray(1, 4).toString('ascii')).toBe('PNG');
}

// Each test gets its own app, database and data directory with the rounds, reports and dependencies below.
beforeEach(async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'saksgang-portfolio-'));
  t = await startTestApp({ app: { clock: () => NOW }, env: { DATA_DIR: dataDir, PUBLIC_URL: 'https://saksgang.example.no' } });
  s = await seedPeople(t);
  const db = t.db.prisma;
  // An English-speaking secretariat member, on Teams.
  const erikPerson = await db.person.create({ data: { key: 'erik', name: 'Erik English', email: 'erik@example.no', locale: 'en', teamsUserId: erik.id, aadObjectId: erik.aadObjectId } });
  // Rounds are the portfolio secretariat's: the secretariat of the committee that treats the portfolio (NUIT).
  await db.membership.create({ data: { committeeId: s.nuit.id, personId: erikPerson.id, role: 'secretariat' } });
  const q1 = await db.reportingRound.create({ data: { label: 'Q1 2023', quarter: 1, year: 2023, cutoffDate: new Date('2023-03-31'), dueDate: new Date('2023-04-28'), state: 'closed' } });
  q2 = await db.reportingRound.create({ data: { label: 'Q2 2023', quarter: 2, year: 2023, cutoffDate: new Date('2023-06-30'), dueDate: new Date('2023-08-15') } });
  const initiative = (key: string, name: string, org: string, ownerId: string, extra: Record<string, unknown> = {}) =>
    db.initiative.create({ data: { key, name, organisationId: org, ownerId, segment: 'samstyring', state: 'active', ...extra } });
  const report = (roundId: string, initiativeId: string, overall: 'green' | 'yellow' | 'red', risk: 'green' | 'yellow' | 'red', extra: Record<string, unknown> = {}) =>
    db.statusReport.create({ data: { roundId, initiativeId, overall, risk, state: 'submitted', submittedAt: new Date('2023-08-01'), submittedById: s.sara.id, lifecycle: 'active', ...extra } });
  const dep = (initiativeId: string, description: string, extra: Record<string, unknown> = {}) =>
    db.dependency.create({ data: { initiativeId, description, category: 'national_solutions', criticality: 'high', status: 'red', redSince: new Date('2023-06-01'), ...extra } });

  const epj = await initiative('epj-loftet', 'EPJ-løftet', s.ehelse.id, s.kari.id);
  const hp = await initiative('helseplattformen', 'Helseplattformen', s.hmn.id, s.emma.id);
  const heliks = await initiative('heliks', 'HELIKS', s.hmn.id, s.emma.id);
  const dho = await initiative('dho-spredning', 'Digital hjemmeoppfølging spredning', s.hdir.id, s.per.id);
  const sysvak = await initiative('sysvak', 'Modernisering av SYSVAK', s.ehelse.id, s.kari.id);
  const lmb = await initiative('legemiddelbruk', 'Data om legemiddelbruk', s.ehelse.id, s.kari.id, { isNew: true, segment: 'orientering' });
  await initiative('logganalyse', 'Statistisk logganalyse', s.hdir.id, s.per.id, { state: 'paused' });
  missing = await initiative('infeksjonsregister', 'Nasjonalt infeksjonsregister', s.hdir.id, s.per.id, { segment: 'koordinering' });

  // The previous round: all green but EPJ-løftet yellow.
  for (const i of [epj, hp, heliks, dho, sysvak]) await report(q1.id, i.id, i.id === epj.id ? 'yellow' : 'green', 'green');
  // Q2 2023 as in the public report: EPJ-løftet red with yellow risk.
  await report(q2.id, epj.id, 'red', 'yellow', { narrative: 'Forsinket avklaring av finansiering og leverandørmarked.' });
  await report(q2.id, hp.id, 'yellow', 'red', { narrative: 'Avhengig av e-multidose.' });
  await report(q2.id, heliks.id, 'yellow', 'yellow', { narrative: 'Venter på forskrivningsmodul.' });
  await report(q2.id, dho.id, 'yellow', 'yellow', { narrative: 'Mangler løsning for datadeling.' });
  await report(q2.id, sysvak.id, 'green', 'green', { lifecycle: 'completed' });
  await report(q2.id, lmb.id, 'green', 'green', { risk: null });
  await dep(hp.id, 'Løsning for e-multidose og pasientens legemiddelliste');
  await dep(heliks.id, 'Forskrivningsmodul versjon 4.12', { dueDate: new Date('2023-08-31'), category: 'ehr_vendors' });
  await dep(dho.id, 'Løsning for datadeling');
  await dep(dho.id, 'Digitale behandlings- og egenbehandlingsplaner');
  await dep(dho.id, 'Forutsigbarhet for komplekse tverrnivåprosjekter', { category: 'funding' });
  await dep(epj.id, 'Finansiering av fase 2', { category: 'funding', criticality: 'medium' });
  await dep(sysvak.id, 'Grunndata', { status: 'green', redSince: null });
  await dep(hp.id, 'Gammel, løst', { resolvedAt: new Date('2023-05-01') });
  await warmUpSlack(t, 'USARA');
});
afterEach(async () => t?.close());

describe('reminders and escalation with real Redis', () => {
  it('reminds only the owner who has not submitted, once, however often the job runs', async () => {
    await t.app.services.jobs.enqueue(roundReminderJob, { roundId: q2.id, index: 0 }, { runAt: PAST });
    const first = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UPER'), 10_000, 'reminder to Per');
    expect(first.args.text).toContain('Påminnelse: statusrapporten for *Nasjonalt infeksjonsregister* (Q2 2023) har frist *15. august 2023*');
    await t.app.services.jobs.reschedule(roundReminderJob, { roundId: q2.id, index: 0 }, PAST);
    await waitFor(async () => (await t.db.prisma.scheduledJob.findUnique({ where: { jobId: `portfolio-round-reminder.${q2.id}.0` } }))?.state === 'done', 10_000, 'second run');
    expect(await t.db.prisma.delivery.count({ where: { kind: 'portfolio_reminder' } })).toBe(1);
    expect(t.slack.callsTo('chat.postMessage').filter((c) => c.args.channel === 'UKARI')).toHaveLength(0);
  });

  it('the day after the due date: a notice to the missing owner, the portfolio contact and a list to the secretariat', async () => {
    await t.app.services.jobs.enqueue(roundEscalationJob, { roundId: q2.id }, { runAt: PAST });
    const owner = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UPER' && String(c.args.text).includes('var 15. august 2023')), 10_000, 'overdue');
    expect(owner.args.text).toContain('Nasjonalt infeksjonsregister');
    const contact = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'ULISE'), 10_000, 'contact notice');
    expect(contact.args.text).toContain('eier Per Paus');
    const list = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'USARA'), 10_000, 'missing list');
    expect(list.args.text).toBe('1 statusrapporter mangler i Q2 2023');
    expect(JSON.stringify(list.args.blocks)).toContain('Nasjonalt infeksjonsregister');
  });
});

// Closing a round and asking for its summary make the report, spreadsheet and charts per language: slow on a busy machine.
describe('the round summary', { timeout: 120_000 }, () => {
  it('computes the figures of the seeded Q2 2023 round against Q1 2023', async () => {
    const summary = await summariseRound(t.db.prisma, q2.id);
    expect(summary.previousLabel).toBe('Q1 2023');
    expect(summary.submitted).toBe(6);
    expect(summary.overall).toEqual({ current: { green: 2, yellow: 3, red: 1 }, previous: { green: 4, yellow: 1, red: 0 } });
    expect(summary.risk).toEqual({ current: { green: 1, yellow: 3, red: 1 }, previous: { green: 5, yellow: 0, red: 0 } });
    expect(summary.dependencies).toEqual([
      { category: 'national_solutions', counts: { green: 1, yellow: 0, red: 3 } },
      { category: 'ehr_vendors', counts: { green: 0, yellow: 0, red: 1 } },
      { category: 'funding', counts: { green: 0, yellow: 0, red: 2 } },
    ]);
    expect(summary.redHigh.map((e) => [e.initiative, e.items.length])).toEqual([
      ['Digital hjemmeoppfølging spredning', 3],
      ['HELIKS', 1],
      ['Helseplattformen', 1],
    ]);
    expect(summary.redInitiatives).toEqual([{ name: 'EPJ-løftet', organisation: 'Direktoratet for e-helse', risk: 'yellow', narrative: 'Forsinket avklaring av finansiering og leverandørmarked.' }]);
    expect([summary.newInitiatives, summary.completed, summary.paused]).toEqual([['Data om legemiddelbruk'], ['Modernisering av SYSVAK'], ['Statistisk logganalyse']]);
  });

  it('closes the round from Teams: the summary goes to the NUIT channel with a CSV export, and reports are frozen', async () => {
    const before = t.connector.sent().length;
    const sara = { id: '29:sara', aadObjectId: 'aad-sara' };
    await postActivity(t.url, messageActivity(t.connector.url, sara, 'runde lukk'));
    // One report is missing: the round closes only after the confirmation card's "Lukk likevel".
    const question = t.connector.repliesIn(dmOf(sara), before)[0]!.body.attachments[0].content;
    expect(JSON.stringify(question)).toContain('1 av 7 statusrapporter mangler');
    expect((await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { id: q2.id } })).state).toBe('open');
    const yes = (question.body as any[]).filter((b) => b.type === 'ActionSet').flatMap((b) => b.actions).find((a: any) => a.title === 'Lukk likevel');
    const closed = await postActivity(t.url, cardActionActivity(t.connector.url, sara, yes.verb, yes.data));
    expect(JSON.stringify(closed.json.value)).toContain('«Q2 2023» er lukket. Oppsummeringen er postet i #NUIT.');
    const post = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0NUIT'), 10_000, 'summary');
    const blocks = JSON.stringify(post.args.blocks);
    // NUIT's people read bokmål and English (Erik): the channel gets bokmål first, then English, in one message.
    expect(post.args.text).toBe('Oppsummering porteføljerapportering Q2 2023\n\nPortfolio reporting summary Q2 2023');
    expect(blocks).toContain('🔴 Rød 1 / 0');
    expect(blocks).toContain('*EPJ-løftet* (Direktoratet for e-helse)');
    expect(blocks).toContain('Forskrivningsmodul versjon 4.12, frist 31. august 2023');
    expect(blocks).toContain('Modernisering av SYSVAK');
    // Both charts as PNG images, served by the app, once per language.
    const images = slackImages(post.args.blocks);
    expect(images).toHaveLength(4);
    for (const image of images) await expectPng(image);
    // The channel gets the summary once, in its languages; nobody is sent it directly unless they ask. Each
    // language has its own files (report, spreadsheet, CSV), so each part keeps its download buttons.
    expect(await t.db.prisma.delivery.count({ where: { kind: 'portfolio_summary' } })).toBe(1);
    const urls = post.args.blocks.flatMap((b: any) => b.elements ?? []).filter((e: any) => e.url).map((e: any) => String(e.url));
    expect(urls.map((u: string) => new URL(u).pathname.split('.').pop())).toEqual(['docx', 'xlsx', 'csv', 'docx', 'xlsx', 'csv']);
    const url = urls[2]!;
    expect(url).toMatch(/^https:\/\/saksgang\.example\.no\/files\/[0-9a-f-]+\.csv\?name=/);
    const csv = await (await fetch(`${t.url}/files/${new URL(url).pathname.split('/').pop()}`)).text();
    const lines = csv.trim().split('\r\n');
    // Every initiative the round asked, the one that did not report included and marked.
    expect(lines).toHaveLength(8);
    expect(lines.find((l) => l.startsWith('epj-loftet'))).toContain(';Ja;Rød;Gul;');
    expect(lines.find((l) => l.startsWith('infeksjonsregister'))).toContain(';Nei, ikke rapportert;');
    expect((await t.db.prisma.reportingRound.findUniqueOrThrow({ where: { id: q2.id } })).state).toBe('closed');
    expect(await t.db.prisma.scheduledJob.count({ where: { subjectId: q2.id, state: 'pending' } })).toBe(0);
    const late = await postSlack(
      t.url,
      SLACK_SECRET,
      interactionBody(viewSubmissionPayload('UPER', { callback_id: PortfolioForms.report, private_metadata: JSON.stringify({ roundId: q2.id, initiativeId: missing.id }), values: slackValues({ overall: 'green', risk: 'green', lifecycle: 'active', mode: 'submit' }) })),
      'application/x-www-form-urlencoded',
    );
    expect(late.status).toBe(200);
    await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'UPER' && String(c.args.text).includes('Runden er lukket')), 10_000, 'closed refusal');
    expect(await t.db.prisma.statusReport.count({ where: { initiativeId: missing.id } })).toBe(0);
  });

  it('gives the summary on request in the asker\'s language: bokmål in Slack, English in Teams, with the PNG charts', async () => {
    // The round is closed, its summary posted to the NUIT channel (made here; the test above closes it from Teams).
    await closeRound(t.app.services, q2.id);
    await settleOutbox(t);
    // With the report and spreadsheet to make, the answer may come after "working on it", by response_url.
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('USARA', 'runde oppsummering', { response_url: `${t.slack.url}response/summary` }), FORM);
    const nb = { json: String(res.json.text).startsWith('Oppsummering') ? res.json : (await waitFor(() => t.slack.callsTo('response/summary')[0], 20_000, 'late summary')).args };
    expect(nb.json.text).toBe('Oppsummering porteføljerapportering Q2 2023');
    const nbBlocks = JSON.stringify(nb.json.blocks);
    expect(nbBlocks).toContain('Samlet status (denne runden / Q1 2023)*');
    expect(nbBlocks).not.toContain(')* (');
    expect(nbBlocks).toContain('🔴 Rød 1 / 0');
    const nbImages = slackImages(nb.json.blocks);
    expect(nbImages).toHaveLength(2);
    for (const image of nbImages) await expectPng(image);
    expect(nb.json.blocks.find((b: any) => b.type === 'image').alt_text).toBe('Samlet status og risiko');

    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, erik, 'round summary Q2 2023', 'en-GB'));
    const card = t.connector.repliesIn(dmOf(erik), before)[0]!.body.attachments[0].content;
    const text = JSON.stringify(card);
    expect(text).toContain('Portfolio reporting summary Q2 2023');
    expect(text).toContain('Overall status (this round / Q1 2023)**');
    expect(text).toContain('Risk (this round / Q1 2023)**');
    expect(text).toContain('Red high-criticality dependencies');
    expect(text).toContain('Forskrivningsmodul versjon 4.12, due 31 August 2023');
    expect(text).not.toContain('Samlet status');
    const enImages = cardImages(card);
    expect(enImages).toHaveLength(2);
    for (const image of enImages) await expectPng(image);
    expect(card.body.find((b: any) => b.type === 'Image').altText).toBe('Overall status and risk');
    // Asking is not a broadcast: no summary went to anyone directly.
    expect(await t.db.prisma.delivery.count({ where: { kind: 'portfolio_summary' } })).toBe(1);
  });

  it('refuses the summary to someone who is not secretariat', async () => {
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UKARI', 'round summary'), FORM);
    expect(res.json.text).toContain('Bare sekretariatet');
    expect(res.json.blocks ?? []).not.toContainEqual(expect.objectContaining({ type: 'image' }));
  });
});
