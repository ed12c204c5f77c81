/** Created, updated and unchanged entries of one kind (organisations, people, committees, initiatives). */
export interface KindCounts {
  created: number;
  updated: number;
  unchanged: number;
}

/** Links added and removed (memberships, portfolio contacts). */
export interface LinkCounts {
  created: number;
  removed: number;
}

/**
 * What an import did, per section. Its own file so that `import-roster`, `write-roster` and `apply-change`
 * share it without importing one another.
 */
export interface ImportResult {
  organisations: KindCounts;
  people: KindCounts;
  committees: KindCounts;
  initiatives: KindCounts;
  memberships: LinkCounts;
  portfolioContacts: LinkCounts;
}
