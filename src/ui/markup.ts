/**
 * Our own texts use a small neutral markup (`**bold**`, `[label](https://link)`) that the renderers turn into
 * Slack mrkdwn or card markdown. Text a person typed must never become markup: it is escaped here with
 * backslashes, which each renderer turns back into literal characters. `t()` escapes every string parameter
 * this way unless the parameter is wrapped in `markup()` (a fragment we formatted ourselves). Slack's own
 * control characters (`&`, `<`, `>`) are escaped by the Slack renderer in every text, ours and theirs.
 */

/** The characters that could start markup on either platform: emphasis, code, strike, links, the escape itself. */
const SPECIAL = /[\\*_[\]`~]/g;
const ESCAPED = /\\([\\*_[\]`~])/g;

/** A fragment of our own markup, passed to `t()` as a parameter without escaping. */
export class Markup {
  constructor(readonly value: string) {}
  toString(): string {
    return this.value;
  }
}

/** Marks text we formatted ourselves (it may contain `**bold**` or links built from escaped parts). */
export function markup(text: string): Markup {
  return new Markup(text);
}

/** Text a person typed, made literal in our markup. */
export function escapeMarkup(text: string): string {
  return text.replace(SPECIAL, '\\$&');
}

/** The literal text of a marked-up string's escapes, for places that show plain text (titles, button labels). */
export function unescapeMarkup(text: string): string {
  return text.replace(ESCAPED, '$1');
}

/**
 * Calls `fn` on the text with every escaped character hidden, so markup rules cannot match inside user text,
 * then gives each hidden character back through `literal` (the renderer decides how a literal looks).
 */
export function withEscapesHidden(text: string, fn: (text: string) => string, literal: (char: string) => string = (c) => c): string {
  const hidden: string[] = [];
  const masked = text.replace(ESCAPED, (_m, char: string) => {
    hidden.push(char);
    return `\uE000${hidden.length - 1}\uE001`;
  });
  return fn(masked).replace(/\uE000(\d+)\uE001/g, (_m, i: string) => literal(hidden[Number(i)] ?? ""));
}

/** A link in our markup; the label is escaped and a URL that could break out of the syntax is refused. */
export function link(label: string, url: string): string {
  return /^https?:\/\/[^\s()<>]+$/.test(url) ? `[${escapeMarkup(label)}](${url})` : `${escapeMarkup(label)} (${escapeMarkup(url)})`;
}
