import { readFile } from 'node:fs/promises';
import { parseDocument } from 'yaml';
import { RosterError } from './roster-error.js';

/**
 * Reads a roster file (YAML, or JSON, which is YAML too) into plain data for importRoster. Syntax errors
 * become a RosterError with one `file:line:column: message` line each.
 */
export async function parseRosterFile(path: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (error) {
    throw new RosterError([`${path}: cannot read the file (${(error as NodeJS.ErrnoException).code ?? String(error)})`]);
  }
  return parseRosterText(text, path);
}

/** Parses roster YAML text; `source` names it in error messages. */
export function parseRosterText(text: string, source = 'roster'): unknown {
  const doc = parseDocument(text, { prettyErrors: true });
  if (doc.errors.length > 0) {
    throw new RosterError(
      doc.errors.map((error) => {
        const at = error.linePos?.[0];
        const message = (error.message.split('\n')[0] ?? '').replace(/ at line \d+, column \d+:?$/, '');
        return `${source}${at ? `:${at.line}:${at.col}` : ''}: ${message}`;
      }),
    );
  }
  return doc.toJS();
}
