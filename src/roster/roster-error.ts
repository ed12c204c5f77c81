import { AppError, ErrorCode } from '../errors.js';
import type { Locale } from '../i18n/locale.js';

/** A problem line said in each language, for the importer in chat (the file format's lines stay in English). */
export type LocalizedProblems = ReadonlyMap<string, Record<Locale, string>>;

/**
 * A roster that cannot be imported. `problems` holds one line per problem: `people[3].email: not an e-mail address`
 * (what the command line prints); `localized` gives some of those lines in bokmål and English, by the line.
 */
export class RosterError extends AppError {
  constructor(
    readonly problems: string[],
    readonly localized: LocalizedProblems = new Map(),
  ) {
    super(ErrorCode.InvalidInput, `The roster has ${problems.length} problem${problems.length === 1 ? '' : 's'}:\n${problems.join('\n')}`);
    this.name = 'RosterError';
  }
}

/**
 * A chat import that would change entries outside the importer's committees (`check-import-scope.ts`); nothing
 * is written. `entries` names them as `committees[0] "NUIT"`.
 */
export class RosterScopeError extends AppError {
  constructor(readonly entries: string[]) {
    super(ErrorCode.Forbidden, `The roster changes entries outside the importer's committees: ${entries.join(', ')}`);
    this.name = 'RosterScopeError';
  }
}

/** `['people', 3, 'email']` -> `people[3].email`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const part of path) {
    if (typeof part === 'number') out += `[${part}]`;
    else out += out === '' ? String(part) : `.${String(part)}`;
  }
  return out || '(file)';
}
