import { expect } from 'vitest';

/** What a careless or hostile person may type: Slack's mention and link syntax, and our own markdown link. */
export const HOSTILE = '<!channel> <!here> <@U123> <https://evil|ok> [ok](https://evil)';

/** The same text as Slack must receive it: its control characters escaped, so nothing pings or links. */
export const SLACK_ESCAPED = '&lt;!channel&gt; &lt;!here&gt; &lt;@U123&gt; &lt;https://evil|ok&gt; [ok](https://evil)';

/** The same text in a card: the characters as typed, the markdown link escaped (as JSON shows it). */
export const TEAMS_LITERAL = '<!channel> <!here> <@U123> <https://evil|ok> \\\\[ok\\\\](https://evil)';

/** Any raw mention or Slack link, in a posted text or block. */
const PINGS = /<!channel>|<!here>|<@U123>|<https:\/\/evil/;
/** A markdown link to evil that card markdown would render (not preceded by the escaping backslash). */
const CARD_LINK = /(^|[^\\])\[ok\]\(https:\/\/evil/;

/** A Slack chat.postMessage / chat.update call (or a response) shows the hostile text only escaped, in text and blocks. */
export function expectSlackEscaped(posted: { text?: unknown; blocks?: unknown }): void {
  const json = JSON.stringify({ text: posted.text, blocks: posted.blocks });
  expect(json).not.toMatch(PINGS);
  expect(json).toContain(SLACK_ESCAPED);
}

/** A Teams card shows the hostile text as typed, and card markdown cannot make a link of it. */
export function expectTeamsLiteral(card: unknown): void {
  const json = JSON.stringify(card);
  expect(json).toContain(TEAMS_LITERAL);
  expect(json).not.toMatch(CARD_LINK);
}
