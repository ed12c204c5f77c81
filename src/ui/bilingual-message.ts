import { fitBlocks } from './fit-message-blocks.js';
import type { Block, Button, LinkButton, Message } from './model.js';

type AnyButton = Button | LinkButton;

/**
 * One message in two languages, for a channel whose readers do not share one: the first message (bokmål)
 * whole, a divider, then the second (English) without its buttons. The buttons are shown once, where the first
 * message has them, labelled in both languages ("Last ned / Download") when the two messages have the same
 * buttons; when they differ, each part keeps its own. The blocks are kept within Slack's limits (`fitBlocks`):
 * dividers and neighbouring texts give way before anything is cut.
 */
export function bilingualMessage(first: Message, second: Message): Message {
  const firstActions = first.blocks.filter(isActions);
  const secondActions = second.blocks.filter(isActions);
  const same = firstActions.length === secondActions.length && firstActions.every((block, i) => sameButtons(block.buttons, secondActions[i]!.buttons));
  let index = 0;
  const firstBlocks = same
    ? first.blocks.map((block): Block => (isActions(block) ? { type: 'actions', buttons: mergeLabels(block.buttons, secondActions[index++]!.buttons) } : block))
    : first.blocks;
  const secondBlocks = same ? second.blocks.filter((block) => !isActions(block)) : second.blocks;
  return {
    text: `${first.text}\n\n${second.text}`,
    blocks: fitBlocks([...firstBlocks, { type: 'divider' }, ...secondBlocks]),
  };
}

function isActions(block: Block): block is Extract<Block, { type: 'actions' }> {
  return block.type === 'actions';
}

/** The same buttons: the same actions (or links) in the same order, whatever their labels. */
function sameButtons(a: AnyButton[], b: AnyButton[]): boolean {
  return a.length === b.length && a.every((button, i) => buttonTarget(button) === buttonTarget(b[i]!));
}

function buttonTarget(button: AnyButton): string {
  return 'url' in button ? `url:${button.url}` : `action:${button.actionId}:${JSON.stringify(button.payload ?? {})}`;
}

function mergeLabels(first: AnyButton[], second: AnyButton[]): AnyButton[] {
  return first.map((button, i) => {
    const other = second[i]!.label;
    return other === button.label ? button : { ...button, label: `${button.label} / ${other}` };
  });
}
