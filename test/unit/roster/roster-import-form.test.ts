import { describe, expect, it } from 'vitest';
import { buildImportForm } from '../../../src/roster/build-import-form.js';
import { buildProblemsText } from '../../../src/roster/build-problems-text.js';

describe('the roster import form', () => {
  it('keeps the pasted text when shown again', () => {
    const form = buildImportForm('nb', { roster: 'people: []' });
    expect(form.fields[0]).toMatchObject({ id: 'roster', type: 'text', multiline: true, maxLength: 3000, value: 'people: []' });
  });

  it('lists at most 15 problems and counts the rest, in the person\'s language', () => {
    const problems = Array.from({ length: 20 }, (_, i) => `people[${i}].email: not an e-mail address`);
    const lines = buildProblemsText('en', problems).split('\n');
    expect(lines[0]).toBe('Nothing was saved. The roster has 20 problems:');
    expect(lines.slice(1, 16)).toEqual(problems.slice(0, 15));
    expect(lines[16]).toBe('… and 5 more.');
    expect(buildProblemsText('nb', problems.slice(0, 1))).toBe('Ingenting er lagret. Medlemslisten har 1 feil:\npeople[0].email: not an e-mail address');
  });
});
