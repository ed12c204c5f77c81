import type { Criticality, DependencyCategory } from '../generated/prisma/enums.js';
import type { RedDependencyFilter } from './list-red-dependencies.js';

/** The word that selects the red list: `red` / `røde`. */
export const RED_WORDS = ['red', 'røde', 'rode', 'rød', 'rod'];

const CRITICALITY_WORDS: Record<string, Criticality> = { high: 'high', høy: 'high', hoy: 'high', medium: 'medium', middels: 'medium', low: 'low', lav: 'low' };

const CATEGORY_WORDS: Record<string, DependencyCategory> = {
  national_solutions: 'national_solutions', national: 'national_solutions', nasjonale: 'national_solutions', nasjonal: 'national_solutions',
  ehr_vendors: 'ehr_vendors', ehr: 'ehr_vendors', epj: 'ehr_vendors',
  funding: 'funding', finansiering: 'funding',
  regulation: 'regulation', regelverk: 'regulation',
  other_initiative: 'other_initiative', initiative: 'other_initiative', tiltak: 'other_initiative',
  organisation: 'organisation', organisasjon: 'organisation',
  other: 'other', annet: 'other',
};

/**
 * Reads the filters after `dependencies red`: a criticality word and a category word (English or bokmål, in any
 * order), and whatever is left as the provider.
 */
export function parseRedFilter(args: string[]): RedDependencyFilter {
  const filter: RedDependencyFilter = {};
  const rest: string[] = [];
  for (const arg of args) {
    const word = arg.toLowerCase();
    if (!filter.criticality && CRITICALITY_WORDS[word]) filter.criticality = CRITICALITY_WORDS[word];
    else if (!filter.category && CATEGORY_WORDS[word]) filter.category = CATEGORY_WORDS[word];
    else rest.push(arg);
  }
  if (rest.length) filter.provider = rest.join(' ');
  return filter;
}
