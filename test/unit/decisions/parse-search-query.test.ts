import { describe, expect, it } from 'vitest';
import { parseSearchQuery } from '../../../src/decisions/parse-search-query.js';

const keys = ['NUIT', 'NUFA'];

describe('parseSearchQuery', () => {
  it('picks committee, year and case number out of the words; the rest is text', () => {
    expect(parseSearchQuery(['felles', 'journal', 'nuit', '2026', 'sak', '12/26'], keys)).toEqual({
      text: 'felles journal',
      committeeKey: 'NUIT',
      year: 2026,
      caseNumber: { number: 12, year: 2026 },
    });
  });

  it('reads an English "case" and a four-digit case year, and a bare text', () => {
    expect(parseSearchQuery(['case', '3/2021'], keys)).toEqual({ text: '', committeeKey: null, year: null, caseNumber: { number: 3, year: 2021 } });
    expect(parseSearchQuery(['e-resept'], keys)).toEqual({ text: 'e-resept', committeeKey: null, year: null, caseNumber: null });
  });

  it('keeps a lone "sak" as text when no case number follows', () => {
    expect(parseSearchQuery(['sak', 'om', 'EPJ'], keys).text).toBe('sak om EPJ');
  });
});
