import { Prisma } from '../generated/prisma/client.js';

/**
 * A name as a search compares it: lower case, without accents (é → e, å → a), and with the Nordic letters
 * that are not accented ones folded to what people type on a keyboard without them (ø → o, æ → ae).
 */
export function foldForSearch(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ø/g, 'o')
    .replace(/æ/g, 'ae')
    .replace(/œ/g, 'oe')
    .replace(/ß/g, 'ss')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Combining marks (accents) as they stand after NFD: the JavaScript side strips every `\p{M}`. */
const stripMarks = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '');

/**
 * The same folding as SQL can do it in PostgreSQL and PGlite alike (no `unaccent`, no ICU): `normalize(…, NFD)`
 * and the combining accents (U+0300–U+036F) removed, then the letters that have no accent to remove (ø, æ, ß, đ,
 * ł …) through `translate` (one letter) or `replace` (æ → ae), `lower` for ASCII and the white space collapsed.
 * The tables are derived from `foldForSearch` over U+00C0–U+024F, so both agree on every Latin letter
 * (test/unit/roster/search-roster.test.ts). `translate` stays short on purpose: its cost grows with its table.
 */
function foldTables() {
  let from = '';
  let to = '';
  const spelled = new Map<string, string>();
  for (let code = 0xc0; code <= 0x24f; code += 1) {
    const letter = String.fromCodePoint(code);
    const folded = foldForSearch(letter);
    const seen = stripMarks(letter);
    if (seen === folded || (/^[\x00-\x7f]*$/.test(seen) && seen.toLowerCase() === folded)) continue;
    if (seen.length === 1 && folded.length === 1) {
      if (!from.includes(seen)) {
        from += seen;
        to += folded;
      }
    } else spelled.set(seen, folded);
  }
  return { from, to, spelled: [...spelled] };
}

const FOLD = foldTables();

/** `expr` folded in SQL as `foldForSearch` folds it in JavaScript (for the letters above). */
export function foldSql(expr: Prisma.Sql): Prisma.Sql {
  let spelled = Prisma.sql`regexp_replace(normalize(${expr}, NFD), ${'[\\u0300-\\u036f]'}, '', 'g')`;
  for (const [letter, folded] of FOLD.spelled) spelled = Prisma.sql`replace(${spelled}, ${letter}, ${folded})`;
  return Prisma.sql`btrim(regexp_replace(lower(translate(${spelled}, ${FOLD.from}, ${FOLD.to})), ${'\\s+'}, ' ', 'g'))`;
}

/** The tables `foldSql` uses (for the test that holds them to `foldForSearch`). */
export const foldSqlTables = FOLD;

/**
 * A sort key close to how Norwegian sorts names (CLDR's `nb` order), in plain byte order (`COLLATE "C"`): case and
 * accents ignored, æ/ä, ø/ö/ő and å/aa after z in that order (`{`, `|`, `}` follow `z` in ASCII), ü as y, ð as d.
 * The page found is sorted again by `localeCompare(…, 'nb')`; this key decides only which names make the cut.
 */
function sortTables() {
  const last: Record<string, string> = { æ: '{', ä: '{', ø: '|', ö: '|', ő: '|', å: '}', ü: 'y', ű: 'y', ð: 'd', đ: 'd' };
  let from = '';
  let to = '';
  for (let code = 0xc0; code <= 0x24f; code += 1) {
    const letter = String.fromCodePoint(code);
    const lower = letter.toLowerCase();
    const key = last[lower] ?? foldForSearch(letter);
    if (key.length === 1 && key !== letter) {
      from += letter;
      to += key;
    }
  }
  return { from, to };
}

const SORT = sortTables();

/** `expr`'s sort key (above), for `ORDER BY`. */
export function sortKeySql(expr: Prisma.Sql): Prisma.Sql {
  return Prisma.sql`replace(lower(translate(${expr}, ${SORT.from}, ${SORT.to})), 'aa', '}') COLLATE "C"`;
}

/** `text` as a literal part of a LIKE / ILIKE pattern (escape character `\`): `%`, `_` and `\` match themselves. */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (c) => `\\${c}`);
}
