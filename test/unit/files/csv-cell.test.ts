import { describe, expect, it } from 'vitest';
import { csvCell } from '../../../src/files/csv-cell.js';

describe('csvCell', () => {
  it('neutralises text that starts like a formula: a quote in front, and quoted (OWASP)', () => {
    expect(csvCell('=HYPERLINK("https://evil","ok")')).toBe(`"'=HYPERLINK(""https://evil"",""ok"")"`);
    for (const start of ['+', '-', '@', '\t', '\r']) expect(csvCell(`${start}1+1`)).toBe(`"'${start}1+1"`);
    expect(csvCell('-3,5')).toBe(`"'-3,5"`); // typed text, even when it looks like a number
  });

  it('writes numbers as numbers, negative ones too, and plain text as it is', () => {
    expect(csvCell(-3.5)).toBe('-3.5');
    expect(csvCell(0)).toBe('0');
    expect(csvCell('Grønn; i rute')).toBe('"Grønn; i rute"');
    expect(csvCell('EPJ-løftet')).toBe('EPJ-løftet');
    expect(csvCell(null)).toBe('');
  });
});
