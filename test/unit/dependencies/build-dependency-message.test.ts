import { describe, expect, it } from 'vitest';
import { buildDependencyMessage, DependencyMessageKinds } from '../../../src/dependencies/build-dependency-message.js';
import type { DependencyView } from '../../../src/dependencies/load-dependency-views.js';

// Due Monday 12 June 2023 (a @db.Date: UTC midnight); red since a week before.
const view = {
  dependency: {
    id: 'dep-1',
    description: 'Reseptmodul 4.12',
    status: 'red',
    resolvedAt: null,
    snoozedUntil: null,
    redSince: new Date('2023-06-05T08:00:00Z'),
    dueDate: new Date('2023-06-12T00:00:00Z'),
    criticality: 'high',
    category: 'national_solutions',
    providerText: 'Leverandør Y',
    providerInitiative: null,
    providerOrganisation: null,
    initiative: { name: 'Helseplattformen' },
  },
  lastAnswer: null,
} as unknown as DependencyView;

const dueField = (now: string, locale: 'nb' | 'en' = 'nb') => {
  const message = buildDependencyMessage([view], { kind: DependencyMessageKinds.reminder, locale, now: new Date(now), deliveryKey: 'k' });
  const fields = message.blocks.flatMap((b) => (b.type === 'fields' ? b.fields : []));
  return fields.find((f) => f.label === (locale === 'nb' ? 'Frist' : 'Due'))!.value;
};

describe('buildDependencyMessage: overdue by the Oslo calendar day', () => {
  it('is not overdue on the due day itself, even late in the evening', () => {
    expect(dueField('2023-06-12T21:30:00Z')).toBe('12. juni 2023'); // 23:30 in Oslo, 12 June
  });

  it('is overdue from midnight in Oslo, while it is still the due day in UTC', () => {
    expect(dueField('2023-06-12T22:30:00Z')).toBe('12. juni 2023 ⚠️ fristen er passert'); // 00:30 in Oslo, 13 June
    expect(dueField('2023-06-12T22:30:00Z', 'en')).toBe('12 June 2023 ⚠️ past due');
  });
});
