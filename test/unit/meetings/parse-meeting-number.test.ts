import { describe, expect, it } from 'vitest';
import { parseMeetingNumber } from '../../../src/meetings/parse-meeting-number.js';

describe('parseMeetingNumber', () => {
  it('reads a meeting number with a four- or two-digit year', () => {
    expect(parseMeetingNumber('2/2026')).toEqual({ number: 2, year: 2026 });
    expect(parseMeetingNumber('2/26')).toEqual({ number: 2, year: 2026 });
  });

  it('refuses anything else', () => {
    for (const text of ['2', '2/', '/2026', '2/026', 'to/2026', '2-2026']) expect(parseMeetingNumber(text)).toBeNull();
  });
});
