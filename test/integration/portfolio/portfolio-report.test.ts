import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildPortfolioReportDocx } from '../../../src/portfolio/build-portfolio-report-docx.js';
import { closeRound } from '../../../src/portfolio/close-round.js';
import { compilePortfolioReport } from '../../../src/portfolio/compile-portfolio-report.js';
import { describePortfolioReport } from '../../../src/portfolio/describe-portfolio-report.js';
import { exportReportsXlsx } from '../../../src/portfolio/export-reports-xlsx.js';
import { postSlack, slashCommandBody } from '../../helpers/slack-requests.js';
import { SLACK_SECRET, startTestApp, waitFor, type TestApp } from '../../helpers/start-test-app.js';
import { dmOf, messageActivity, postActivity } from '../../helpers/teams-activities.js';
import { seedPeople } from '../../helpers/fixtures/seed-people.js';
import { seedQ2of2023 } from '../../helpers/fixtures/seed-q2-2023-round.js';

const NOW = new Date('2023-08-20T10:00:00Z');
const FORM = 'application/x-www-form-urlencoded';
let t: TestApp;
let s: Awaited<ReturnType<typeof seedPeople>>;
let seeded: Awaited<ReturnType<typeof seedQ2of2023>>;

/** What the public "Porteføljerapport Q2 2023" (`../shared/seeds/`) states about the round. */
const SEED_REPORT = {
  active: 37,
  coGovernance: 12,
  coGovernanceBudgetMnok: 553.4,
  red: [{ name: 'EPJ-løftet', organisation: 'Direktoratet for e-helse', risk: 'yellow' }],
  redRisk: 0,
  dependencies: 70,
  redHigh: [
    ['Digital hjemmeoppfølging spredning', 'Helsedirektoratet', 'Løsning for datadeling', null],
    ['Digital hjemmeoppfølging spredning', 'Helsedirektoratet', 'Digital behandlings- og egenbehandlingsplan', null],
    ['Digital hjemmeoppfølging spredning', 'Helsedirektoratet', 'Forutsigbarhet for gjennomføring av komplekse samhandlingsprosjekt på tvers av nivå og aktører i helsetjenesten', null],
    ['HELIKS', 'Helse Vest RHF', 'Forskrivningsmodulen ver. 4.12 med nødvendige funksjonsforbedringer og feilrettinger', '2023-08-31'],
    ['Helseplattformen', 'Helse Midt-Norge RHF', 'Enighet om løsning for e-multidose og PLL', null],
  ],
  redMediumInitiatives: 2,
  completed: ['Data om medisinsk strålebruk', 'Felles kommunal journal', 'Grunnlagsdata til kvalitetsregistre', 'Modernisering av SYSVAK', 'Nasjonalt infeksjonsregister'],
  completedPausedBefore: 1,
  newInitiatives: ['Data om legemiddelbruk', 'Digital legemiddelhåndtering i kommunal helse- og omsorgssektor', 'Digitalt økosystem for nasjonal smittevernberedskap', 'Modernisere helseregistre FHI'],
  paused: ['Kart og oppdragsløsning for legevaktsentraler', 'Statistisk logganalyse'],
  withSdg: 34,
};

/** The text of a .docx: word/document.xml's runs, paragraph by paragraph, and its tables as rows of cell texts. */
async function readDocx(bytes: Buffer) {
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file('word/document.xml')!.async('string');
  const text = (fragment: string) => [...fragment.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('').replace(/&amp;/g, '&').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"');
  const paragraphs = [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => text(m[0]));
  const tables = [...xml.matchAll(/<w:tbl>[\s\S]*?<\/w:tbl>/g)].map((tbl) => [...tbl[0].matchAll(/<w:tr[ >][\s\S]*?<\/w:tr>/g)].map((tr) => [...tr[0].matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((tc) => text(tc[0]))));
  const images = Object.keys(zip.files).filter((name) => name.startsWith('word/media/') && name.endsWith('.png'));
  return { xml, paragraphs, tables, images, all: paragraphs.join('\n') };
}

beforeEach(async () => {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'saksgang-report-'));
  t = await startTestApp({ app: { clock: () => NOW }, env: { DATA_DIR: dataDir, PUBLIC_URL: 'https://saksgang.example.no' } });
  s = await seedPeople(t);
  seeded = await seedQ2of2023(t, s);
});
afterEach(async () => t?.close());

