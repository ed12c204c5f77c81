/**
 * The one command grammar for both platforms: a command word and its arguments, separated by spaces;
 * "double quotes" keep spaces inside one argument. A leading mention (`<@U123>`, `<at>Saksgang</at>`) and
 * a leading `/saksgang` are dropped.
 */
export interface ParsedCommand {
  name: string;
  args: string[];
}

export function parseCommand(text: string): ParsedCommand {
  const cleaned = text
    .replace(/<at>[^<]*<\/at>/gi, ' ')
    .replace(/<@[A-Z0-9]+(\|[^>]*)?>/g, ' ')
    .replace(/^\s*\/saksgang\b/i, ' ')
    .replace(/\u00a0/g, ' ')
    .trim();
  const tokens: string[] = [];
  const pattern = /"([^"]*)"|“([^”]*)”|(\S+)/g;
  for (const match of cleaned.matchAll(pattern)) tokens.push(match[1] ?? match[2] ?? match[3] ?? '');
  const [first, ...args] = tokens;
  return { name: (first ?? '').toLowerCase(), args };
}
