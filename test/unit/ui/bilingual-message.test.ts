import { describe, expect, it } from 'vitest';
import { bilingualMessage } from '../../../src/ui/bilingual-message.js';
import type { ActionId } from '../../../src/ui/action-ids.js';
import type { Message } from '../../../src/ui/model.js';

const reopen = 'saksgang.portfolio.reopen-round' as ActionId;

describe('bilingualMessage', () => {
  it('puts the first message whole, a divider, then the second, in one message', () => {
    const nb: Message = { text: 'Vedtak fra NUIT 2/2026', blocks: [{ type: 'header', text: 'Vedtak fra NUIT 2/2026' }, { type: 'text', text: 'Sak 12/26' }] };
    const en: Message = { text: 'Decisions of NUIT 2/2026', blocks: [{ type: 'header', text: 'Decisions of NUIT 2/2026' }, { type: 'text', text: 'Item 12/26' }] };
    expect(bilingualMessage(nb, en)).toEqual({
      text: 'Vedtak fra NUIT 2/2026\n\nDecisions of NUIT 2/2026',
      blocks: [nb.blocks[0], nb.blocks[1], { type: 'divider' }, en.blocks[0], en.blocks[1]],
    });
  });

  it('shows the same buttons once, labelled in both languages, where the first message has them', () => {
    const nb: Message = { text: 'Runden er lukket', blocks: [{ type: 'text', text: 'Runden er lukket' }, { type: 'actions', buttons: [{ actionId: reopen, label: 'Gjenåpne', payload: { roundId: 'r1' } }, { url: 'https://x/f', label: 'Last ned' }] }] };
    const en: Message = { text: 'The round is closed', blocks: [{ type: 'text', text: 'The round is closed' }, { type: 'actions', buttons: [{ actionId: reopen, label: 'Reopen', payload: { roundId: 'r1' } }, { url: 'https://x/f', label: 'Download' }] }] };
    const both = bilingualMessage(nb, en);
    expect(both.blocks).toEqual([
      { type: 'text', text: 'Runden er lukket' },
      { type: 'actions', buttons: [{ actionId: reopen, label: 'Gjenåpne / Reopen', payload: { roundId: 'r1' } }, { url: 'https://x/f', label: 'Last ned / Download' }] },
      { type: 'divider' },
      { type: 'text', text: 'The round is closed' },
    ]);
  });

  it('keeps each part’s buttons when they differ', () => {
    const nb: Message = { text: 'a', blocks: [{ type: 'actions', buttons: [{ url: 'https://x/nb', label: 'Last ned' }] }] };
    const en: Message = { text: 'b', blocks: [{ type: 'actions', buttons: [{ url: 'https://x/en', label: 'Download' }] }] };
    expect(bilingualMessage(nb, en).blocks).toEqual([nb.blocks[0], { type: 'divider' }, en.blocks[0]]);
  });

  it('stays within Slack’s 50 blocks without cutting text: dividers go, neighbouring texts are joined', () => {
    const part = (word: string): Message => ({ text: word, blocks: Array.from({ length: 30 }, (_, i) => ({ type: 'text' as const, text: `${word} ${i}` })) });
    const both = bilingualMessage(part('Sak'), part('Item'));
    expect(both.blocks.length).toBeLessThanOrEqual(50);
    const all = JSON.stringify(both.blocks);
    expect(all).toContain('Sak 29');
    expect(all).toContain('Item 29');
  });
});
