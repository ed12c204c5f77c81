import { describe, expect, it } from 'vitest';
import { parseDay } from '../../../src/calendar/parse-day.js';
import { parseOpenArgs } from '../../../src/portfolio/parse-open-args.js';

describe('days as Norwegians write them', () => {
  it.each([
    ['31.12.2026', '2026-12-31'],
    ['1.2.2027', '2027-02-01'],
    ['31.12.26', '2026-12-31'],
    ['31.12', '2026-12-31'],
    ['31.12.', '2026-12-31'],
    ['15.01', '2027-01-15'],
    ['2026-12-31', '2026-12-31'],
  ])('%s is %s (today 30 November 2026)', (text, day) => {
    expect(parseDay(text, '2026-11-30')).toBe(day);
  });

  it.each(['31.02.2026', '2026-02-30', '2026', 'Q4', '12/31/2026', ''])('%s is no day', (text) => {
    expect(parseDay(text, '2026-11-30')).toBeNull();
  });

  it('a round opens with its name unquoted and Norwegian dates', () => {
    expect(parseOpenArgs(['Q4', '2026', '31.12.2026', '15.01.2027'], '2026-11-30')).toEqual({
      ok: true,
      value: { label: 'Q4 2026', quarter: 4, year: 2026, cutoff: '2026-12-31', due: '2027-01-15', includePlanned: false },
    });
    // `31.12 15.01`: the due day is the next 15 January after the cut-off.
    expect(parseOpenArgs(['Q4', '2026', '31.12', '15.01', 'med-planlagte'], '2026-11-30')).toMatchObject({ ok: true, value: { cutoff: '2026-12-31', due: '2027-01-15', includePlanned: true } });
    expect(parseOpenArgs(['Q2 2026', '2026-06-30', '2026-08-15'], '2026-06-01')).toMatchObject({ ok: true, value: { label: 'Q2 2026', quarter: 2 } });
    expect(parseOpenArgs(['Q4', '2026'], '2026-11-30')).toEqual({ ok: false, error: 'usage' });
  });
});
