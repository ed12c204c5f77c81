import { describe, expect, it } from 'vitest';
import { parseAmount } from '../../../src/portfolio/parse-amount.js';
import { parseOpenArgs } from '../../../src/portfolio/parse-open-args.js';
import { readDependencyForm } from '../../../src/dependencies/read-dependency-form.js';
import { readReportForm } from '../../../src/portfolio/read-report-form.js';

describe('parseAmount', () => {
  it('reads Norwegian and English decimals and refuses anything else', () => {
    expect(parseAmount('12,5')).toBe(12.5);
    expect(parseAmount('1 234,75')).toBe(1234.75);
    expect(parseAmount('-3.2')).toBe(-3.2);
    expect(parseAmount('')).toBeNull();
    expect(parseAmount('12,5x')).toBeNaN();
    expect(parseAmount('1,2,3')).toBeNaN();
  });
});

describe('readReportForm', () => {
  it('asks risk and a narrative of a non-green co-governance report, and refuses a malformed number', () => {
    const result = readReportForm({ overall: 'green', risk: 'red', budget: '12,5x', lifecycle: 'active', mode: 'submit' }, 'samstyring', 'en');
    expect(result).toEqual({ ok: false, errors: { narrative: expect.stringContaining('Describe what is late'), budget: '"12,5x" is not a number. Write for example 12.5.' } });
  });

  it('does not ask risk or budget of the information segment', () => {
    const result = readReportForm({ overall: 'green', budget: 'nonsense', lifecycle: 'active', mode: 'submit' }, 'orientering', 'nb');
    expect(result.ok && result.input).toMatchObject({ risk: null, budgetMnok: null, overall: 'green' });
  });

  it('lets a draft through without the required fields, but not with a malformed number', () => {
    expect(readReportForm({ mode: 'draft' }, 'koordinering', 'nb').ok).toBe(true);
    expect(readReportForm({ mode: 'draft', opex: 'mye' }, 'koordinering', 'nb')).toEqual({ ok: false, errors: { opex: '«mye» er ikke et tall. Skriv for eksempel 12,5.' } });
  });
});

describe('readDependencyForm', () => {
  const base = { description: 'Reseptformidleren', category: 'national_solutions', criticality: 'high', status: 'red', resolved: 'open' };
  it('refuses a past due date for an open dependency but accepts it for a resolved one', () => {
    expect(readDependencyForm({ ...base, dueDate: '2023-01-01' }, '2023-06-01', 'nb')).toEqual({ ok: false, errors: { dueDate: expect.stringContaining('Fristen har passert') } });
    expect(readDependencyForm({ ...base, dueDate: '2023-01-01', resolved: 'resolved' }, '2023-06-01', 'nb').ok).toBe(true);
  });
  it('requires description, category, criticality and status', () => {
    const result = readDependencyForm({}, '2023-06-01', 'en');
    expect(!result.ok && Object.keys(result.errors).sort()).toEqual(['category', 'criticality', 'description', 'status']);
  });
});

describe('parseOpenArgs', () => {
  it('reads label, quarter, dates and the planned flag', () => {
    expect(parseOpenArgs(['Q2 2026', '2026-06-30', '2026-08-15', 'med-planlagte'])).toEqual({
      ok: true,
      value: { label: 'Q2 2026', quarter: 2, year: 2026, cutoff: '2026-06-30', due: '2026-08-15', includePlanned: true },
    });
    expect(parseOpenArgs(['Høst', '2026-09-30', '2026-10-15'])).toMatchObject({ ok: true, value: { quarter: 3, year: 2026, includePlanned: false } });
  });
  it('refuses bad dates and a due date before the cut-off', () => {
    // A Norwegian date is a date now (issue #13); a malformed one is still refused.
    expect(parseOpenArgs(['Q2 2026', '30.06.2026', '2026-08-15'])).toMatchObject({ ok: true, value: { cutoff: '2026-06-30' } });
    expect(parseOpenArgs(['Q2 2026', '31.06.2026', '2026-08-15'])).toEqual({ ok: false, error: 'usage' });
    expect(parseOpenArgs(['Q2 2026', '2026-06-30', '2026-06-01'])).toEqual({ ok: false, error: 'dueBeforeCutoff' });
  });
});
