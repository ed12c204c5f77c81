import { describe, expect, it } from 'vitest';
import { parseCommand } from '../../../src/commands/parse-command.js';

describe('the command grammar', () => {
  it('reads a command word and its arguments, case-insensitively for the word', () => {
    expect(parseCommand('Møte ny NUIT')).toEqual({ name: 'møte', args: ['ny', 'NUIT'] });
  });
  it('keeps quoted arguments together, with straight or Norwegian quotes', () => {
    expect(parseCommand('round open "Q2 2026" 2026-06-30')).toEqual({ name: 'round', args: ['open', 'Q2 2026', '2026-06-30'] });
    expect(parseCommand('runde åpne “Q3 2026”')).toEqual({ name: 'runde', args: ['åpne', 'Q3 2026'] });
  });
  it('drops Slack and Teams mentions and a leading /saksgang', () => {
    expect(parseCommand('<@U0BOT> help')).toEqual({ name: 'help', args: [] });
    expect(parseCommand('<at>Saksgang</at>&nbsp;hjelp'.replace('&nbsp;', '\u00a0'))).toEqual({ name: 'hjelp', args: [] });
    expect(parseCommand('/saksgang språk en')).toEqual({ name: 'språk', args: ['en'] });
  });
  it('gives an empty name for empty text', () => {
    expect(parseCommand('   ')).toEqual({ name: '', args: [] });
  });
});
