export interface SearchQuery {
  text: string;
  committeeKey: string | null;
  year: number | null;
  caseNumber: { number: number; year: number } | null;
}

const CASE = /^(\d{1,4})\/(\d{2}|\d{4})$/;
const YEAR = /^(19|20)\d{2}$/;
const CASE_WORDS = new Set(['case', 'sak', 'item']);

function fullYear(text: string): number {
  return text.length === 2 ? 2000 + Number(text) : Number(text);
}

/**
 * Reads the words after `search decisions` / `søk vedtak`: a committee's key (one of `committeeKeys`), a
 * year ("2026"), a case number ("12/26", optionally after "case"/"sak"); every other word is text.
 */
export function parseSearchQuery(words: string[], committeeKeys: string[]): SearchQuery {
  const keys = new Map(committeeKeys.map((k) => [k.toLowerCase(), k]));
  const query: SearchQuery = { text: '', committeeKey: null, year: null, caseNumber: null };
  const text: string[] = [];
  for (const [index, word] of words.entries()) {
    const lower = word.toLowerCase();
    const caseMatch = CASE.exec(word);
    if (CASE_WORDS.has(lower) && words[index + 1] && CASE.test(words[index + 1]!)) continue;
    if (caseMatch) query.caseNumber = { number: Number(caseMatch[1]), year: fullYear(caseMatch[2]!) };
    else if (!query.committeeKey && keys.has(lower)) query.committeeKey = keys.get(lower)!;
    else if (!query.year && YEAR.test(word)) query.year = Number(word);
    else text.push(word);
  }
  query.text = text.join(' ').trim();
  return query;
}
