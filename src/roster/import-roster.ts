import type { Db, DbTx } from '../db/prisma.js';
import { findOutsideScope, loadImportScope, type TouchedEntry } from './check-import-scope.js';
import type { ImportResult } from './import-result.js';
import { RosterScopeError } from './roster-error.js';
import { writeRoster } from './write-roster.js';
import { validateRoster, type ExistingRoster } from './validate-roster.js';

export interface ImportRosterOptions {
  /** Cycle names from workflows/; when given, each committee's cycle must be one of them. */
  cycles?: readonly string[];
  /**
   * The person importing from chat: then only their committees, the people in them and (for the portfolio's
   * secretariat) organisations and initiatives may change, else a RosterScopeError names the entries and nothing
   * is written. Left out (the CLI, run by an operator): everything may change.
   */
  importerId?: string;
}

/**
 * Imports a roster (organisations, people, committees with their members, initiatives): validates all of
 * it first, then upserts every entry by `key` in one transaction, so importing the same file twice changes
 * nothing and an invalid file writes nothing (a RosterError lists every problem). The memberships of each
 * committee and the portfolio contacts of each organisation in the file are replaced by the file's;
 * entries not in the file are left alone, and fields left out keep their stored value.
 */
export async function importRoster(db: Db, input: unknown, options: ImportRosterOptions = {}): Promise<ImportResult> {
  return db.$transaction(
    async (tx) => {
      const existing = await loadExisting(tx, options.cycles);
      const roster = validateRoster(input, existing);
      const scope = options.importerId ? await loadImportScope(tx, options.importerId) : null;
      const touched: TouchedEntry[] = [];
      const result = await writeRoster(tx, roster, existing, touched);
      // Checked on what actually changed, then rolled back as a whole: unchanged entries of others are fine.
      const outside = scope ? findOutsideScope(touched, roster, scope) : [];
      if (outside.length > 0) throw new RosterScopeError(outside);
      return result;
    },
    { timeout: 120_000, maxWait: 10_000 },
  );
}

async function loadExisting(tx: DbTx, cycles: readonly string[] | undefined): Promise<ExistingRoster> {
  const [organisations, people, committees] = await Promise.all([
    tx.organisation.findMany({ select: { key: true } }),
    tx.person.findMany({ select: { key: true, slackUserId: true, teamsUserId: true, aadObjectId: true } }),
    tx.committee.findMany({ select: { key: true, slackChannelId: true, teamsConversationId: true } }),
  ]);
  return {
    organisationKeys: new Set(organisations.map((o) => o.key)),
    people,
    committees,
    ...(cycles ? { cycles: new Set(cycles) } : {}),
  };
}
