import type { Block } from '../ui/model.js';

/** Lines grouped into text blocks that stay well within a Slack section (3000 characters). */
export function chunkLines(lines: string[], max = 2800): Block[] {
  const blocks: Block[] = [];
  let current = '';
  for (const line of lines) {
    if (current && current.length + line.length + 1 > max) {
      blocks.push({ type: 'text', text: current });
      current = '';
    }
    current = current ? `${current}\n${line}` : line;
  }
  if (current) blocks.push({ type: 'text', text: current });
  return blocks;
}
