import { describe, expect, it } from 'vitest';
import { renderMessage, renderModal, toMrkdwn } from '../../../src/channels/slack/render-block-kit.js';
import { readViewValues } from '../../../src/channels/slack/read-view-values.js';
import type { Form } from '../../../src/ui/model.js';

const form: Form = {
  formId: 'saksgang.form.test.paper',
  title: 'Lever saksunderlag til møtet',
  submitLabel: 'Send inn',
  cancelLabel: 'Avbryt',
  context: { itemId: 'item-1' },
  fields: [
    { type: 'text', id: 'title', label: 'Tittel', required: true, value: 'Toppnotat' },
    { type: 'select', id: 'type', label: 'Sakstype', options: [{ value: 'approval', label: 'Godkjenning' }, { value: 'information', label: 'Orientering' }], value: 'information' },
    { type: 'multiselect', id: 'sdgs', label: 'Bærekraftsmål', options: [{ value: '3', label: '3' }, { value: '9', label: '9' }], values: ['9'] },
    { type: 'date', id: 'due', label: 'Frist', value: '2026-05-20' },
  ],
};

describe('Block Kit renderer', () => {
  it('turns our markup into mrkdwn and escapes Slack control characters', () => {
    expect(toMrkdwn('**Sak 12/21** <b> & [vedlegg](https://example.no/a?b=1&c=2)')).toBe('*Sak 12/21* &lt;b&gt; &amp; <https://example.no/a?b=1&c=2|vedlegg>');
  });

  it('gives buttons unique action ids within a block and carries the payload as JSON', () => {
    const { blocks } = renderMessage({
      text: 'x',
      blocks: [{ type: 'actions', buttons: [{ actionId: 'saksgang.a', label: 'A', payload: { id: 1 } }, { actionId: 'saksgang.a', label: 'B', payload: { id: 2 } }] }],
    });
    const elements = (blocks[0] as { elements: { action_id: string; value: string }[] }).elements;
    expect(elements.map((e) => e.action_id)).toEqual(['saksgang.a#0', 'saksgang.a#1']);
    expect(JSON.parse(elements[1]!.value)).toEqual({ id: 2 });
  });

  it('keeps a long message within Slack’s 50-block limit', () => {
    const { blocks } = renderMessage({ text: 'x', blocks: Array.from({ length: 80 }, (_, i) => ({ type: 'text' as const, text: `linje ${i}` })) });
    expect(blocks).toHaveLength(50);
  });

  it('renders a form as a modal whose fields keep their values, and reads the submission back', () => {
    const view = renderModal(form) as { callback_id: string; private_metadata: string; title: { text: string }; blocks: { block_id: string; element: Record<string, unknown> }[] };
    expect(view.callback_id).toBe('saksgang.form.test.paper');
    expect(JSON.parse(view.private_metadata)).toEqual({ itemId: 'item-1' });
    expect(view.title.text.length).toBeLessThanOrEqual(24);
    expect(view.blocks.map((b) => b.block_id)).toEqual(['title', 'type', 'sdgs', 'due']);
    expect(view.blocks[0]!.element.initial_value).toBe('Toppnotat');
    expect((view.blocks[1]!.element.initial_option as { value: string }).value).toBe('information');
    const values = readViewValues({
      values: {
        title: { title: { type: 'plain_text_input', value: 'Nytt notat' } },
        type: { type: { type: 'static_select', selected_option: { value: 'approval' } } },
        sdgs: { sdgs: { type: 'multi_static_select', selected_options: [{ value: '3' }, { value: '9' }] } },
        due: { due: { type: 'datepicker', selected_date: '2026-05-21' } },
      },
    });
    expect(values).toEqual({ title: 'Nytt notat', type: 'approval', sdgs: ['3', '9'], due: '2026-05-21' });
  });
});
