import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportReportsCsv } from '../../../src/portfolio/export-reports-csv.js';
import { seedPeople } from '../../helpers/fixtures/seed-people.js';
import { startTestApp, type TestApp } from '../../helpers/start-test-app.js';

let t: TestApp;
let roundId: string;

beforeAll(async () => {
  t = await startTestApp();
  const s = await seedPeople(t);
  const db = t.db.prisma;
  const initiative = await db.initiative.create({ data: { key: '@epj', name: '=EPJ-løftet', organisationId: s.ehelse.id, ownerId: s.kari.id, segment: 'samstyring', state: 'active' } });
  const round = await db.reportingRound.create({ data: { label: 'Q1 2023', quarter: 1, year: 2023, cutoffDate: new Date('2023-03-31'), dueDate: new Date('2023-04-28') } });
  roundId = round.id;
  await db.statusReport.create({
    data: { roundId, initiativeId: initiative.id, overall: 'green', narrative: '=HYPERLINK("https://evil.example","Se her")', budgetMnok: '-3.5', costsMnok: '12.25' },
  });
});
afterAll(async () => t?.close());

describe('the CSV export is safe to open in a spreadsheet', () => {
  it('neutralises text cells that start like a formula and keeps amounts as numbers, negative ones too', async () => {
    // Bokmål (the default): Norwegian values, decimal comma.
    const csv = await exportReportsCsv(t.app.services.db, roundId);
    const row = csv.replace(/^\uFEFF/, '').trim().split('\r\n')[1]!;
    expect(row.startsWith(`"'@epj";"'=EPJ-løftet";Direktoratet for e-helse;Kari Nordmann;Samstyring;Aktiv;Utkast, ikke sendt inn;Grønn;;`)).toBe(true);
    expect(row).toContain(`;"'=HYPERLINK(""https://evil.example"",""Se her"")";-3,5;12,25;`);
    // English: English values, decimal point; the separator stays a semicolon.
    const en = (await exportReportsCsv(t.app.services.db, roundId, 'en')).replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(en[0]!.startsWith('Key;Initiative;Organisation;Owner;Segment;State;Reported;Overall status;')).toBe(true);
    expect(en[1]).toContain(`;Co-governance;Active;Draft, not submitted;Green;;"'=HYPERLINK(""https://evil.example"",""Se her"")";-3.5;12.25;`);
  });
});
