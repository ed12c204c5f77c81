import type { Message } from '../ui/model.js';

/** A message that is one paragraph of text. */
export function plainMessage(text: string): Message {
  return { text, blocks: [{ type: 'text', text }] };
}
