import { describe, expect, it } from 'vitest';
import { fitBlocks, splitText } from '../../../src/ui/fit-message-blocks.js';
import type { Block } from '../../../src/ui/model.js';

describe('fitBlocks', () => {
  it('splits a long list of names after commas, keeping every name', () => {
    const names = Array.from({ length: 400 }, (_, i) => `Person Nummer${i}`);
    const pieces = splitText(`**Til stede:** ${names.join(', ')}`, 2900);
    expect(pieces.length).toBeGreaterThan(2);
    expect(pieces.every((p) => p.length <= 2900)).toBe(true);
    expect(pieces.join(', ')).toBe(`**Til stede:** ${names.join(', ')}`);
  });

  it('keeps a message of many items within 50 blocks by dropping dividers, then joining texts', () => {
    const blocks: Block[] = [{ type: 'header', text: 'Vedtak' }];
    for (let i = 0; i < 60; i += 1) blocks.push({ type: 'divider' }, { type: 'text', text: `Sak ${i}/26: vedtak ${'x'.repeat(100)}` });
    const fitted = fitBlocks(blocks);
    expect(fitted.length).toBeLessThanOrEqual(50);
    expect(fitted.some((b) => b.type === 'divider')).toBe(false);
    const text = fitted.map((b) => ('text' in b ? b.text : '')).join('\n');
    for (let i = 0; i < 60; i += 1) expect(text).toContain(`Sak ${i}/26:`);
    expect(fitted.every((b) => !('text' in b) || b.text.length <= 2900)).toBe(true);
  });

  it('leaves a short message as it is', () => {
    const blocks: Block[] = [{ type: 'header', text: 'A' }, { type: 'divider' }, { type: 'text', text: 'B' }];
    expect(fitBlocks(blocks)).toEqual(blocks);
  });
});