// Making a report draws six charts and packs a Word file; on a busy machine that takes many seconds.
describe('the portfolio report of the seeded Q2 2023 round', { timeout: 120_000 }, () => {
  it('states every figure the public Q2 2023 report states', async () => {
    const d = await compilePortfolioReport(t.db.prisma, seeded.q2.id);
    expect(d.previousLabel).toBe('Q1 2023');
    expect(d.active).toBe(SEED_REPORT.active);
    expect(d.activeBySegment.samstyring).toBe(SEED_REPORT.coGovernance);
    expect(d.coGovernanceBudgetMnok).toBe(SEED_REPORT.coGovernanceBudgetMnok);
    expect(d.redInitiatives.map((r) => ({ name: r.name, organisation: r.organisation, risk: r.risk }))).toEqual(SEED_REPORT.red);
    expect(d.status.current.red).toBe(1);
    // "Andelen som rapporterer gul status er økende."
    const share = (c: { green: number; yellow: number; red: number }) => c.yellow / (c.green + c.yellow + c.red);
    expect(share(d.status.current)).toBeGreaterThan(share(d.status.previous));
    expect(d.risk.current.red).toBe(SEED_REPORT.redRisk);
    expect(d.dependencyTotal).toBe(SEED_REPORT.dependencies);
    expect(d.redHigh.map((r) => [r.name, r.organisation, r.dependency, r.dueDate?.toISOString().slice(0, 10) ?? null])).toEqual(SEED_REPORT.redHigh);
    expect(d.redMediumInitiatives).toBe(SEED_REPORT.redMediumInitiatives);
    expect(d.completed.map((i) => i.name)).toEqual(SEED_REPORT.completed);
    expect(d.completedPausedBefore).toBe(SEED_REPORT.completedPausedBefore);
    expect(d.newInitiatives.map((i) => i.name)).toEqual(SEED_REPORT.newInitiatives);
    expect(d.paused.map((i) => i.name)).toEqual(SEED_REPORT.paused);
    expect([d.withSdg, d.active]).toEqual([SEED_REPORT.withSdg, SEED_REPORT.active]);
    expect(d.notReported).toEqual([]);

    // The sentences say it as the seed report does.
    const nb = describePortfolioReport('nb', d);
    expect(nb.active).toBe('Den nasjonale e-helseporteføljen består nå av 37 aktive tiltak, hvorav tolv tilhører segmentet Samstyring.');
    expect(nb.overall[0]).toBe('Ett tiltak melder rød status ved denne rapporteringen: «EPJ-løftet» (Direktoratet for e-helse).');
    expect(nb.overall[1]).toBe('«EPJ-løftet» har gul risiko.');
    expect(nb.overall[2]).toMatch(/^Andelen som melder gul status øker, fra \d+ % til \d+ %\.$/);
    expect(nb.changes).toEqual(['Det er fem ferdigstilte tiltak, hvorav ett var pauset i forrige rapportering.', 'Det er fire nye tiltak, og to tiltak er på pause.']);
    expect(nb.budget).toContain('553,4 millioner kroner');
    expect(nb.risk).toBe('Ingen tiltak melder rød risiko.');
    expect(nb.dependencies).toContain('totalt 70 avhengigheter');
    expect(nb.redHigh).toBe('Tre tiltak rapporterer fem avhengigheter med høy kritikalitet og rød status, mens to tiltak rapporterer avhengighet med middels kritikalitet og rød status.');
    expect(nb.sdgs).toBe('Knytning til bærekraftsmålene er rapportert på 34 av 37 aktive tiltak.');
  });

  it('writes them into the Word document: key figures, six charts, the tables of red, red-high, completed, new and paused', async () => {
    const d = await compilePortfolioReport(t.db.prisma, seeded.q2.id);
    const doc = await readDocx(await buildPortfolioReportDocx('nb', d, NOW));
    expect(doc.paragraphs[0]).toBe('Porteføljerapport Q2 2023');
    expect(doc.all).toContain('Nasjonal e-helseportefølje per 30. juni 2023');
    expect(doc.images).toHaveLength(6);
    const keyFigures = doc.tables.find((tb) => tb[0]![0] === 'Nøkkeltall')!;
    expect(keyFigures).toContainEqual(['Aktive tiltak', '37']);
    expect(keyFigures).toContainEqual(['– i segmentet Samstyring', '12']);
    expect(keyFigures).toContainEqual(['Budsjett i segmentet Samstyring (MNOK)', '553,4']);
    expect(keyFigures).toContainEqual(['Avhengigheter', '70']);
    expect(keyFigures).toContainEqual(['Ferdigstilte tiltak', '5']);
    expect(keyFigures).toContainEqual(['Nye tiltak', '4']);
    expect(keyFigures).toContainEqual(['Tiltak på pause', '2']);
    const red = doc.tables.find((tb) => tb[0]!.join('|') === 'Tiltak|Eier|Risiko|Begrunnelse')!;
    expect(red.slice(1).map((r) => r.slice(0, 3))).toEqual([['EPJ-løftet', 'Direktoratet for e-helse', 'Gul']]);
    const redHigh = doc.tables.find((tb) => tb[0]!.join('|') === 'Tiltak|Eier|Avhengighet|Frist')!;
    expect(redHigh.slice(1)).toEqual(SEED_REPORT.redHigh.map(([name, org, dep, due]) => [name, org, dep, due ? '31. august 2023' : 'ikke satt']));
    const lists = doc.tables.filter((tb) => tb[0]!.join('|') === 'Tiltak|Eier').map((tb) => tb.slice(1).map((r) => r[0]));
    expect(lists).toEqual([SEED_REPORT.completed, SEED_REPORT.newInitiatives, SEED_REPORT.paused]);
    expect(doc.all).toContain('Ett tiltak melder rød status ved denne rapporteringen: «EPJ-løftet» (Direktoratet for e-helse).');
    expect(doc.all).toContain('Ingen tiltak melder rød risiko.');

    const en = await readDocx(await buildPortfolioReportDocx('en', d, NOW));
    expect(en.paragraphs[0]).toBe('Portfolio report Q2 2023');
    expect(en.all).toContain('One initiative reports red status this round: “EPJ-løftet” (Direktoratet for e-helse).');
    expect(en.tables.find((tb) => tb[0]![0] === 'Figure')).toContainEqual(['Budget of the co-governance segment (MNOK)', '553.4']);
    expect(en.all).not.toContain('Tiltak på pause');
  });

  it('is made on request by the portfolio secretariat, in their language, and served as a download', async () => {
    // Making the documents may take longer than Slack's three seconds: then the reply comes by response_url.
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('USARA', 'runde rapport Q2 2023', { response_url: `${t.slack.url}response/report` }), FORM);
    const answer = String(res.json.text).includes('er klar') ? res.json : (await waitFor(() => t.slack.callsTo('response/report')[0], 20_000, 'late reply')).args;
    expect(answer.text).toContain('Porteføljerapporten for Q2 2023 er klar');
    const urls = answer.blocks.flatMap((b: any) => b.elements ?? []).map((e: any) => String(e.url));
    expect(urls).toHaveLength(3);
    const [docxUrl, xlsxUrl, csvUrl] = urls as [string, string, string];
    expect(docxUrl).toMatch(/^https:\/\/saksgang\.example\.no\/files\/[0-9a-f-]+\.docx\?name=Portef%C3%B8ljerapport%20Q2%202023\.docx$/);
    const local = (url: string) => `${t.url}${new URL(url).pathname}${new URL(url).search}`;
    const docx = await fetch(local(docxUrl));
    expect(docx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(docx.headers.get('content-disposition')).toContain("filename*=UTF-8''Portef%C3%B8ljerapport%20Q2%202023.docx");
    expect((await readDocx(Buffer.from(await docx.arrayBuffer()))).paragraphs[0]).toBe('Porteføljerapport Q2 2023');
    const xlsx = await fetch(local(xlsxUrl));
    expect(xlsx.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    const csvBytes = Buffer.from(await (await fetch(local(csvUrl))).arrayBuffer());
    expect([...csvBytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const csv = csvBytes.subarray(3).toString('utf8').split('\r\n').map((l) => l.split(';'));
    expect(csv[0]!.slice(0, 3)).toEqual(['Nøkkel', 'Tiltak', 'Organisasjon']);
    // Decimal comma, Norwegian values, Oslo time.
    const tiltak9 = csv.find((r) => r[0] === 'tiltak-9')!;
    expect(tiltak9.slice(6, 8)).toEqual(['Ja', 'Grønn']);
    expect(tiltak9[csv[0]!.indexOf('Budsjett (MNOK)')]).toBe('17,4');
    expect(tiltak9[csv[0]!.indexOf('Sendt inn (Oslo-tid)')]).toBe('10.08.2023 14:30');

    // English in Teams, from an English-speaking secretariat member.
    const erik = await t.db.prisma.person.create({ data: { key: 'erik', name: 'Erik English', email: 'erik@example.no', locale: 'en', teamsUserId: '29:erik', aadObjectId: 'aad-erik' } });
    await t.db.prisma.membership.create({ data: { committeeId: s.nuit.id, personId: erik.id, role: 'secretariat' } });
    const before = t.connector.sent().length;
    await postActivity(t.url, messageActivity(t.connector.url, { id: '29:erik', aadObjectId: 'aad-erik' }, 'round report Q2 2023', 'en-GB'));
    const card = JSON.stringify(t.connector.repliesIn(dmOf({ id: '29:erik' }), before)[0]!.body);
    expect(card).toContain('The portfolio report for Q2 2023 is ready');
    expect(card).toContain('Portfolio%20report%20Q2%202023.docx');
  });

  it('is refused to anyone outside the portfolio secretariat', async () => {
    const res = await postSlack(t.url, SLACK_SECRET, slashCommandBody('UKARI', 'runde rapport Q2 2023'), FORM);
    expect(res.json.text).toContain('Bare sekretariatet');
    expect(JSON.stringify(res.json)).not.toContain('.docx');
  });

  it('is linked from the summary when the round closes', async () => {
    await closeRound(t.app.services, seeded.q2.id);
    const post = await waitFor(() => t.slack.callsTo('chat.postMessage').find((c) => c.args.channel === 'C0NUIT'), 10_000, 'summary');
    const buttons = post.args.blocks.flatMap((b: any) => b.elements ?? []).filter((e: any) => e.url);
    expect(buttons.map((b: any) => b.text.text)).toEqual(['Porteføljerapport (Word)', 'Regneark (Excel)', 'Alle rapporter (CSV)']);
    const docx = await fetch(`${t.url}${new URL(buttons[0].url).pathname}`);
    expect((await readDocx(Buffer.from(await docx.arrayBuffer()))).all).toContain('Ett tiltak melder rød status');
  });
});

describe('the spreadsheet export', { timeout: 120_000 }, () => {
  it('has one row per initiative in scope, the missing one marked, real numbers and Oslo dates, neutralised text and a dependency sheet', async () => {
    const db = t.db.prisma;
    // Tiltak 02 has not reported; HELIKS's narrative starts like a formula.
    await db.statusReport.deleteMany({ where: { roundId: seeded.q2.id, initiativeId: seeded.initiativeId('tiltak-2') } });
    await db.statusReport.updateMany({ where: { roundId: seeded.q2.id, initiativeId: seeded.initiativeId('heliks') }, data: { narrative: '=HYPERLINK("https://evil","ok")', costsMnok: '-3.5' } });
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportReportsXlsx(db, seeded.q2.id, 'nb')) as never);
    const sheet = book.getWorksheet('Tiltak')!;
    const header = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(header.slice(0, 8)).toEqual(['Nøkkel', 'Tiltak', 'Organisasjon', 'Tiltakseier', 'Segment', 'Tilstand', 'Rapportert', 'Samlet status']);
    // The 37 active and the 5 completed that reported; the paused ones are not asked.
    expect(sheet.rowCount - 1).toBe(42);
    const col = (name: string) => header.indexOf(name) + 1;
    const rowOf = (name: string) => {
      for (let r = 2; r <= sheet.rowCount; r++) if (sheet.getRow(r).getCell(col('Tiltak')).value === name) return sheet.getRow(r);
      throw new Error(name);
    };
    expect(rowOf('Tiltak 02').getCell(col('Rapportert')).value).toBe('Nei, ikke rapportert');
    expect(rowOf('Tiltak 02').getCell(col('Samlet status')).value).toBeNull();
    const epj = rowOf('EPJ-løftet');
    expect(epj.getCell(col('Rapportert')).value).toBe('Ja');
    expect(epj.getCell(col('Samlet status')).value).toBe('Rød');
    expect(epj.getCell(col('Budsjett (MNOK)')).value).toBe(38);
    expect(epj.getCell(col('Budsjett (MNOK)')).numFmt).toBe('0.0');
    const submitted = epj.getCell(col('Sendt inn (Oslo-tid)'));
    // 12:30 UTC on 10 August is 14:30 in Oslo (summer time).
    expect(submitted.value).toEqual(new Date('2023-08-10T14:30:00Z'));
    expect(submitted.numFmt).toBe('dd.mm.yyyy hh:mm');
    const heliks = rowOf('HELIKS');
    expect(heliks.getCell(col('Beskrivelse')).value).toBe(`'=HYPERLINK("https://evil","ok")`);
    expect(heliks.getCell(col('Kostnader (MNOK)')).value).toBe(-3.5);
    const deps = book.getWorksheet('Avhengigheter')!;
    expect((deps.getRow(1).values as unknown[]).slice(1)).toEqual(['Tiltak', 'Organisasjon', 'Avhengighet', 'Kategori', 'Leverandør', 'Kritikalitet', 'Status', 'Frist', 'Rød siden']);
    const heliksDep = (deps.getSheetValues() as unknown[][]).find((r) => r?.[3] === 'Forskrivningsmodulen ver. 4.12 med nødvendige funksjonsforbedringer og feilrettinger')!;
    expect(heliksDep.slice(1)).toEqual(['HELIKS', 'Helse Vest RHF', 'Forskrivningsmodulen ver. 4.12 med nødvendige funksjonsforbedringer og feilrettinger', 'Nasjonale løsninger og felleskomponenter', 'Norsk helsenett', 'Høy', 'Rød', new Date('2023-08-31T00:00:00Z'), new Date('2023-06-01T02:00:00Z')].slice(0, 8).concat([expect.any(Date)]));

    const english = new ExcelJS.Workbook();
    await english.xlsx.load((await exportReportsXlsx(db, seeded.q2.id, 'en')) as never);
    expect((english.getWorksheet('Initiatives')!.getRow(1).values as unknown[]).slice(1, 4)).toEqual(['Key', 'Initiative', 'Organisation']);
    expect(english.getWorksheet('Dependencies')).toBeDefined();
  });
});
