import { describe, expect, it } from 'vitest';
import { EXECUTE_KEY, readConsoleExecute, toWebChatActivity } from '../../../src/console/card-execute-bridge.js';
import { renderFormCard, renderMessageCard } from '../../../src/channels/teams/render-adaptive-card.js';

const activity = (content: unknown) => ({ id: 'c|0000003', type: 'message', attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content }] });

describe('cards for Web Chat', () => {
  it('turns every Action.Execute into an Action.Submit that carries the verb and the card’s activity id', () => {
    const card = renderMessageCard({ text: 'x', blocks: [{ type: 'actions', buttons: [{ actionId: 'saksgang.test.go', label: 'Go', payload: { id: 'a1' } }, { url: 'https://example.no', label: 'Link' }] }] });
    const rewritten = toWebChatActivity(activity(card)) as any;
    const [submit, link] = rewritten.attachments[0].content.body[0].actions;
    expect(submit).toEqual({ type: 'Action.Submit', title: 'Go', data: { _payload: { id: 'a1' }, [EXECUTE_KEY]: { verb: 'saksgang.test.go', activityId: 'c|0000003' } } });
    expect(link.type).toBe('Action.OpenUrl');
    // The stored card is left as the bot sent it.
    expect((card.body[0] as any).actions[0].type).toBe('Action.Execute');
  });

  it('turns a form’s submit into a post-back that names the form', () => {
    const card = renderFormCard({ formId: 'saksgang.form.test.x', title: 'T', submitLabel: 'OK', cancelLabel: 'Avbryt', context: {}, fields: [{ id: 'note', type: 'text', label: 'Notat', required: true }] });
    const rewritten = toWebChatActivity(activity(card)) as any;
    expect(rewritten.attachments[0].content.actions[0].data[EXECUTE_KEY].verb).toBe('saksgang.form.test.x');
  });

  it('reads a post-back into the verb, the activity id and the data as Teams would send it', () => {
    expect(readConsoleExecute({ _formId: 'f', note: 'hei', [EXECUTE_KEY]: { verb: 'f', activityId: 'a' } })).toEqual({ verb: 'f', activityId: 'a', data: { _formId: 'f', note: 'hei' } });
    expect(readConsoleExecute({ note: 'hei' })).toBeNull();
    expect(readConsoleExecute('text')).toBeNull();
  });
});
