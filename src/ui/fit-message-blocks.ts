import type { Block } from './model.js';

/** Slack's limits on a message: 50 blocks, 3000 characters in a section (kept under, for the markup). */
export const MESSAGE_LIMITS = { blocks: 50, text: 2900 } as const;

/** Splits a text into pieces of at most `max` characters: at line breaks, else after ", ", else at spaces. */
export function splitText(text: string, max: number = MESSAGE_LIMITS.text): string[] {
  if (text.length <= max) return [text];
  const pieces: string[] = [];
  let current = '';
  const push = (part: string, joiner: string) => {
    if (!current) current = part;
    else if (current.length + joiner.length + part.length <= max) current += joiner + part;
    else {
      pieces.push(current);
      current = part;
    }
  };
  for (const line of text.split('\n')) {
    if (line.length <= max) {
      push(line, '\n');
      continue;
    }
    // A long line (a long list of names): break it after a comma, else at a space, else hard.
    const separator = line.includes(', ') ? ', ' : ' ';
    let joiner = '\n';
    for (const word of line.split(separator)) {
      for (let i = 0; i < word.length; i += max) push(word.slice(i, i + max), joiner);
      joiner = separator;
    }
  }
  if (current) pieces.push(current);
  return pieces;
}

/**
 * Keeps a message within Slack's limits without losing content: a long text block becomes several; when
 * there are too many blocks, dividers go first, then neighbouring text blocks are joined (each still short).
 */
export function fitBlocks(blocks: Block[], limits: { blocks: number; text: number } = MESSAGE_LIMITS): Block[] {
  let out: Block[] = blocks.flatMap((block): Block[] => (block.type === 'text' ? splitText(block.text, limits.text).map((text) => ({ type: 'text' as const, text })) : [block]));
  if (out.length <= limits.blocks) return out;
  out = out.filter((block) => block.type !== 'divider');
  if (out.length <= limits.blocks) return out;
  const merged: Block[] = [];
  for (const block of out) {
    const last = merged.at(-1);
    if (block.type === 'text' && last?.type === 'text' && last.text.length + 2 + block.text.length <= limits.text) {
      merged[merged.length - 1] = { type: 'text', text: `${last.text}\n\n${block.text}` };
    } else merged.push(block);
  }
  return merged;
}
