import { describe, expect, it } from 'vitest';
import { validateDecisionForm } from '../../../src/decisions/validate-decision-form.js';

const options = { locale: 'nb' as const, today: '2026-05-21', ownerIds: new Set(['kari', 'ola']) };

describe('validateDecisionForm', () => {
  it('accepts a decision with notes and ignores empty follow-up rows', () => {
    const result = validateDecisionForm(
      { decision: '  NUIT tar saken til orientering. ', notes: 'Innspill om tidsplan.', followup1_owner: 'kari', followup1_what: 'Send notat', followup1_due: '2026-06-10' },
      options,
    );
    expect(result).toEqual({
      ok: true,
      input: { text: 'NUIT tar saken til orientering.', notes: 'Innspill om tidsplan.', followUps: [{ ownerId: 'kari', description: 'Send notat', dueDate: '2026-06-10' }] },
    });
  });

  it('refuses a missing decision, a follow-up without owner and a past due date, each on its own field', () => {
    const result = validateDecisionForm({ decision: ' ', followup1_what: 'Send notat', followup1_due: '2026-06-10', followup2_owner: 'ola', followup2_what: 'Rapport', followup2_due: '2026-05-20' }, options);
    expect(result).toEqual({
      ok: false,
      errors: { decision: 'Skriv vedtaket.', followup1_owner: 'Velg hvem som skal følge opp.', followup2_due: 'Fristen kan ikke være tilbake i tid.' },
    });
  });

  it('speaks English, accepts today as due date and refuses owners outside the roster and missing texts', () => {
    const result = validateDecisionForm({ decision: 'Endorsed.', followup3_owner: 'stranger', followup3_due: '2026-05-21' }, { ...options, locale: 'en' });
    expect(result).toEqual({ ok: false, errors: { followup3_owner: 'Choose a person from the committee’s roster.', followup3_what: 'Write what is to be done.' } });
  });

  it('refuses a malformed date', () => {
    const result = validateDecisionForm({ decision: 'x', followup1_owner: 'kari', followup1_what: 'y', followup1_due: '2026-02-30' }, options);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.followup1_due).toBe('Skriv datoen som ÅÅÅÅ-MM-DD.');
  });
});
