import { describe, expect, it } from 'vitest';
import { foldForSearch } from '../../../src/roster/fold-for-search.js';
import { parseProviderValue, providerValue } from '../../../src/roster/provider-value.js';
import { renderModal } from '../../../src/channels/slack/render-block-kit.js';
import { renderFormCard } from '../../../src/channels/teams/render-adaptive-card.js';
import { toWebChatActivity } from '../../../src/console/card-execute-bridge.js';
import type { Form } from '../../../src/ui/model.js';

const form: Form = {
  formId: 'saksgang.form.test',
  title: 'Test',
  submitLabel: 'Lagre',
  cancelLabel: 'Avbryt',
  context: {},
  fields: [{ id: 'presenter', label: 'Saksansvarlig', type: 'search', dataset: 'saksgang.search.people', value: 'p1', initial: { value: 'p1', label: 'Øystein Åsheim · Sykehuset Østfold' } }],
};

describe('search pickers', () => {
  it('fold names the way people type them: no case, no accents, ø and æ spelled out', () => {
    expect(foldForSearch('Øystein ÅSHEIM')).toBe('oystein asheim');
    expect(foldForSearch('  Sæther   Hélène ')).toBe('saether helene');
  });

  it('provider values name what was picked, and a forged one reads as nothing', () => {
    expect(parseProviderValue(providerValue('organisation', 'abc'))).toEqual({ kind: 'organisation', id: 'abc' });
    expect(parseProviderValue('company:abc')).toBeNull();
    expect(parseProviderValue('person:')).toBeNull();
  });

  it('Slack: an external_select named by its data set, with the chosen option as initial_option', () => {
    const input = (renderModal(form).blocks as any[]).find((b) => b.block_id === 'presenter');
    expect(input.element).toEqual({
      type: 'external_select',
      action_id: 'saksgang.search.people',
      min_query_length: 2,
      initial_option: { text: { type: 'plain_text', text: 'Øystein Åsheim · Sykehuset Østfold', emoji: true }, value: 'p1' },
    });
  });

  it('Teams: a Data.Query choice set with the chosen option as its value and one static choice', () => {
    const input = renderFormCard(form).body.find((b) => b.id === 'presenter')!;
    expect(input).toMatchObject({
      type: 'Input.ChoiceSet',
      'choices.data': { type: 'Data.Query', dataset: 'saksgang.search.people' },
      choices: [{ title: 'Øystein Åsheim · Sykehuset Østfold', value: 'p1' }],
      value: 'p1',
    });
  });

  it('the console: Web Chat cannot ask Data.Query, so the picker becomes a drop-down of the listed choices', () => {
    const card = renderFormCard(form);
    const activity = { id: 'a1', type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }] };
    const choices = new Map([['saksgang.search.people', [{ title: 'Ola Brekke', value: 'p2' }, { title: 'Øystein Åsheim', value: 'p1' }]]]);
    const shown = toWebChatActivity(activity as never, choices) as any;
    const input = shown.attachments[0].content.body.find((b: any) => b.id === 'presenter');
    expect(input['choices.data']).toBeUndefined();
    expect(input.style).toBe('compact');
    expect(input.choices).toEqual([{ title: 'Øystein Åsheim · Sykehuset Østfold', value: 'p1' }, { title: 'Ola Brekke', value: 'p2' }]);
    expect(input.value).toBe('p1');
  });
});
