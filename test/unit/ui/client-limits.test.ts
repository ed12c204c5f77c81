import { describe, expect, it } from 'vitest';
import { renderMessage } from '../../../src/channels/slack/render-block-kit.js';
import { renderMessageCard } from '../../../src/channels/teams/render-adaptive-card.js';
import { ActionIds } from '../../../src/ui/action-ids.js';
import type { Button, Message } from '../../../src/ui/model.js';

const remind = (i: number): Button => ({ actionId: 'saksgang.portfolio.remind-one', label: `Påminn ${i}`, payload: { i } });
const progress: Message = {
  text: 'Fremdrift **Q2 2026**',
  blocks: [{ type: 'actions', buttons: [...Array.from({ length: 10 }, (_, i) => remind(i)), { actionId: 'saksgang.portfolio.remind-all', label: 'Påminn alle som mangler', style: 'primary' }] }],
};

describe('within the clients\' limits', () => {
  it('Teams: no action set holds more than 5 actions, and the main action comes first', () => {
    const sets = renderMessageCard(progress).body.filter((b) => b.type === 'ActionSet') as { actions: { title: string }[] }[];
    expect(sets.map((s) => s.actions.length)).toEqual([5, 5, 1]);
    expect(sets[0]!.actions[0]!.title).toBe('Påminn alle som mangler');
  });

  it('Slack: the notification text shows our bold as Slack\'s single-asterisk bold, never literal double asterisks', () => {
    expect(renderMessage(progress).text).toBe('Fremdrift *Q2 2026*');
  });

  it('a button with a question: Slack gets its confirm dialog, Teams a confirmation card step carrying the real verb', () => {
    const confirm = { title: 'Lukke runden?', text: '2 av 3 mangler', confirm: 'Lukk likevel', deny: 'Avbryt' };
    const message: Message = { text: 'x', blocks: [{ type: 'actions', buttons: [{ actionId: 'saksgang.portfolio.close-round', label: 'Lukk runden', style: 'danger', payload: { roundId: 'r1', confirmed: true }, confirm }] }] };
    const slack = (renderMessage(message).blocks[0] as { elements: any[] }).elements[0];
    expect(slack.confirm).toEqual({
      title: { type: 'plain_text', text: 'Lukke runden?', emoji: true },
      text: { type: 'mrkdwn', text: '2 av 3 mangler' },
      confirm: { type: 'plain_text', text: 'Lukk likevel', emoji: true },
      deny: { type: 'plain_text', text: 'Avbryt', emoji: true },
      style: 'danger',
    });
    const action = (renderMessageCard(message).body[0] as { actions: any[] }).actions[0];
    expect(action.verb).toBe(ActionIds.confirmAsk);
    expect(action.data._payload).toMatchObject({ verb: 'saksgang.portfolio.close-round', payload: JSON.stringify({ roundId: 'r1', confirmed: true }), text: '2 av 3 mangler' });
  });
});
