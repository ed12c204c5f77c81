import { describe, expect, it } from 'vitest';
import { renderFormCard, renderMessageCard } from '../../../src/channels/teams/render-adaptive-card.js';
import { readCardSubmission } from '../../../src/channels/teams/read-card-submission.js';
import { withValues, type Form } from '../../../src/ui/model.js';

const form: Form = {
  formId: 'saksgang.form.test.report',
  title: 'Statusrapport',
  submitLabel: 'Send inn',
  cancelLabel: 'Avbryt',
  context: { reportId: 'r1' },
  fields: [
    { type: 'select', id: 'overall', label: 'Status', options: [{ value: 'red', label: 'Rød' }, { value: 'green', label: 'Grønn' }] },
    { type: 'text', id: 'narrative', label: 'Begrunnelse', multiline: true },
    { type: 'multiselect', id: 'sdgs', label: 'Bærekraftsmål', options: [{ value: '3', label: '3' }, { value: '9', label: '9' }] },
  ],
};

describe('Adaptive Card renderer', () => {
  it('renders a message as an Adaptive Card 1.5 with Action.Execute buttons carrying the payload', () => {
    const card = renderMessageCard({
      text: 'x',
      blocks: [
        { type: 'header', text: 'Møte 2/2021' },
        { type: 'actions', buttons: [{ actionId: 'saksgang.paper.open', label: 'Lever', payload: { itemId: 'i1' } }] },
      ],
    });
    expect(card.version).toBe('1.5');
    const actionSet = card.body[1] as { actions: { type: string; verb: string; data: Record<string, unknown> }[] };
    expect(actionSet.actions[0]).toMatchObject({ type: 'Action.Execute', verb: 'saksgang.paper.open', data: { _payload: { itemId: 'i1' } } });
  });

  it('shows server-side errors under their field and keeps every typed value', () => {
    const typed = withValues(form, { overall: 'red', narrative: '', sdgs: ['3', '9'] });
    const card = renderFormCard(typed, { narrative: 'Skriv hva som er forsinket og hvorfor.' });
    const body = card.body as { id?: string; value?: string; text?: string; color?: string }[];
    expect(body.find((b) => b.id === 'overall')?.value).toBe('red');
    expect(body.find((b) => b.id === 'sdgs')?.value).toBe('3,9');
    const errorIndex = body.findIndex((b) => b.id === 'narrative-error');
    expect(body[errorIndex]).toMatchObject({ text: 'Skriv hva som er forsinket og hvorfor.', color: 'Attention' });
    expect(body[errorIndex - 1]?.id).toBe('narrative');
  });

  it('reads a submission back: routing keys apart from typed values, multi-selects as arrays', () => {
    const card = renderFormCard(form);
    const submit = (card.actions as { verb: string; data: Record<string, unknown> }[])[0]!;
    const submission = readCardSubmission(submit.verb, { ...submit.data, overall: 'green', narrative: '', sdgs: '3,9' });
    expect(submission.formId).toBe('saksgang.form.test.report');
    expect(submission.context).toEqual({ reportId: 'r1' });
    expect(submission.values).toEqual({ overall: 'green', narrative: undefined, sdgs: ['3', '9'] });
  });

  it('stays under the Teams card size limit for a very long message', () => {
    const card = renderMessageCard({ text: 'x', blocks: Array.from({ length: 400 }, (_, i) => ({ type: 'text' as const, text: `Sak ${i}: ${'lang tekst '.repeat(20)}` })) });
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThanOrEqual(26_000);
  });
});

describe('Adaptive Card text', () => {
  it('keeps a Norwegian date at the start of a line from turning into a numbered list', () => {
    const card = renderMessageCard({ text: 'x', blocks: [{ type: 'fields', fields: [{ label: 'Frist', value: '21. januar 2027' }] }, { type: 'text', text: 'Møte\n20. mai 2021' }] });
    expect((card.body[0] as { facts: { value: string }[] }).facts[0]!.value).toBe('21\\. januar 2027');
    expect((card.body[1] as { text: string }).text).toBe('Møte\n\n20\\. mai 2021');
  });
});

describe('required fields on cards', () => {
  it('marks them in the label and leaves the check to the server, so no card host refuses the card', () => {
    const card = renderFormCard({ formId: 'saksgang.form.test.x', title: 'T', submitLabel: 'OK', cancelLabel: 'Avbryt', context: {}, fields: [{ id: 'note', type: 'text', label: 'Notat', required: true }] });
    const input = card.body.find((b) => (b as { id?: string }).id === 'note') as { label: string; isRequired?: boolean };
    expect(input.label).toBe('Notat *');
    expect(input.isRequired).toBeUndefined();
  });
});
