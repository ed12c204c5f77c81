import { describe, expect, it } from 'vitest';
import {
  CATEGORIES,
  CRITICALITIES,
  categoryLabel as categoryInText,
  categoryOptions,
  critLabel as critInText,
  criticalityOptions,
  ragBadge,
  ragLabel,
  ragOptions,
} from '../../../src/dependencies/dependency-labels.js';

describe('criticality and category labels: one catalogue for portfolio and dependencies', () => {
  it('the portfolio form offers the same words the dependency messages use, capitalised as they stand alone', () => {
    for (const locale of ['nb', 'en'] as const) {
      expect(criticalityOptions(locale).map((o) => o.label.toLowerCase())).toEqual(CRITICALITIES.map((c) => critInText(locale, c).toLowerCase()));
      expect(categoryOptions(locale).map((o) => o.label.toLowerCase())).toEqual(CATEGORIES.map((c) => categoryInText(locale, c).toLowerCase()));
    }
    expect(criticalityOptions('nb').map((o) => o.label)).toEqual(['Høy', 'Middels', 'Lav']);
    expect(categoryOptions('nb').find((o) => o.value === 'other_initiative')!.label).toBe('Annet tiltak');
    expect(critInText('nb', 'high')).toBe('høy');
    expect(categoryInText('en', 'ehr_vendors')).toBe('EHR vendors');
  });

  it('a RAG status reads the same in a sentence and, with its colour, standing alone', () => {
    expect(ragLabel('nb', 'green')).toBe('grønn');
    expect(ragBadge('nb', 'green')).toBe('🟢 Grønn');
    expect(ragBadge('en', 'red')).toBe('🔴 Red');
    expect(ragOptions('nb').map((o) => o.label)).toEqual(['🟢 Grønn', '🟡 Gul', '🔴 Rød']);
  });
});
