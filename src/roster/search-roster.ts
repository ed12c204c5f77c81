import type { Db } from '../db/prisma.js';
import type { Locale } from '../i18n/locale.js';
import { t } from '../i18n/text.js';
import { escapeMarkup } from '../ui/markup.js';
import type { Option } from '../ui/model.js';
import { providerValue, type ProviderKind } from './provider-value.js';
import { rosterTexts as T } from './texts.js';

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

interface Candidate {
  value: string;
  label: string;
  /** The name first (ranks a hit on the name above one on the organisation), then what else it is found by. */
  name: string;
  also: string;
}

/** 0: the name starts with the query (or a part of the name with its first word); 1: the query as a phrase; 2: the words apart. */
function tier(name: string, all: string, folded: string, words: string[]): number {
  if (words.length === 0) return 0;
  if (name.startsWith(folded) || name.split(' ').some((part) => part.startsWith(folded))) return 0;
  return all.includes(folded) ? 1 : 2;
}

/**
 * The candidates whose name or organisation holds every word of `query` (in any order, any case, without
 * accents): those whose name starts with the query first, then those holding it as a phrase, then the rest,
 * each by name; at most `limit`. An empty query gives the first `limit` by name.
 */
function rank(candidates: Candidate[], query: string, limit: number): Option[] {
  const folded = foldForSearch(query);
  const words = folded.split(' ').filter(Boolean);
  const hits = candidates
    .map((c) => ({ c, name: foldForSearch(c.name), all: foldForSearch(`${c.name} ${c.also}`) }))
    .filter((h) => words.every((w) => h.all.includes(w)))
    .map((h) => ({ ...h, first: tier(h.name, h.all, folded, words) }));
  hits.sort((a, b) => a.first - b.first || a.c.name.localeCompare(b.c.name, 'nb') || a.c.value.localeCompare(b.c.value));
  return hits.slice(0, limit).map((h) => ({ value: h.c.value, label: h.c.label }));
}

/** A person as pickers show them: the name, and their organisation when the roster has one. */
function personLabel(person: { name: string; organisation: { name: string } | null }): string {
  return escapeMarkup(person.organisation ? `${person.name} · ${person.organisation.name}` : person.name);
}

async function peopleCandidates(db: Db, namesOnly: boolean): Promise<Candidate[]> {
  const people = await db.person.findMany({ select: { id: true, name: true, organisation: { select: { name: true } } } });
  return people.map((p) => ({ value: p.id, label: namesOnly ? escapeMarkup(p.name) : personLabel(p), name: p.name, also: p.organisation?.name ?? '' }));
}

export interface RosterSearch {
  query: string;
  limit: number;
  locale: Locale;
  /** People labelled by their name alone (the console's static list, which cannot show more than a select). */
  namesOnly?: boolean;
}

/**
 * Searches every person of the roster by part of the name or of the organisation's name (case and accents
 * ignored): the options of a person picker (presenter, follow-up owner), valued by person id. Who may ask is
 * the caller's to check (`search_roster`, src/access).
 */
export async function searchPeople(db: Db, search: RosterSearch): Promise<Option[]> {
  return rank(await peopleCandidates(db, search.namesOnly ?? false), search.query, search.limit);
}

/** A person's label in a person picker, or null when the roster does not have them. */
export async function personOptionLabel(db: Db, personId: string): Promise<string | null> {
  const person = await db.person.findUnique({ where: { id: personId }, select: { name: true, organisation: { select: { name: true } } } });
  return person ? personLabel(person) : null;
}

const KIND_TEXT = { initiative: T.kindInitiative, organisation: T.kindOrganisation, person: T.kindPerson } as const;

function providerLabel(locale: Locale, kind: ProviderKind, name: string, organisation: string | null): string {
  const what = t(locale, KIND_TEXT[kind]);
  return escapeMarkup(organisation && kind !== 'organisation' ? `${name} (${what} · ${organisation})` : `${name} (${what})`);
}

/**
 * Searches the possible providers of a dependency: initiatives, organisations and people of the roster, by part
 * of the name (or key) or of the organisation's name. Each option's value says what it is (`provider-value.ts`).
 */
export async function searchProviders(db: Db, search: RosterSearch): Promise<Option[]> {
  const [initiatives, organisations, people] = await Promise.all([
    db.initiative.findMany({ select: { id: true, key: true, name: true, organisation: { select: { name: true } } } }),
    db.organisation.findMany({ select: { id: true, key: true, name: true } }),
    db.person.findMany({ select: { id: true, name: true, organisation: { select: { name: true } } } }),
  ]);
  const { locale } = search;
  const candidates: Candidate[] = [
    ...initiatives.map((i) => ({ value: providerValue('initiative', i.id), label: providerLabel(locale, 'initiative', i.name, i.organisation.name), name: i.name, also: `${i.key} ${i.organisation.name}` })),
    ...organisations.map((o) => ({ value: providerValue('organisation', o.id), label: providerLabel(locale, 'organisation', o.name, null), name: o.name, also: o.key })),
    ...people.map((p) => ({ value: providerValue('person', p.id), label: providerLabel(locale, 'person', p.name, p.organisation?.name ?? null), name: p.name, also: p.organisation?.name ?? '' })),
  ];
  return rank(candidates, search.query, search.limit);
}

/** A provider's label in the provider picker, or null when the value names nothing in the roster. */
export async function providerOptionLabel(db: Db, locale: Locale, kind: ProviderKind, id: string): Promise<string | null> {
  switch (kind) {
    case 'initiative': {
      const i = await db.initiative.findUnique({ where: { id }, select: { name: true, organisation: { select: { name: true } } } });
      return i ? providerLabel(locale, 'initiative', i.name, i.organisation.name) : null;
    }
    case 'organisation': {
      const o = await db.organisation.findUnique({ where: { id }, select: { name: true } });
      return o ? providerLabel(locale, 'organisation', o.name, null) : null;
    }
    case 'person': {
      const p = await db.person.findUnique({ where: { id }, select: { name: true, organisation: { select: { name: true } } } });
      return p ? providerLabel(locale, 'person', p.name, p.organisation?.name ?? null) : null;
    }
  }
}
