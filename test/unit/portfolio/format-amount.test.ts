import { describe, expect, it } from 'vitest';
import { formatAmount, reportToValues } from '../../../src/portfolio/load-report-values.js';
import { parseAmount } from '../../../src/portfolio/parse-amount.js';

describe('amounts pre-filled in the report form', () => {
  it('uses a decimal comma in bokmål and a point in English, and reads back to the same number', () => {
    for (const [value, nb, en] of [['100.5', '100,5', '100.5'], ['-1.25', '-1,25', '-1.25'], ['1234', '1234', '1234'], ['12.50', '12,5', '12.5']] as const) {
      expect(formatAmount(value, 'nb')).toBe(nb);
      expect(formatAmount(value, 'en')).toBe(en);
      expect(parseAmount(nb)).toBe(Number(value));
      expect(parseAmount(en)).toBe(Number(value));
    }
    expect(formatAmount(null, 'nb')).toBeUndefined();
  });

  it('fills a stored report into the form in the person\'s notation', () => {
    const report = { overall: 'green', risk: null, narrative: null, budgetMnok: '100.5', costsMnok: null, opexChangeMnok: '-3.75', lifecycle: 'active', mainGoal: 2, sdgs: [3] };
    expect(reportToValues(report, 'nb')).toMatchObject({ budget: '100,5', costs: undefined, opex: '-3,75', mainGoal: '2', sdgs: ['3'] });
    expect(reportToValues(report, 'en')).toMatchObject({ budget: '100.5', opex: '-3.75' });
  });
});
